// neighbours: the entities one fact edge away from both of two entities (a shared agreement, a
// leader who visited both …), with the edge types that link each to either side.
// Parameters: fromLabel/fromId and toLabel/toId (two different entities).
// The TypeScript API runs this very text (minus the :param lines): `kg query neighbours --json` gives the same rows.
:param fromLabel => 'State';
:param fromId => 'RUS';
:param toLabel => 'State';
:param toId => 'PRK';

// The labels are listed so each lookup is a unique-index seek, not a scan of every node.
MATCH (a:State|UNBody|Leader|Person|Organization|City|Agreement|DraftResolution {id: $fromId}) WHERE $fromLabel IN labels(a)
MATCH (b:State|UNBody|Leader|Person|Organization|City|Agreement|DraftResolution {id: $toId}) WHERE $toLabel IN labels(b)
MATCH (a)-[ra:HOLDS_OFFICE|PARTY_TO|SIGNED|VETOED|PUT_TO|VISITED|MET|LOCATED_IN]-(n)
      -[rb:HOLDS_OFFICE|PARTY_TO|SIGNED|VETOED|PUT_TO|VISITED|MET|LOCATED_IN]-(b)
WHERE n <> a AND n <> b
WITH n, collect(DISTINCT type(ra)) AS via_a, collect(DISTINCT type(rb)) AS via_b
RETURN {label: labels(n)[0], id: n.id, name_en: n.name_en, name_ar: coalesce(n.name_ar, n.subject)} AS node,
       via_a, via_b
ORDER BY node.label, node.id;

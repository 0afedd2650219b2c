// evidence: the sentences behind the fact edges of an entity, one row per evidence item; between
// two states, also those of the Agreements and DraftResolutions both are joined to.
// Parameters: fromLabel/fromId (the entity); toLabel/toId (null = any other end);
// type (a relationship type such as VISITED, null = any). `evidence` is the stored JSON string.
// The TypeScript API runs this very text (minus the :param lines): `kg query evidence --json` gives the same rows.
:param fromLabel => 'State';
:param fromId => 'RUS';
:param toLabel => null;
:param toId => null;
:param type => null;

// Between two states, their edges to an Agreement or DraftResolution both are joined to count too:
// two states are joined by a treaty or a vetoed draft, rarely by an edge of their own.
CALL {
  // The labels are listed so each lookup is a unique-index seek, not a scan of every node.
  MATCH (a:State|UNBody|Leader|Person|Organization|City|Agreement|DraftResolution {id: $fromId}) WHERE $fromLabel IN labels(a)
  // Only fact relationships carry evidence: naming them skips an entity's many MENTIONS.
  MATCH (a)-[r:HOLDS_OFFICE|PARTY_TO|SIGNED|VETOED|PUT_TO|VISITED|MET]-(b)
  WHERE r.evidence IS NOT NULL
    AND ($type IS NULL OR type(r) = $type)
    AND ($toId IS NULL OR (b.id = $toId AND $toLabel IN labels(b)))
  RETURN r
  UNION
  MATCH (a:State {id: $fromId}) WHERE $fromLabel = 'State' AND $toLabel = 'State'
  MATCH (a)-[r1:HOLDS_OFFICE|PARTY_TO|SIGNED|VETOED|PUT_TO|VISITED|MET]-(m:Agreement|DraftResolution)-[r2:HOLDS_OFFICE|PARTY_TO|SIGNED|VETOED|PUT_TO|VISITED|MET]-(b:State {id: $toId})
  WHERE r1.evidence IS NOT NULL AND r2.evidence IS NOT NULL
    AND ($type IS NULL OR (type(r1) = $type AND type(r2) = $type))
  UNWIND [r1, r2] AS r
  RETURN r
}
WITH DISTINCT r
WITH r, startNode(r) AS x, endNode(r) AS y
UNWIND r.evidence AS evidence
RETURN type(r) AS type,
       {label: labels(x)[0], id: x.id, name_en: x.name_en, name_ar: coalesce(x.name_ar, x.subject)} AS from,
       {label: labels(y)[0], id: y.id, name_en: y.name_en, name_ar: coalesce(y.name_ar, y.subject)} AS to,
       r.key AS key, evidence
ORDER BY type, from.id, to.id, key;

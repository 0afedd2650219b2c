// path: the shortest chain of fact edges between two entities (at most 6 steps, either direction;
// article bookkeeping such as MENTIONS is not walked), one row per step. Among equally short paths
// the first by node keys (Label:id), then by edge keys (TYPE:key), so the answer is stable.
// Parameters: fromLabel/fromId and toLabel/toId (two different entities).
// The TypeScript API runs this very text (minus the :param lines): `kg query path --json` gives the same rows.
:param fromLabel => 'State';
:param fromId => 'PRK';
:param toLabel => 'State';
:param toId => 'VNM';

// The labels are listed so each lookup is a unique-index seek, not a scan of every node.
MATCH (a:State|UNBody|Leader|Person|Organization|City|Agreement|DraftResolution {id: $fromId}) WHERE $fromLabel IN labels(a)
MATCH (b:State|UNBody|Leader|Person|Organization|City|Agreement|DraftResolution {id: $toId}) WHERE $toLabel IN labels(b)
MATCH p = allShortestPaths((a)-[:HOLDS_OFFICE|PARTY_TO|SIGNED|VETOED|PUT_TO|VISITED|MET|LOCATED_IN*..6]-(b))
WITH p
ORDER BY [n IN nodes(p) | labels(n)[0] + ':' + n.id], [r IN relationships(p) | type(r) + ':' + r.key]
LIMIT 1
UNWIND range(0, length(p)) AS step
WITH p, step, nodes(p)[step] AS n, CASE WHEN step = 0 THEN null ELSE relationships(p)[step - 1] END AS r
RETURN step,
       {label: labels(n)[0], id: n.id, name_en: n.name_en, name_ar: coalesce(n.name_ar, n.subject)} AS node,
       type(r) AS edge, r.key AS key,
       CASE WHEN r IS NULL THEN null WHEN startNode(r) = nodes(p)[step - 1] THEN 'forward' ELSE 'backward' END AS direction
ORDER BY step;

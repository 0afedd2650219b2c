// visits: VISITED edges (Leader or Person → State), with the visitor's names and state and the
// host (the Leader whose id the edge's `host` holds). Parameters (null = any): visitor (Leader or
// Person id), by (the visitor's state, ISO alpha-3), to (destination, ISO alpha-3),
// status (done | planned), since/until (YYYY-MM-DD, on the visit's date).
// The TypeScript API runs this very text (minus the :param lines): `kg query visits --json` gives the same rows.
:param visitor => null;
:param by => null;
:param to => 'VNM';
:param status => null;
:param since => null;
:param until => null;

MATCH (l)-[v:VISITED]->(s:State)
WHERE (l:Leader OR l:Person)
  AND ($visitor IS NULL OR l.id = $visitor)
  AND ($by IS NULL OR l.state = $by)
  AND ($to IS NULL OR s.id = $to)
  AND ($status IS NULL OR v.status = $status)
  AND ($since IS NULL OR v.date >= substring($since, 0, size(v.date)))
  AND ($until IS NULL OR v.date <= substring($until, 0, size(v.date)))
OPTIONAL MATCH (h:Leader {id: v.host})
RETURN {name_en: l.name_en, name_ar: l.name_ar, state: l.state} AS visitor, s.id AS to, v.city AS city,
       v.date AS date, v.status AS status,
       CASE WHEN h IS NULL THEN null ELSE {name_en: h.name_en, name_ar: h.name_ar} END AS host,
       coalesce(v.sources, []) AS sources
ORDER BY date, to;

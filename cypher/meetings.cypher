// meetings: MET edges between two leaders (or persons), seen from `leader`. Parameters (null = any):
// leader (Leader or Person id: one end, returned as `leader`), other (id of the other end, `met`),
// since/until (YYYY-MM-DD, on the meeting's date). With neither leader nor other, each meeting is
// one row, `leader` being the end whose id sorts first.
// The TypeScript API runs this very text (minus the :param lines): `kg query meetings --json` gives the same rows.
:param leader => 'vladimir-putin';
:param other => null;
:param since => null;
:param until => null;

MATCH (a)-[m:MET]-(b)
WHERE (a:Leader OR a:Person) AND (b:Leader OR b:Person)
  AND ($leader IS NULL OR a.id = $leader)
  AND ($other IS NULL OR b.id = $other)
  // An undirected match sees each edge from both ends: without a named end, keep one reading.
  AND ($leader IS NOT NULL OR $other IS NOT NULL OR a.id < b.id OR (a.id = b.id AND startNode(m) = a))
  AND ($since IS NULL OR m.date >= substring($since, 0, size(m.date)))
  AND ($until IS NULL OR m.date <= substring($until, 0, size(m.date)))
RETURN {id: a.id, name_en: a.name_en, name_ar: a.name_ar, state: a.state} AS leader,
       {id: b.id, name_en: b.name_en, name_ar: b.name_ar, state: b.state} AS met,
       m.date AS date, m.place AS place, coalesce(m.sources, []) AS sources
ORDER BY date, leader.id, met.id;

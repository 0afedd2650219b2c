// leaders: Leader nodes, of a state and/or in office at a date.
// Parameters (null = any): state (ISO alpha-3: the leader's state, or a HOLDS_OFFICE edge to it);
// at (YYYY-MM-DD: a HOLDS_OFFICE edge whose from..to holds the date, an open end counting as open).
// The TypeScript API runs this very text (minus the :param lines): `kg query leaders --json` gives the same rows.
:param state => 'RUS';
:param at => '2024-06-20';

MATCH (l:Leader)
WHERE ($state IS NULL OR l.state = $state OR EXISTS { (l)-[:HOLDS_OFFICE]->(:State {id: $state}) })
  AND ($at IS NULL OR EXISTS {
    MATCH (l)-[h:HOLDS_OFFICE]->(o)
    WHERE ($state IS NULL OR o.id = $state)
      AND (h.from IS NULL OR h.from <= $at) AND (h.to IS NULL OR h.to >= $at)
  })
RETURN l.id AS id, l.name_en AS name_en, l.name_ar AS name_ar, l.state AS state, l.office AS office,
       coalesce(l.sources, []) AS sources
ORDER BY state, id;

// states: every State node with the articles that mention it (its sources and MENTIONS edges).
// Parameters (null = any): state (ISO alpha-3), article (an article id among its sources).
// The TypeScript API runs this very text (minus the :param lines): `kg query states --json` gives the same rows.
:param state => 'RUS';
:param article => null;

MATCH (s:State)
WHERE $state IS NULL OR s.id = $state
WITH s, coalesce(s.sources, []) + [(a:Article)-[:MENTIONS]->(s) | a.id] AS sources
WHERE $article IS NULL OR $article IN sources
RETURN s.id AS id, s.name_en AS name_en, s.name_ar AS name_ar, sources
ORDER BY id;

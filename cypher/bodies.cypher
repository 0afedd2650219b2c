// bodies: every UN body (UNBody node) with the articles that mention it.
// Parameters (null = any): body (UN, UNSC, UNGA, UNHRC, IAEA, UNSG), article (an article id among its sources).
// The TypeScript API runs this very text (minus the :param lines): `kg query bodies --json` gives the same rows.
:param body => 'UNSC';
:param article => null;

MATCH (b:UNBody)
WHERE $body IS NULL OR b.id = $body
WITH b, coalesce(b.sources, []) + [(a:Article)-[:MENTIONS]->(b) | a.id] AS sources
WHERE $article IS NULL OR $article IN sources
RETURN b.id AS id, b.name_en AS name_en, b.name_ar AS name_ar, sources
ORDER BY id;

// agreements: Agreement nodes with their parties (PARTY_TO from states, UN bodies, organisations)
// and signatories (SIGNED). Parameters (null = any): state and other (ISO alpha-3, both must be
// parties: "between two states"), kind (lower case), status (signed | concluded | planned),
// since/until (YYYY-MM-DD, on the agreement's date; an undated agreement is outside any range; a month or year date
// is inside when it overlaps the range, compared on its own prefix: 2015-07 is inside since 2015-07-20).
// The TypeScript API runs this very text (minus the :param lines): `kg query agreements --json` gives the same rows.
:param state => 'RUS';
:param other => null;
:param kind => null;
:param status => null;
:param since => null;
:param until => null;

MATCH (g:Agreement)
WHERE ($kind IS NULL OR toLower(g.kind) = $kind)
  AND ($status IS NULL OR g.status = $status)
  AND ($since IS NULL OR g.date >= substring($since, 0, size(g.date)))
  AND ($until IS NULL OR g.date <= substring($until, 0, size(g.date)))
WITH g, [(p)-[:PARTY_TO]->(g) WHERE p:State OR p:UNBody OR p:Organization | p.id] AS parties
WHERE ($state IS NULL OR $state IN parties) AND ($other IS NULL OR $other IN parties)
RETURN g.id AS id, g.name_ar AS name_ar, g.kind AS kind, g.status AS status, g.date AS date, g.count AS count,
       parties,
       [(s)-[:SIGNED]->(g) | {name_en: s.name_en, name_ar: s.name_ar}] AS signatories,
       coalesce(g.sources, []) AS sources
ORDER BY date, id;

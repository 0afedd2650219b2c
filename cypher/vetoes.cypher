// vetoes: VETOED edges (State → DraftResolution) with the body the draft was put to (PUT_TO).
// A veto is cast only in the Security Council (UN Charter, Art. 27(3)), so a draft with no PUT_TO
// edge counts as a UNSC draft. The date is the veto's, else the draft's.
// Parameters (null = any): by (ISO alpha-3), body (UNBody id), since/until (YYYY-MM-DD).
// The TypeScript API runs this very text (minus the :param lines): `kg query vetoes --json` gives the same rows.
:param by => 'RUS';
:param body => null;
:param since => null;
:param until => null;

MATCH (s:State)-[v:VETOED]->(d:DraftResolution)
OPTIONAL MATCH (d)-[:PUT_TO]->(b:UNBody)
WITH s, v, d, coalesce(b.id, 'UNSC') AS body, coalesce(v.date, d.date) AS date
WHERE ($by IS NULL OR s.id = $by)
  AND ($body IS NULL OR body = $body)
  AND ($since IS NULL OR date >= substring($since, 0, size(date)))
  AND ($until IS NULL OR date <= substring($until, 0, size(date)))
RETURN s.id AS by, body, date, d.subject AS subject, coalesce(v.sources, []) AS sources
ORDER BY date, by, body;

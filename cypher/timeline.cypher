// timeline: every dated fact edge of one entity, oldest first (undated last). The date is the
// edge's (date, else a term's start), else that of the agreement or draft at its end.
// Parameters: label/id (the entity); since/until (YYYY-MM-DD, null = open).
// The TypeScript API runs this very text (minus the :param lines): `kg query timeline --json` gives the same rows.
:param label => 'Leader';
:param id => 'vladimir-putin';
:param since => null;
:param until => null;

// The labels are listed so each lookup is a unique-index seek, not a scan of every node.
MATCH (e:State|UNBody|Leader|Person|Organization|City|Agreement|DraftResolution {id: $id}) WHERE $label IN labels(e)
MATCH (e)-[r:HOLDS_OFFICE|PARTY_TO|SIGNED|VETOED|PUT_TO|VISITED|MET]-()
WITH DISTINCT r
WITH r, startNode(r) AS x, endNode(r) AS y
WITH r, x, y, coalesce(r.date, r.from, y.date, x.date) AS date
WHERE ($since IS NULL OR date >= substring($since, 0, size(date))) AND ($until IS NULL OR date <= substring($until, 0, size(date)))
RETURN date, type(r) AS type,
       {label: labels(x)[0], id: x.id, name_en: x.name_en, name_ar: coalesce(x.name_ar, x.subject)} AS from,
       {label: labels(y)[0], id: y.id, name_en: y.name_en, name_ar: coalesce(y.name_ar, y.subject)} AS to,
       r.key AS key, coalesce(r.sources, []) AS sources
ORDER BY date, type;

// Schema of the Neo4j store, applied by `kg seed` (src/store/schema.ts) when the database lacks
// any of it. Every statement is idempotent (IF NOT EXISTS); statements end with a semicolon.
// Labels here are exactly NODE_LABELS in src/store/model.ts.

// One node per (label, id): the uniqueness constraints also give the index MERGE and MATCH use.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT outlet_id IF NOT EXISTS FOR (n:Outlet) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT state_id IF NOT EXISTS FOR (n:State) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT leader_id IF NOT EXISTS FOR (n:Leader) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT unbody_id IF NOT EXISTS FOR (n:UNBody) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT city_id IF NOT EXISTS FOR (n:City) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT draft_resolution_id IF NOT EXISTS FOR (n:DraftResolution) REQUIRE n.id IS UNIQUE;

// Filters the queries use: articles by date and outlet, agreements by kind and date,
// leaders and cities by state.
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
CREATE INDEX article_outlet IF NOT EXISTS FOR (n:Article) ON (n.outlet);
CREATE INDEX agreement_kind IF NOT EXISTS FOR (n:Agreement) ON (n.kind);
CREATE INDEX agreement_date IF NOT EXISTS FOR (n:Agreement) ON (n.date);
CREATE INDEX leader_state IF NOT EXISTS FOR (n:Leader) ON (n.state);
CREATE INDEX city_state IF NOT EXISTS FOR (n:City) ON (n.state);

// Full-text search over names: Arabic names with Lucene's Arabic analyzer (normalises alef and
// teh marbuta forms, strips diacritics and light-stems prefixes such as ال and و; Larkey, Ballesteros
// & Connell 2002, "Improving stemming for Arabic information retrieval"), English names with the
// English analyzer. Query with db.index.fulltext.queryNodes('names_ar', $q).
CREATE FULLTEXT INDEX names_ar IF NOT EXISTS
FOR (n:State|Leader|Person|UNBody|Organization|City|Agreement|Outlet)
ON EACH [n.name_ar, n.aliases, n.name]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'arabic' } };
CREATE FULLTEXT INDEX names_en IF NOT EXISTS
FOR (n:State|Leader|Person|UNBody|Organization|City|Outlet)
ON EACH [n.name_en, n.aliases, n.name]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'english' } };

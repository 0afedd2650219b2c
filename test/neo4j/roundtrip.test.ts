import neo4j from 'neo4j-driver';
import { beforeEach, expect, it } from 'vitest';
import { clearDatabase, describeNeo4j } from '../support/neo4j.ts';

const states = [
  { id: 'Q851', name: 'السعودية', iso: 'SA' },
  { id: 'Q79', name: 'مصر', iso: 'EG' },
  { id: 'Q881', name: 'فيتنام', iso: 'VN' },
];
const visits = [
  { from: 'Q851', to: 'Q79', date: '2024-06-19', quote: 'زيارة رسمية إلى القاهرة' },
  { from: 'Q79', to: 'Q881', date: '2024-06-20', quote: 'محادثات في هانوي' },
];

describeNeo4j('Neo4j round trip (real server)', (neo) => {
  beforeEach(() => clearDatabase(neo.driver));

  it('is Neo4j 5.26.x Community', async () => {
    const { records } = await neo.driver.executeQuery(
      'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
    );
    expect(records).toHaveLength(1);
    const [component] = records;
    expect(component?.get('name')).toBe('Neo4j Kernel');
    expect(component?.get('version')).toMatch(/^5\.26\.\d+$/);
    expect(component?.get('edition')).toBe('community');
    const info = await neo.driver.getServerInfo();
    expect(info.agent).toMatch(/^Neo4j\/5\.26\./);
  });

  it('writes nodes and relationships with UNWIND … MERGE and reads them back, Arabic intact', async () => {
    const write = async () => {
      await neo.driver.executeQuery(
        'UNWIND $states AS s MERGE (n:State {id: s.id}) SET n.name = s.name, n.iso = s.iso',
        { states },
      );
      const { summary } = await neo.driver.executeQuery(
        `UNWIND $visits AS v
         MATCH (a:State {id: v.from}), (b:State {id: v.to})
         MERGE (a)-[r:VISITED {date: date(v.date)}]->(b)
         SET r.quote = v.quote, r.weight = $weight`,
        { visits, weight: neo4j.int(3) },
      );
      return summary.counters.updates();
    };
    const first = await write();
    expect(first.relationshipsCreated).toBe(2);
    const again = await write(); // MERGE is idempotent
    expect(again.nodesCreated).toBe(0);
    expect(again.relationshipsCreated).toBe(0);

    const nodes = await neo.driver.executeQuery(
      'MATCH (n:State) RETURN n.id AS id, n.name AS name, n.iso AS iso ORDER BY id',
    );
    expect(nodes.records.map((r) => r.toObject())).toEqual([...states].sort((x, y) => x.id.localeCompare(y.id)));

    const rels = await neo.driver.executeQuery(
      `MATCH (a:State)-[r:VISITED]->(b:State)
       RETURN a.name AS from, b.name AS to, toString(r.date) AS date, r.quote AS quote, r.weight AS weight
       ORDER BY date`,
    );
    expect(rels.records.map((r) => r.toObject())).toEqual([
      { from: 'السعودية', to: 'مصر', date: '2024-06-19', quote: 'زيارة رسمية إلى القاهرة', weight: neo4j.int(3) },
      { from: 'مصر', to: 'فيتنام', date: '2024-06-20', quote: 'محادثات في هانوي', weight: neo4j.int(3) },
    ]);

    // Arabic works as a lookup key too, not only as a value.
    const byName = await neo.driver.executeQuery('MATCH (n:State {name: $name}) RETURN n.iso AS iso', { name: 'فيتنام' });
    expect(byName.records.map((r) => r.get('iso'))).toEqual(['VN']);
  });

  it('starts each test from an empty database', async () => {
    const { records } = await neo.driver.executeQuery('MATCH (n) RETURN count(n) AS n');
    expect(records[0]?.get('n').toNumber()).toBe(0);
  });
});

#!/usr/bin/env node
// Local Neo4j 5.26 Community server without Docker.
//
// Provisions the server's jars from Maven Central with the machine's `mvn`
// (cached under .neo4j/dist/<version>/lib), runs it as a detached background
// java process on loopback, and waits until Bolt answers.
// Plain Node ESM on purpose: it runs before anything is built.
//
//   node scripts/neo4j.mjs start | stop | status | ensure-for-tests | test | --help

import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NEO = path.join(ROOT, '.neo4j');

// Latest 5.26.x patch on Maven Central when this was written; the Browser
// 5.24.0 is the newest org.neo4j.client:neo4j-browser of the 5.x line.
const VERSION = process.env.NEO4J_VERSION || '5.26.30';
const BROWSER_VERSION = process.env.NEO4J_BROWSER_VERSION || '5.24.0';
const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';
const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';
const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';

const P = {
  dist: path.join(NEO, 'dist', VERSION),
  lib: path.join(NEO, 'dist', VERSION, 'lib'),
  marker: path.join(NEO, 'dist', VERSION, '.complete'),
  conf: path.join(NEO, 'conf'),
  data: path.join(NEO, 'data'),
  run: path.join(NEO, 'run'),
  tmp: path.join(NEO, 'tmp'),
  pid: path.join(NEO, 'run', 'neo4j.pid'),
  state: path.join(NEO, 'run', 'state.json'),
  console: path.join(NEO, 'run', 'console.log'),
  log: path.join(NEO, 'run', 'neo4j.log'),
  debugLog: path.join(NEO, 'run', 'debug.log'),
  password: path.join(NEO, 'password'),
  connection: path.join(NEO, 'test-connection.json'),
};

const USER = process.env.NEO4J_USER || 'neo4j';
const BOLT_PORT = intEnv('NEO4J_BOLT_PORT', 7687);
const HTTP_PORT = intEnv('NEO4J_HTTP_PORT', 7474);
const HEAP = process.env.NEO4J_HEAP || '1g';
const PAGECACHE = process.env.NEO4J_PAGECACHE || '512m';
const START_TIMEOUT_S = intEnv('NEO4J_START_TIMEOUT', 180);
const STOP_TIMEOUT_S = intEnv('NEO4J_STOP_TIMEOUT', 60);
const HOST = '127.0.0.1';
const IN_CI = process.env.CI === 'true' || process.env.CI === '1';
// Class-data sharing: the first stop of a dev server dumps the loaded classes (about 30 s, once);
// later starts map them and start about twice as fast. Off under CI (one start per fresh clone).
const CDS = process.env.NEO4J_CDS ? process.env.NEO4J_CDS !== '0' : !IN_CI;

const HELP = `Usage: node scripts/neo4j.mjs <command>

Runs a real Neo4j ${VERSION} Community server (no Docker) on loopback.
Jars come from Maven Central via \`mvn\` and are cached in .neo4j/dist/; data in
.neo4j/data, logs and pid in .neo4j/run/.

Commands:
  start             provision (first time only), start in the background, wait
                    until Bolt answers RETURN 1; reports if already running
  stop              SIGTERM, wait up to ${STOP_TIMEOUT_S}s, then SIGKILL
  status            print running/stopped and the URI (exit 0 running, 3 stopped)
  ensure-for-tests  for \`npm test\`: nothing if NEO4J_URI is set or a Docker
                    engine answers; else start and write .neo4j/test-connection.json.
                    On failure: exit 1 when CI=true, else warn (Neo4j tests skip)
  test [--keep-neo4j] [vitest args…]
                    \`npm test\`: ensure-for-tests, vitest run, then stop the server
                    if this command started it (--keep-neo4j or KG_KEEP_NEO4J=1 keep
                    it running for the next run); exits with vitest's code
  --help            this text

Environment:
  NEO4J_USER (neo4j)  NEO4J_PASSWORD (else generated once into .neo4j/password)
  NEO4J_BOLT_PORT (7687)  NEO4J_HTTP_PORT (7474)  NEO4J_HEAP (1g)
  NEO4J_PAGECACHE (512m)  NEO4J_START_TIMEOUT (180 s)  NEO4J_STOP_TIMEOUT (60 s)
  NEO4J_JAVA_OPTS (extra JVM options)  NEO4J_CDS (1 = class-data archive, default off under CI)  NEO4J_VERSION (${VERSION})
  NEO4J_MAVEN_ARGS (extra mvn args, e.g. -Dmaven.repo.local=…)
`;

function intEnv(name, dflt) {
  const v = process.env[name];
  if (v === undefined || v === '') return dflt;
  const n = Number.parseInt(v, 10);
  if (!Number.isInteger(n) || n <= 0) fail(`${name} must be a positive integer, got "${v}"`);
  return n;
}

function log(msg) {
  process.stdout.write(`[neo4j] ${msg}\n`);
}

class NeoError extends Error {}
function fail(msg) {
  throw new NeoError(msg);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const secs = (t0) => ((Date.now() - t0) / 1000).toFixed(1);
const boltUri = (port = BOLT_PORT) => `bolt://${HOST}:${port}`;

function readText(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function readJson(file) {
  const t = readText(file);
  if (t === undefined) return undefined;
  try {
    return JSON.parse(t);
  } catch {
    return undefined;
  }
}

function tail(file, lines = 30) {
  const t = readText(file);
  if (!t) return '';
  return t.split('\n').slice(-lines).join('\n');
}

// ---------------------------------------------------------------- process

function isAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return e.code === 'EPERM';
  }
  // A zombie (exited, not yet reaped) still answers kill(0).
  const stat = readText(`/proc/${pid}/stat`);
  if (stat && /\) Z /.test(stat)) return false;
  return true;
}

/** pid of our running server, or undefined (stale pid files are removed). */
function runningPid() {
  const pid = Number.parseInt(readText(P.pid) ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  const cmdline = readText(`/proc/${pid}/cmdline`);
  const ours = cmdline === undefined ? isAlive(pid) : cmdline.includes(ENTRY_POINT) && cmdline.includes(NEO);
  if (ours && isAlive(pid)) return pid;
  fs.rmSync(P.pid, { force: true });
  return undefined;
}

function portFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.once('listening', () => srv.close(() => resolve(true)));
    srv.listen(port, HOST);
  });
}

// -------------------------------------------------------------- provision

function pom() {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by scripts/neo4j.mjs: the classpath of a Neo4j ${VERSION} Community server. -->
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.kg</groupId>
  <artifactId>neo4j-server-classpath</artifactId>
  <version>${VERSION}</version>
  <packaging>pom</packaging>
  <dependencies>
    <!-- holds ${ENTRY_POINT} and pulls in the kernel, Bolt, Cypher, HTTP server -->
    <dependency><groupId>org.neo4j</groupId><artifactId>neo4j</artifactId><version>${VERSION}</version></dependency>
    <!-- static Neo4j Browser served at /browser/ -->
    <dependency><groupId>org.neo4j.client</groupId><artifactId>neo4j-browser</artifactId><version>${BROWSER_VERSION}</version></dependency>
  </dependencies>
</project>
`;
}

function provision() {
  if (fs.existsSync(P.marker)) return false;
  const mvn = process.env.MVN || 'mvn';
  if (spawnSync(mvn, ['--version'], { stdio: 'ignore' }).status !== 0) {
    fail(`\`${mvn}\` not found: Maven is needed to fetch Neo4j ${VERSION} from Maven Central (apt-get install maven)`);
  }
  const t0 = Date.now();
  log(`provisioning Neo4j ${VERSION} Community + Browser ${BROWSER_VERSION} from Maven Central (first run only)…`);
  fs.mkdirSync(P.dist, { recursive: true });
  fs.writeFileSync(path.join(P.dist, 'pom.xml'), pom());
  const staging = `${P.lib}.partial`;
  fs.rmSync(staging, { recursive: true, force: true });
  const extra = (process.env.NEO4J_MAVEN_ARGS || '').split(/\s+/).filter(Boolean);
  const args = [
    '-B', '-ntp', '-f', path.join(P.dist, 'pom.xml'), ...extra,
    `${DEPENDENCY_PLUGIN}:copy-dependencies`,
    `-DoutputDirectory=${staging}`, '-DincludeScope=runtime', '-DexcludeTransitive=false',
  ];
  const mvnLog = path.join(P.dist, 'mvn.log');
  const out = fs.openSync(mvnLog, 'w');
  const r = spawnSync(mvn, args, { cwd: P.dist, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  if (r.status !== 0) {
    fail(`maven failed (exit ${r.status}): ${mvn} ${args.join(' ')}\n--- ${mvnLog} (tail) ---\n${tail(mvnLog, 40)}`);
  }
  const jars = fs.readdirSync(staging).filter((f) => f.endsWith('.jar'));
  if (!jars.some((j) => j === `neo4j-${VERSION}.jar`)) fail(`neo4j-${VERSION}.jar missing after maven; see ${mvnLog}`);
  fs.rmSync(P.lib, { recursive: true, force: true });
  fs.renameSync(staging, P.lib);
  fs.writeFileSync(P.marker, `${jars.length} jars, ${new Date().toISOString()}\n`);
  log(`provisioned ${jars.length} jars in ${secs(t0)}s`);
  return true;
}

// ----------------------------------------------------------------- config

function writeConfig() {
  for (const d of [P.conf, P.data, P.run, P.tmp, path.join(NEO, 'plugins'), path.join(NEO, 'import'), path.join(NEO, 'licenses')]) {
    fs.mkdirSync(d, { recursive: true });
  }
  const conf = [
    '# Generated by scripts/neo4j.mjs on every start; edits are overwritten.',
    `server.default_listen_address=${HOST}`,
    `server.default_advertised_address=${HOST}`,
    'server.bolt.enabled=true',
    `server.bolt.listen_address=${HOST}:${BOLT_PORT}`,
    `server.bolt.advertised_address=${HOST}:${BOLT_PORT}`,
    'server.http.enabled=true',
    `server.http.listen_address=${HOST}:${HTTP_PORT}`,
    `server.http.advertised_address=${HOST}:${HTTP_PORT}`,
    'server.https.enabled=false',
    `server.directories.data=${P.data}`,
    `server.directories.logs=${P.run}`,
    `server.directories.run=${P.run}`,
    `server.directories.lib=${P.lib}`,
    `server.directories.plugins=${path.join(NEO, 'plugins')}`,
    `server.directories.import=${path.join(NEO, 'import')}`,
    `server.directories.licenses=${path.join(NEO, 'licenses')}`,
    `server.directories.transaction.logs.root=${path.join(P.data, 'transactions')}`,
    `server.directories.dumps.root=${path.join(P.data, 'dumps')}`,
    `server.directories.script.root=${path.join(P.data, 'scripts')}`,
    `server.memory.heap.initial_size=${HEAP}`,
    `server.memory.heap.max_size=${HEAP}`,
    `server.memory.pagecache.size=${PAGECACHE}`,
    'db.tx_log.rotation.retention_policy=2 files',
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    'client.allow_telemetry=false',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(P.conf, 'neo4j.conf'), conf);
}

function javaBin() {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** The class-data archive for this JDK + classpath (a JDK update gives a new name). */
function cdsArchive() {
  let java = javaBin();
  if (!path.isAbsolute(java)) {
    java = (process.env.PATH || '').split(':').map((d) => path.join(d, 'java')).find((f) => fs.existsSync(f)) ?? java;
  }
  let id = java;
  try {
    const real = fs.realpathSync(java);
    const jvm = path.join(path.dirname(path.dirname(real)), 'lib', 'server', 'libjvm.so');
    const st = fs.statSync(fs.existsSync(jvm) ? jvm : real);
    id = `${real}:${st.size}:${st.mtimeMs}`;
  } catch {
    /* keep the name */
  }
  return path.join(P.dist, `classes-${createHash('sha1').update(id).digest('hex').slice(0, 10)}.jsa`);
}

/** JVM options for class-data sharing, and the archive being dumped at exit (if any). */
function cdsOptions() {
  if (!CDS) return { args: [], dumping: undefined };
  const archive = cdsArchive();
  if (fs.existsSync(archive)) return { args: [`-XX:SharedArchiveFile=${archive}`], dumping: undefined };
  const partial = `${archive}.partial`;
  fs.rmSync(partial, { force: true });
  return { args: [`-XX:ArchiveClassesAtExit=${partial}`], dumping: partial };
}

function jvmArgs() {
  return [
    `-Xms${HEAP}`, `-Xmx${HEAP}`,
    '-XX:+UseG1GC', '-XX:-OmitStackTraceInFastThrow', '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields', '-XX:+DisableExplicitGC', '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true', '-Djdk.tls.ephemeralDHKeySize=2048',
    '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED', '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED', '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-Dlog4j2.disable.jmx=true', '-Dfile.encoding=UTF-8', `-Djava.io.tmpdir=${P.tmp}`,
    ...(process.env.NEO4J_JAVA_OPTS || '').split(/\s+/).filter(Boolean),
  ];
}

// --------------------------------------------------------------- password

function generatedOrStoredPassword() {
  const stored = readText(P.password)?.trim();
  if (stored) return stored;
  const pw = randomBytes(18).toString('base64url');
  fs.mkdirSync(NEO, { recursive: true });
  fs.writeFileSync(P.password, `${pw}\n`, { mode: 0o600 });
  return pw;
}

function wantedPassword() {
  return process.env.NEO4J_PASSWORD || generatedOrStoredPassword();
}

function dataInitialised() {
  return fs.existsSync(path.join(P.data, 'databases', 'system'));
}

/** Before the first start: set the neo4j user's password (neo4j-admin dbms set-initial-password). */
function setInitialPassword(password) {
  if (password.length < 8) fail('NEO4J_PASSWORD must have at least 8 characters (Neo4j 5 rule)');
  const r = spawnSync(
    javaBin(),
    ['-Xmx256m', `-Djava.io.tmpdir=${P.tmp}`, '-cp', path.join(P.lib, '*'), ADMIN_TOOL, 'dbms', 'set-initial-password', password],
    { env: { ...process.env, NEO4J_HOME: NEO, NEO4J_CONF: P.conf }, encoding: 'utf8' },
  );
  if (r.status !== 0) {
    fail(`neo4j-admin dbms set-initial-password failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  fs.writeFileSync(P.password, `${password}\n`, { mode: 0o600 });
}

// ------------------------------------------------------------------- bolt

async function loadDriver() {
  try {
    return (await import('neo4j-driver')).default;
  } catch (e) {
    fail(`cannot load neo4j-driver (run npm ci first): ${e.message}`);
  }
}

/** One attempt: 'ok' | 'unauthorized' | 'unavailable'. */
async function tryBolt(neo4j, port, user, password) {
  const driver = neo4j.driver(boltUri(port), neo4j.auth.basic(user, password), {
    connectionTimeout: 3000,
    maxConnectionPoolSize: 1,
    logging: { level: 'error', logger: () => {} },
  });
  try {
    const session = driver.session();
    try {
      const r = await session.run('RETURN 1 AS one');
      return r.records[0]?.get('one')?.toNumber?.() === 1 ? 'ok' : 'unavailable';
    } finally {
      await session.close();
    }
  } catch (e) {
    if (e.code === 'Neo.ClientError.Security.Unauthorized') return 'unauthorized';
    if (e.code === 'Neo.ClientError.Security.AuthenticationRateLimit') return 'unauthorized';
    return 'unavailable';
  } finally {
    await driver.close();
  }
}

async function changePassword(neo4j, port, user, from, to) {
  const driver = neo4j.driver(boltUri(port), neo4j.auth.basic(user, from), { logging: { level: 'error', logger: () => {} } });
  try {
    const session = driver.session({ database: 'system' });
    try {
      await session.run('ALTER CURRENT USER SET PASSWORD FROM $from TO $to', { from, to });
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}

/** Wait until Bolt answers RETURN 1 with the wanted password (switching it if NEO4J_PASSWORD changed). */
async function waitForBolt(pid, port, password, t0) {
  const neo4j = await loadDriver();
  const deadline = t0 + START_TIMEOUT_S * 1000;
  let changed = false;
  for (;;) {
    if (pid !== undefined && !isAlive(pid)) {
      fail(`Neo4j exited during start-up.\n--- ${P.console} (tail) ---\n${tail(P.console)}\nsee also ${P.debugLog}`);
    }
    const res = await tryBolt(neo4j, port, USER, password);
    if (res === 'ok') return;
    if (res === 'unauthorized' && !changed) {
      const stored = readText(P.password)?.trim();
      if (stored && stored !== password && (await tryBolt(neo4j, port, USER, stored)) === 'ok') {
        log('NEO4J_PASSWORD differs from the password the data was set up with; changing it');
        await changePassword(neo4j, port, USER, stored, password);
        fs.writeFileSync(P.password, `${password}\n`, { mode: 0o600 });
        changed = true;
        continue;
      }
      fail(
        `Bolt at ${boltUri(port)} refuses user "${USER}" with the given password. The data in ${P.data} ` +
          `was set up with another password: use the one in ${P.password}, or stop and remove ${P.data}.`,
      );
    }
    if (Date.now() > deadline) {
      fail(
        `Bolt at ${boltUri(port)} did not answer within ${START_TIMEOUT_S}s (NEO4J_START_TIMEOUT).\n` +
          `--- ${P.log} (tail) ---\n${tail(P.log)}\n--- ${P.console} (tail) ---\n${tail(P.console, 15)}\n` +
          `Logs: ${P.run}/ (debug.log has the details)`,
      );
    }
    await sleep(500);
  }
}

function writeConnection(port, password, pid) {
  const conn = { uri: boltUri(port), user: USER, password, pid, version: VERSION, httpUrl: `http://${HOST}:${readState()?.httpPort ?? HTTP_PORT}` };
  fs.writeFileSync(P.connection, `${JSON.stringify(conn, null, 2)}\n`, { mode: 0o600 });
}

function readState() {
  return readJson(P.state);
}

// --------------------------------------------------------------- commands

async function start() {
  const t0 = Date.now();
  if (USER !== 'neo4j') fail(`NEO4J_USER must be "neo4j" for this local server (got "${USER}")`);
  const password = wantedPassword();
  const pid0 = runningPid();
  if (pid0 !== undefined) {
    const st = readState() ?? { boltPort: BOLT_PORT };
    await waitForBolt(pid0, st.boltPort, password, t0);
    writeConnection(st.boltPort, password, pid0);
    log(`already running (pid ${pid0}) at ${boltUri(st.boltPort)}`);
    return;
  }
  for (const [name, port] of [['NEO4J_BOLT_PORT', BOLT_PORT], ['NEO4J_HTTP_PORT', HTTP_PORT]]) {
    if (!(await portFree(port))) {
      fail(`port ${HOST}:${port} is already in use by another process (not this project's .neo4j server); set ${name} to another port`);
    }
  }
  provision();
  writeConfig();
  if (!dataInitialised()) setInitialPassword(password);

  const out = fs.openSync(P.console, 'a');
  fs.writeSync(out, `\n==== ${new Date().toISOString()} starting Neo4j ${VERSION} (scripts/neo4j.mjs) ====\n`);
  const cds = cdsOptions();
  const args = [...jvmArgs(), ...cds.args, '-cp', path.join(P.lib, '*'), ENTRY_POINT, `--home-dir=${NEO}`, `--config-dir=${P.conf}`];
  const child = spawn(javaBin(), args, {
    cwd: NEO,
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, NEO4J_HOME: NEO, NEO4J_CONF: P.conf },
  });
  fs.closeSync(out);
  const pid = child.pid;
  if (pid === undefined) fail(`could not spawn ${javaBin()}; is Java 17+ installed?`);
  child.unref();
  fs.writeFileSync(P.pid, `${pid}\n`);
  fs.writeFileSync(P.state, `${JSON.stringify({ pid, boltPort: BOLT_PORT, httpPort: HTTP_PORT, version: VERSION, startedAt: new Date().toISOString(), cdsDumping: cds.dumping })}\n`);
  log(`started pid ${pid}; waiting for Bolt (logs: ${P.run}/)`);
  try {
    await waitForBolt(pid, BOLT_PORT, password, t0);
  } catch (e) {
    if (isAlive(pid)) await stopPid(pid, true);
    throw e;
  }
  writeConnection(BOLT_PORT, password, pid);
  log(`Neo4j ${VERSION} Community ready at ${boltUri()} (browser http://${HOST}:${HTTP_PORT}/browser/) in ${secs(t0)}s`);
}

async function stopPid(pid, quiet = false) {
  const t0 = Date.now();
  const dumping = readState()?.cdsDumping;
  if (dumping && !quiet) log('first stop: the JVM also writes its class-data archive (faster later starts)');
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
  const deadline = Date.now() + (STOP_TIMEOUT_S + (dumping ? 120 : 0)) * 1000;
  while (isAlive(pid) && Date.now() < deadline) await sleep(250);
  let killed = false;
  if (isAlive(pid)) {
    killed = true;
    if (!quiet) log(`still running after ${STOP_TIMEOUT_S}s; sending SIGKILL`);
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone */
    }
    while (isAlive(pid)) await sleep(100);
  }
  if (dumping && fs.existsSync(dumping)) {
    if (killed) fs.rmSync(dumping, { force: true });
    else fs.renameSync(dumping, dumping.replace(/\.partial$/, ''));
  }
  fs.rmSync(P.pid, { force: true });
  fs.rmSync(P.connection, { force: true });
  if (!quiet) log(`stopped pid ${pid} in ${secs(t0)}s`);
}

async function stop() {
  const pid = runningPid();
  if (pid === undefined) {
    fs.rmSync(P.connection, { force: true });
    log('not running');
    return;
  }
  await stopPid(pid);
}

function status() {
  const pid = runningPid();
  if (pid === undefined) {
    log(`stopped (Neo4j ${VERSION}; provisioned: ${fs.existsSync(P.marker) ? 'yes' : 'no'})`);
    return 3;
  }
  const st = readState() ?? {};
  log(`running (pid ${pid}) at ${boltUri(st.boltPort ?? BOLT_PORT)}, http://${HOST}:${st.httpPort ?? HTTP_PORT}/browser/, version ${st.version ?? VERSION}`);
  return 0;
}

function dockerAnswers() {
  const r = spawnSync('docker', ['info'], { stdio: 'ignore', timeout: 15000 });
  return r.status === 0;
}

async function ensureForTests() {
  if (process.env.NEO4J_URI) {
    log(`NEO4J_URI is set (${process.env.NEO4J_URI}); tests use it`);
    return;
  }
  if (dockerAnswers()) {
    log('a Docker engine answers; Neo4j tests use @testcontainers/neo4j');
    return;
  }
  try {
    await start();
    log(`tests connect through ${path.relative(ROOT, P.connection)}`);
  } catch (e) {
    fs.rmSync(P.connection, { force: true });
    if (process.env.CI === 'true' || process.env.CI === '1') {
      process.stderr.write(`\n[neo4j] ERROR: CI=true and no Neo4j could be started for the tests:\n${e.message}\n\n`);
      process.exit(1);
    }
    process.stderr.write(`\n[neo4j] WARNING: could not start a local Neo4j; Neo4j tests will be SKIPPED.\n${e.message}\n\n`);
  }
}

/**
 * `npm test`: the server it starts is a 1+ GB JVM a user did not ask to keep, so it is stopped
 * afterwards unless kept; one that was already running is left as it was.
 */
async function runTests(args) {
  const keep = args.includes('--keep-neo4j') || ['1', 'true'].includes(process.env.KG_KEEP_NEO4J ?? '');
  const vitestArgs = args.filter((a) => a !== '--keep-neo4j');
  const before = runningPid();
  await ensureForTests();
  if (process.exitCode) return;
  // Ctrl-C reaches vitest too (same process group); this process stays to stop the server.
  const ignore = () => {};
  process.on('SIGINT', ignore);
  process.on('SIGTERM', ignore);
  const vitest = path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
  const child = spawn(process.execPath, [vitest, 'run', ...vitestArgs], { cwd: ROOT, stdio: 'inherit' });
  const code = await new Promise((resolve) => {
    child.on('error', (e) => { process.stderr.write(`[neo4j] cannot start vitest: ${e.message}\n`); resolve(1); });
    child.on('exit', (c, sig) => resolve(c ?? (sig ? 1 : 0)));
  });
  const pid = runningPid();
  if (pid !== undefined && before === undefined) {
    if (keep) log(`left running, as asked: Neo4j pid ${pid} (npm run neo4j:stop stops it)`);
    else {
      log(`stopping the Neo4j npm test started (pid ${pid}); npm test -- --keep-neo4j keeps it for the next run`);
      await stopPid(pid);
    }
  } else if (pid !== undefined) log(`left running the Neo4j that was running before the tests (pid ${pid})`);
  process.exitCode = code;
}

async function main() {
  const cmd = process.argv[2];
  switch (cmd) {
    case 'test':
      return runTests(process.argv.slice(3));
    case 'start':
      return start();
    case 'stop':
      return stop();
    case 'status':
      process.exitCode = status();
      return;
    case 'ensure-for-tests':
      return ensureForTests();
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(HELP);
      return;
    default:
      process.stderr.write(`unknown command: ${cmd ?? '(none)'}\n\n${HELP}`);
      process.exitCode = 2;
  }
}

main().catch((e) => {
  process.stderr.write(`[neo4j] ERROR: ${e instanceof NeoError ? e.message : e.stack || e}\n`);
  process.exitCode = 1;
});

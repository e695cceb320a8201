// --registered postgresql://…: a real PostgreSQL + PostGIS, started here in a temp folder, gives the same findings as the registry files.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveSettings } from '../src/catalogue.js';
import { loadRegistered } from '../src/io/registered.js';
import { redactPostgresUrl } from '../src/io/registered-postgis.js';
import { loadSubmission } from '../src/io/submission.js';
import { checkJson, REPO, runCli, type JsonFinding } from './helpers.js';

const RULES_DIR = 'fixtures/ge-388/rules';
const REGISTERED_DIR = 'fixtures/ge-388/registered';
const PASSWORD = 'Sec-ret_PW-7731';
const USER = 'cadcheck';

/** Debian keeps the server binaries out of PATH, under /usr/lib/postgresql/<version>/bin. */
function serverBin(): string | null {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) {
    const bin = join(root, version, 'bin');
    if (existsSync(join(bin, 'initdb')) && existsSync(`/usr/share/postgresql/${version}/extension/postgis.control`)) return bin;
  }
  return null;
}

const BIN = serverBin();
const asRoot = process.getuid?.() === 0;

/** The fixtures whose registry extracts are loaded as tables, one table each. */
const FIXTURES = [
  'tolerance/registered-overlap/fail/overlap-0.31m',
  'tolerance/registered-overlap/pass/overlap-0.29m-tolerated',
  'tolerance/registered-overlap/fail/overlap-0.35m-60m-long-strip',
  'tolerance/registered-overlap/pass/overlap-0.20m-60m-long-strip-larger',
  'tolerance/registered-overlap/fail/overlap-0.50m-short-wide-corner',
  'tolerance/registered-overlap/pass/division-source-parcel-overlaps-entirely',
  'tolerance/registered-gap/fail/gap-0.29m-along-registered-neighbour',
  'tolerance/registered-gap/pass/gap-0.31m-not-a-sliver',
  'tolerance/registered-gap/pass/neighbours-follow-the-boundary',
  'tolerance/vertex-near-miss/fail/vertex-0.10m-from-registered-corner',
  'tolerance/vertex-near-miss/pass/vertex-coincident-with-registered-corner',
  'tolerance/vertex-near-miss/pass/vertex-0.16m-from-registered-corner',
  'topology/contours-match-registered/fail/merge-contour-differs-0.50m',
  'topology/contours-match-registered/pass/merge-contour-differs-0.20m',
  'topology/contours-match-registered/pass/division-new-parcels-cover-the-source',
];
/** Registered parcels far from every fixture (the fixtures lie near 44.78 E, 41.72 N), so that the box query has to choose. */
const FILLER_ROWS = 60;
const FILLER_COLUMNS = 50;

const nameOf = (fixture: string): string => fixture.split('/').pop()!;
const tableOf = (fixture: string): string => `reg_${nameOf(fixture).replace(/[^a-z0-9]+/gi, '_').toLowerCase()}`;

function summarise(findings: JsonFinding[]): unknown[] {
  return findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, messageId: f.messageId, message: f.message, featureIndex: f.featureIndex, measured: f.measured, limit: f.limit, location: f.location }));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Runs a server binary, as the postgres user when we are root (initdb and postgres refuse to run as root). */
function run(command: string, args: string[]): string {
  const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(BIN!, command), ...args]] : [join(BIN!, command), args];
  return execFileSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe.skipIf(BIN === null)('PostGIS registry (PostgreSQL and PostGIS binaries found under /usr/lib/postgresql)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'cadcheck-postgis-'));
  const data = join(scratch, 'data');
  let port = 0;
  let url = '';
  let started = false;

  beforeAll(async () => {
    chmodSync(scratch, 0o777);
    writeFileSync(join(scratch, 'pw'), PASSWORD);
    if (asRoot) execFileSync('chown', ['-R', 'postgres', scratch]);
    run('initdb', ['-D', data, '-U', USER, '--auth=scram-sha-256', `--pwfile=${join(scratch, 'pw')}`, '--no-sync', '-E', 'UTF8']);
    port = await freePort();
    run('pg_ctl', ['-D', data, '-w', '-l', join(scratch, 'log'), '-o', `-k ${scratch} -p ${port} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
    started = true;
    url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('CREATE EXTENSION postgis');
      for (const fixture of FIXTURES) {
        const table = tableOf(fixture);
        await client.query(`CREATE TABLE ${table} (gid serial PRIMARY KEY, cad_code text, geom geometry(Geometry, 4326))`);
        const registry = JSON.parse(readFileSync(`${REPO}/${REGISTERED_DIR}/${nameOf(fixture)}.geojson`, 'utf8')) as { features: Array<{ properties: { cad_code: string }; geometry: unknown }> };
        for (const feature of registry.features) {
          await client.query(`INSERT INTO ${table} (cad_code, geom) VALUES ($1, ST_SetSRID(ST_GeomFromGeoJSON($2), 4326))`, [feature.properties.cad_code, JSON.stringify(feature.geometry)]);
        }
        // A few thousand generated parcels, 1 km and more east of the fixtures, each 15 m square.
        await client.query(`INSERT INTO ${table} (cad_code, geom)
          SELECT format('99.99.%s.%s', i, j), ST_Multi(ST_MakeEnvelope(44.79 + i * 0.0003, 41.70 + j * 0.0003, 44.79 + i * 0.0003 + 0.00018, 41.70 + j * 0.0003 + 0.00013, 4326))
          FROM generate_series(0, ${FILLER_COLUMNS - 1}) i, generate_series(0, ${FILLER_ROWS - 1}) j`);
        await client.query(`CREATE INDEX ON ${table} USING gist (geom)`);
        await client.query(`ANALYZE ${table}`);
      }
      // The same parcels stored as MultiPolygons in UTM 38N, so the window is carried into the table's SRID and the rows back.
      await client.query('CREATE SCHEMA registry');
      await client.query(`CREATE TABLE registry.parcels_utm (code text, outline geometry(MultiPolygon, 32638), centroid geometry(Point, 32638))`);
      await client.query(`INSERT INTO registry.parcels_utm SELECT cad_code, ST_Multi(ST_Transform(geom, 32638)), ST_Transform(ST_Centroid(geom), 32638) FROM ${tableOf(FIXTURES[0]!)}`);
      await client.query('CREATE INDEX ON registry.parcels_utm USING gist (outline)');
    } finally {
      await client.end();
    }
  });

  afterAll(() => {
    if (started) run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    rmSync(scratch, { recursive: true, force: true });
  });

  describe.each(FIXTURES)('%s', (fixture) => {
    it('gives the same findings from PostGIS as from the registry file', async () => {
      const fromFile = await checkJson(`${RULES_DIR}/${fixture}`, ['--verbose', '--registered', `${REGISTERED_DIR}/${nameOf(fixture)}.geojson`]);
      const fromPostgis = await checkJson(`${RULES_DIR}/${fixture}`, ['--verbose', '--registered', url, '--registered-table', tableOf(fixture)]);
      expect(summarise(fromPostgis.report.findings)).toEqual(summarise(fromFile.report.findings));
      expect(fromPostgis.exitCode).toBe(fromFile.exitCode);
    });
  });

  it(`reads only the parcels near the submission, of ${FILLER_ROWS * FILLER_COLUMNS} + 2 in the table`, async () => {
    const settings = resolveSettings(undefined, null);
    const fixture = FIXTURES[0]!;
    const submission = await loadSubmission(`${REPO}/${RULES_DIR}/${fixture}`, settings);
    const fromFile = await loadRegistered(`${REPO}/${REGISTERED_DIR}/${nameOf(fixture)}.geojson`, submission, settings);
    const fromPostgis = await loadRegistered(url, submission, settings, { table: tableOf(fixture) });
    expect(fromPostgis.features.map((f) => f.id)).toEqual(fromFile.features.map((f) => f.id));
    expect(fromPostgis.features.length).toBeLessThan(10);
    expect(fromPostgis.source).toBe(`postgresql://${USER}:***@127.0.0.1:${port}/postgres`);
  });

  it('a UTM table in another schema, with named geometry and code columns, gives the 0.310 m overlap', async () => {
    const { report, exitCode } = await checkJson(`${RULES_DIR}/${FIXTURES[0]}`, ['--registered', url, '--registered-table', 'registry.parcels_utm', '--registered-geometry-column', 'outline', '--registered-id-column', 'code']);
    expect(report.findings.map((f) => [f.ruleId, f.messageId, f.featureIndex, f.measured, f.message])).toEqual([
      ['tolerance/registered-overlap', 'overlap', 0, 0.31, 'Parcel overlaps registered parcel 01.14.07.012.050 by 0.310 m (limit 0.30 m), over 9.30 m²'],
    ]);
    expect(exitCode).toBe(1);
  });

  it('batch reads the same table', async () => {
    const result = await runCli(['batch', `${RULES_DIR}/tolerance/registered-overlap/fail`, '--registered', url, '--registered-table', tableOf(FIXTURES[0]!), '--jobs', '1']);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { submission?: { path: string }; findings?: JsonFinding[] });
    const overlap = lines.find((line) => line.submission?.path.endsWith('overlap-0.31m'));
    // The folder's other submissions overlap this one too (batch's cross-check); the registered parcel is named.
    expect(overlap?.findings?.filter((f) => f.message.includes('registered parcel')).map((f) => [f.ruleId, f.measured])).toEqual([['tolerance/registered-overlap', 0.31]]);
    expect(result.stdout + result.stderr).not.toContain(PASSWORD);
  });

  const fixture = `${RULES_DIR}/${FIXTURES[0]}`;
  const failures: Array<{ name: string; args: () => string[]; says: RegExp }> = [
    { name: 'a wrong password', args: () => ['--registered', url.replace(PASSWORD, `${PASSWORD}x`)], says: /authentication failed \(password authentication failed for user "cadcheck"\); check the user name and password in the URL/ },
    { name: 'an unknown database', args: () => ['--registered', url.replace(/\/postgres$/, '/cadastre')], says: /database "cadastre" does not exist; check the database name in the URL/ },
    { name: 'no server on the port', args: () => ['--registered', url.replace(`:${port}/`, ':1/')], says: /cannot connect to the database server \(connect ECONNREFUSED 127\.0\.0\.1:1\); check the host and port/ },
    { name: 'a missing table', args: () => ['--registered', url, '--registered-table', 'nowhere'], says: /table nowhere does not exist \(name the registry table with --registered-table\)/ },
    { name: 'a missing code column', args: () => ['--registered', url, '--registered-table', 'registry.parcels_utm'], says: /table registry\.parcels_utm has several geometry columns \(outline, centroid\); choose one with --registered-geometry-column/ },
    { name: 'a missing id column', args: () => ['--registered', url, '--registered-table', 'registry.parcels_utm', '--registered-geometry-column', 'outline'], says: /table registry\.parcels_utm has no column "cad_code" for the cadastral code \(its columns: code, outline, centroid\); name it with --registered-id-column/ },
    { name: 'a missing geometry column', args: () => ['--registered', url, '--registered-table', 'registry.parcels_utm', '--registered-geometry-column', 'shape'], says: /table registry\.parcels_utm has no column "shape"/ },
  ];
  describe.each(failures)('$name', ({ args, says }) => {
    it('is exit 2 saying what is wrong, and never shows the password', async () => {
      for (const format of ['text', 'json']) {
        const result = await runCli(['check', fixture, '--format', format, ...args()], { env: { CADCHECK_DEBUG: '1' } });
        expect(result.exitCode).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(says);
        expect(result.stderr).toContain(`postgresql://${USER}:***@127.0.0.1:`);
        expect(result.stderr + result.stdout).not.toContain(PASSWORD);
        expect(result.stderr).not.toMatch(/crashed|\n\s+at /);
      }
    });
  });
});

if (BIN === null) {
  describe('PostGIS registry', () => {
    it.skip('skipped: no PostgreSQL server with PostGIS (apt-get install -y postgresql postgis)', () => {});
  });
}

describe('a PostgreSQL URL is shown without its password', () => {
  it.each([
    ['postgresql://clerk:Sec%40ret@db:5432/cadastre', 'postgresql://clerk:***@db:5432/cadastre'],
    ['postgres://clerk@db/cadastre?sslmode=require&password=Secret', 'postgres://clerk@db/cadastre?sslmode=require&password=***'],
    ['postgresql://clerk@/cadastre?host=/run/postgresql', 'postgresql://clerk@/cadastre?host=/run/postgresql'],
    ['postgresql://clerk:Sec@ret@/cadastre?host=/run/postgresql', 'postgresql://clerk:***@/cadastre?host=/run/postgresql'],
    ['postgresql://clerk:Se cret@[bad/cadastre', 'postgresql://clerk:***@[bad/cadastre'],
  ])('%s', (given, shown) => {
    expect(redactPostgresUrl(given)).toBe(shown);
  });
});

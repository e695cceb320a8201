// Reads registered parcels from a live PostGIS table (--registered postgresql://…): only those near the submission, by an indexed box query.
import type { ReadOptions } from '../model/read-options.js';
import { UserError } from '../errors.js';
import { redactUrl, urlPasswordOf } from '../redact.js';
import type { Box } from '../geom/box.js';
import type { Geometry } from '../model.js';

/** Which table and columns hold the registry (`--registered-table`, `--registered-geometry-column`, `--registered-id-column`). */
export interface PostgisRegistryOptions {
  /** `table` or `schema.table`; default `parcels`. */
  table?: string;
  /** The geometry column; default: the table's only geometry column. */
  geometryColumn?: string;
  /** The column holding the cadastral code; default `cad_code`. */
  idColumn?: string;
}

export interface PostgisParcel {
  index: number;
  geometry: Geometry;
  properties: Record<string, unknown>;
}

const PARCEL_TYPES = new Set(['Polygon', 'MultiPolygon']);

export function isPostgresUrl(source: string): boolean {
  return /^postgres(ql)?:\/\//i.test(source);
}

/** The URL with any password replaced by `***`: the only form of it that may appear in a message, report or log. */
export function redactPostgresUrl(source: string): string {
  return redactUrl(source);
}

/** Every secret the URL holds (as written and percent-decoded), to scrub from driver messages before they are shown. */
function secretsOf(source: string): string[] {
  const password = urlPasswordOf(source);
  const query = [...source.matchAll(/[?&](?:password|pass|passwd|sslpassword)=([^&#]*)/gi)].map((match) => match[1]!);
  const secrets = [password, ...query].filter((secret): secret is string => secret !== null && secret.length > 0);
  return [...new Set(secrets.flatMap((secret) => [secret, safeDecode(secret)]))].sort((a, b) => b.length - a.length);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function scrub(text: string, source: string): string {
  let out = text;
  for (const secret of secretsOf(source)) out = out.split(secret).join('***');
  return out;
}

function failure(source: string, cause: string): UserError {
  return new UserError(`${redactPostgresUrl(source)}: the registered parcels cannot be read from PostGIS: ${scrub(cause, source)}.`, 'registered-unreadable');
}

/** Turns what the driver threw into what the user can act on; SQLSTATEs from PostgreSQL's errcodes appendix. */
function explain(error: unknown, source: string, table: string): UserError {
  if (error instanceof UserError) return error;
  const { code, message } = error as { code?: string; message?: string };
  const text = message ?? String(error);
  switch (code) {
    case '28P01':
    case '28000':
      return failure(source, `authentication failed (${text}); check the user name and password in the URL`);
    case '3D000':
      return failure(source, `${text}; check the database name in the URL`);
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ENOENT':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return failure(source, `cannot connect to the database server (${text}); check the host and port in the URL and that PostgreSQL is running`);
    case 'ERR_INVALID_URL':
      return failure(source, 'the URL cannot be read; a user name or password holding "/", "@", ":", "#", "?" or a space must be percent-encoded (%2F, %40, %3A, %23, %3F, %20)');
    case '42P01':
      return failure(source, `table ${table} does not exist (${text}); name it with --registered-table`);
    case '42883':
      return failure(source, `${text}; is the PostGIS extension installed in this database (CREATE EXTENSION postgis)?`);
    default:
      return failure(source, code ? `${text} (SQLSTATE ${code})` : text);
  }
}

/** `schema.table` or `table`, each part quoted as an identifier. */
function qualifiedName(table: string, quote: (name: string) => string): string {
  return table.split('.').map(quote).join('.');
}

interface GeometryColumn {
  name: string;
  srid: number;
}

async function describeTable(client: import('pg').Client, source: string, table: string, options: PostgisRegistryOptions): Promise<{ geometry: GeometryColumn; idColumn: string }> {
  const relation = await client.query<{ oid: string | null }>('SELECT to_regclass($1)::oid AS oid', [qualifiedName(table, (name) => client.escapeIdentifier(name))]);
  const oid = relation.rows[0]?.oid ?? null;
  if (oid === null) throw failure(source, `table ${table} does not exist (name the registry table with --registered-table)`);
  const columns = await client.query<{ name: string; type: string }>(
    'SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute WHERE attrelid = $1 AND attnum > 0 AND NOT attisdropped ORDER BY attnum',
    [oid],
  );
  const names = columns.rows.map((column) => column.name);
  const geometryColumns = columns.rows.filter((column) => /^geometry\b/i.test(column.type));
  let geometryName: string;
  if (options.geometryColumn !== undefined) {
    const found = columns.rows.find((column) => column.name === options.geometryColumn);
    if (!found) throw failure(source, `table ${table} has no column "${options.geometryColumn}" (its columns: ${names.join(', ')})`);
    if (!/^geometry\b/i.test(found.type)) throw failure(source, `column "${found.name}" of table ${table} is ${found.type}, not a PostGIS geometry`);
    geometryName = found.name;
  } else if (geometryColumns.length === 1) {
    geometryName = geometryColumns[0]!.name;
  } else if (geometryColumns.length === 0) {
    throw failure(source, `table ${table} has no geometry column (its columns: ${names.join(', ')})`);
  } else {
    throw failure(source, `table ${table} has several geometry columns (${geometryColumns.map((c) => c.name).join(', ')}); choose one with --registered-geometry-column`);
  }
  const idColumn = options.idColumn ?? 'cad_code';
  if (!names.includes(idColumn)) throw failure(source, `table ${table} has no column "${idColumn}" for the cadastral code (its columns: ${names.join(', ')}); name it with --registered-id-column`);
  const srid = await client.query<{ srid: number | null }>(
    'SELECT g.srid FROM geometry_columns g JOIN pg_class c ON c.relname = g.f_table_name JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = g.f_table_schema WHERE c.oid = $1 AND g.f_geometry_column = $2',
    [oid, geometryName],
  );
  const declared = srid.rows[0]?.srid ?? 0;
  if (!declared) throw failure(source, `geometry column "${geometryName}" of table ${table} declares no SRID; constrain it (ALTER TABLE … ALTER COLUMN ${geometryName} TYPE geometry(MultiPolygon, <srid>)) so cadcheck knows its coordinate reference system`);
  return { geometry: { name: geometryName, srid: declared }, idColumn };
}

/**
 * The registered parcels whose bounding boxes meet `window` (a box already carried into the table's
 * SRID by `windowInSrid`), read with `geom && ST_MakeEnvelope(…)`, which the table's GiST index answers.
 * Rows come ordered by cadastral code, and each parcel's `index` is its place in that order.
 */
export async function readPostgisParcels(
  source: string,
  near: Box | null,
  windowInSrid: (srid: number) => Box,
  options: PostgisRegistryOptions,
  _settings: ReadOptions,
): Promise<{ srid: number; parcels: PostgisParcel[] }> {
  const table = options.table ?? 'parcels';
  const { default: pg } = await import('pg');
  let client: import('pg').Client;
  try {
    // pg parses the URL here: one it cannot read (an unencoded "/" in the password) is explained, never echoed.
    client = new pg.Client({ connectionString: source, connectionTimeoutMillis: 15_000, application_name: 'cadcheck' });
  } catch (error) {
    throw explain(error, source, table);
  }
  // A dropped connection emits 'error' on the client; unhandled, it would crash the process.
  client.on('error', () => {});
  try {
    await client.connect();
    const { geometry, idColumn } = await describeTable(client, source, table, options);
    if (!near) return { srid: geometry.srid, parcels: [] };
    const window = windowInSrid(geometry.srid);
    const g = client.escapeIdentifier(geometry.name);
    const id = client.escapeIdentifier(idColumn);
    // ST_AsGeoJSON keeps 9 decimals by default, 0.1 mm in degrees: enough to move a finding. 15 keeps every digit.
    const rows = await client.query<{ geometry: string | null; cad_code: string | null }>(
      `SELECT ST_AsGeoJSON(${g}, 15) AS geometry, ${id}::text AS cad_code FROM ${qualifiedName(table, (name) => client.escapeIdentifier(name))}
       WHERE ${g} && ST_MakeEnvelope($1, $2, $3, $4, $5) ORDER BY ${id}, ST_AsEWKB(${g})`,
      [window.minX, window.minY, window.maxX, window.maxY, geometry.srid],
    );
    const parcels: PostgisParcel[] = [];
    rows.rows.forEach((row, index) => {
      if (row.geometry === null) return;
      const parsed = JSON.parse(row.geometry) as Geometry;
      if (PARCEL_TYPES.has(parsed.type)) parcels.push({ index, geometry: parsed, properties: { cad_code: row.cad_code } });
    });
    return { srid: geometry.srid, parcels };
  } catch (error) {
    throw explain(error, source, table);
  } finally {
    await client.end().catch(() => {});
  }
}

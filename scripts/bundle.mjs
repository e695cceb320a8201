// Bundles the compiled CLI (dist/bin, dist/src) into dist/bundle/ with esbuild: one file to load instead of
// ~600 modules (jsts alone is ~440), which halves a cold `cadcheck check` (see BENCHMARKS.md).
// Plain JavaScript on purpose: it runs in `prepare`, right after tsc, with nothing else compiled.
import { chmodSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const outdir = 'dist/bundle';
// Chunk names carry content hashes: without a clean folder, old chunks pile up.
rmSync(outdir, { recursive: true, force: true });
await build({
  // Check threads (cadcheck check and batch) start ./worker.js next to the module that starts them (src/worker/host.ts).
  entryPoints: { cadcheck: 'dist/bin/cadcheck.js', worker: 'dist/src/worker/worker.js' },
  outdir,
  bundle: true,
  // Lazily imported parts (reporters, registered-data readers, batch) stay in chunks loaded on demand.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Optional native backends are never bundled, nor xmllint-wasm: it loads its .wasm file from its own folder.
  external: ['gdal-async', 'pg-native', 'xmllint-wasm'],
  // Bundled CommonJS packages (ajv, shapefile's helpers) call require() for Node built-ins.
  banner: { js: "import { createRequire as __cadcheckRequire } from 'node:module'; const require = __cadcheckRequire(import.meta.url);" },
  // Less text for V8 to parse at every start (4.0 → 3.1 MB): a cold `check` of the bundled survey costs ~7 % less CPU
  // and wall time (BENCHMARKS.md, third round). Names are kept (no identifier minifying), so a CADCHECK_DEBUG=1 stack
  // still names its functions.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
chmodSync(`${outdir}/cadcheck.js`, 0o755);

// Bundles the compiled CLI (dist/bin, dist/src) into dist/bundle/ with esbuild: one file to load instead of
// ~600 modules (jsts alone is ~440), which halves a cold `cadcheck check` (see BENCHMARKS.md).
// Plain JavaScript on purpose: it runs in `prepare`, right after tsc, with nothing else compiled.
import { createHash } from 'node:crypto';
import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const outdir = 'dist/bundle';
// Chunk names carry content hashes: without a clean folder, old chunks pile up.
rmSync(outdir, { recursive: true, force: true });
// Less text for V8 to parse at every start (4.0 → 3.1 MB): a cold `check` of the bundled survey costs ~7 % less CPU
// and wall time (BENCHMARKS.md, third round). Names are kept (no identifier minifying), so a CADCHECK_DEBUG=1 stack
// still names its functions.
const minify = { minifyWhitespace: true, minifySyntax: true };
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
  ...minify,
  logLevel: 'warning',
});
// Node builds an ES-module facade of each built-in module an ES module imports (~1 ms apiece, before the bin's first
// line and again in each check thread): the bundle's named and default imports of built-ins become require() calls (the
// banner's require), ~8 ms less CPU before `check` starts its thread. Imports stay first in each file, so in order.
const builtinImport = /import\s*(?:\{([^}]*)\}|([\w$]+))\s*from\s*"(node:[\w/]+)";?/g;
for (const file of readdirSync(outdir).filter((name) => name.endsWith('.js'))) {
  const code = readFileSync(`${outdir}/${file}`, 'utf8');
  const required = code.replace(builtinImport, (_, names, name, module) => {
    const bound = names === undefined ? name : `{${names.split(',').map((part) => part.trim().replace(/\s+as\s+/, ':')).join(',')}}`;
    return `const ${bound}=require("${module}");`;
  });
  writeFileSync(`${outdir}/${file}`, required);
}
chmodSync(`${outdir}/cadcheck.js`, 0o755);

// The CLI and the check thread once more, each as one CommonJS script that bin/cadcheck.ts and worker.js compile with
// V8's code cache (src/code-cache.ts): ES modules cannot be given one in Node 20. No chunks: lazily imported parts
// become functions of the one script, compiled (and cached) only if a run calls them.
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
for (const [entry, name] of [['dist/bin/run.js', 'cadcheck-main'], ['dist/src/worker/thread.js', 'check-thread']]) {
  const outfile = `${outdir}/${name}.cjs`;
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // esbuild too: host.ts imports it only when run from the TypeScript sources (tests).
    external: ['gdal-async', 'pg-native', 'xmllint-wasm', 'esbuild'],
    // A vm.Script has no import(): the optional packages are required (each is CommonJS).
    supported: { 'dynamic-import': false },
    // The module's URL is the entry's beside it (cadcheck.js, worker.js), which src/code-cache.ts hands the script.
    define: { 'import.meta.url': '__cadcheckModuleUrl' },
    ...minify,
    logLevel: 'warning',
  });
  // ASCII only, so that the loader reads it as a one-byte string (esbuild escapes strings, not regular expressions).
  // A \uXXXX escape means the same character in a regular expression, a string, a template or a comment.
  // (After a backslash it would not: `\№` would become a backslash and "u2116", so the build stops there.)
  const code = readFileSync(outfile, 'utf8').replace(/[^\0-\x7f]/g, (character, at, text) => {
    if (text[at - 1] === '\\') throw new Error(`${outfile}: a non-ASCII character after a backslash at ${at}`);
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  // Its cache is keyed by this line: cadcheck's version and the script's hash (a rebuild is another script).
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  writeFileSync(outfile, `// cadcheck ${version} ${hash}\n${code}`);
}

// ESLint for cadcheck: typescript-eslint's type-checked recommendations over everything tsc checks (src, bin,
// test, scripts), and the import boundaries of docs/architecture.md, so nobody has to remember which layer may
// import which.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** A relative import of one of these folders (or files) of src/, from a file anywhere under src/. */
const layer = (...names) => `^\\.\\.?/(\\.\\./)*(${names.join('|')})(/|\\.js$)`;

/**
 * Imports point down only: model ← geom, i18n, photos ← io; engine ← rules ← profiles ← catalogue (src/catalogue.ts,
 * which hands the engine its rules) ← check-submission, worker, batch ← cli; reporters see findings, never readers.
 * Each entry: the files, and the layers they must not import.
 */
const boundaries = [
  { files: ['src/model.ts', 'src/model/**', 'src/errors.ts'], forbidden: layer('geom', 'i18n', 'photos', 'io', 'engine', 'rules', 'profiles', 'catalogue', 'report', 'worker', 'batch', 'cli') },
  { files: ['src/geom/**', 'src/i18n/**', 'src/photos/**'], forbidden: layer('io', 'engine', 'rules', 'profiles', 'catalogue', 'report', 'worker', 'batch', 'cli') },
  { files: ['src/io/**'], forbidden: layer('engine', 'rules', 'profiles', 'catalogue', 'report', 'worker', 'batch', 'cli') },
  { files: ['src/rules/**'], forbidden: layer('io', 'profiles', 'catalogue', 'report', 'worker', 'batch', 'cli') },
  { files: ['src/engine/**'], forbidden: layer('io', 'rules', 'profiles', 'catalogue', 'report', 'worker', 'batch', 'cli') },
  { files: ['src/report/**'], forbidden: layer('io', 'rules', 'profiles', 'catalogue', 'batch', 'cli') },
  { files: ['src/profiles/**'], forbidden: layer('catalogue', 'report', 'worker', 'batch', 'cli') },
  { files: ['src/catalogue.ts'], forbidden: layer('io', 'report', 'worker', 'batch', 'cli') },
  // Above the catalogue, the rules and profiles are reached through it (src/catalogue.ts), never directly.
  { files: ['src/check-submission.ts', 'src/batch/**', 'src/worker/**'], forbidden: layer('rules', 'profiles', 'cli') },
  { files: ['src/cli.ts', 'src/cli/**'], forbidden: layer('rules', 'profiles') },
  // A big layer's tiles (docs/national-layers.md): given the catalogue's rules and the worker's threads, never a reader.
  { files: ['src/tiles/**'], forbidden: layer('io', 'rules', 'profiles', 'report', 'batch', 'shard', 'cli') },
  { files: ['src/shard/**'], forbidden: layer('io', 'rules', 'profiles', 'catalogue', 'worker', 'batch', 'cli') },
];

/**
 * Where the code still crosses a boundary, file by file: the knots issue 16 unties (the engine given its rules, reporters given what the CLI read). Shrink this list;
 * never grow it.
 */
const knownCrossings = [
];


export default tseslint.config(
  // Generated or scratch folders (.gitignore's too: bench-out/, tmp/), so a local scratch copy never fails `npm run lint`.
  { ignores: ['dist/**', 'node_modules/**', 'fixtures/**', 'coverage/**', 'bench-out/**', 'tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.mjs', 'vitest.config.ts'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  ...boundaries.map(({ files, forbidden }) => ({
    files,
    ignores: knownCrossings,
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { regex: forbidden, message: 'This import points up a layer (docs/architecture.md, "Layers").' },
          // jsts is reached through src/geom/ only (src/geom/jsts.ts is the door): rules and readers never import it.
          ...(files.some((file) => file.startsWith('src/geom/')) ? [] : [{ regex: '^jsts/', message: 'jsts only through src/geom/ (src/geom/jsts.ts).' }]),
        ],
      }],
    },
  })),
  {
    // jsts ships no types: what its modules return is `any`, and the casts to our narrow interfaces (JstsGeometry,
    // JstsCoordinate) are how these adapters give it one. The rule reads a cast of `any` as unnecessary; without the
    // casts, no-unsafe-return/-assignment/-argument report the same spots. Only the files that talk to jsts directly.
    files: ['src/geom/jsts.ts', 'src/geom/facing-strips.ts', 'src/geom/precision.ts', 'src/geom/regions.ts', 'src/geom/validity.ts',
      'src/geom/width.ts', 'src/rules/topology/parcel-gap.ts', 'test/corpora/jts-valid.test.ts', 'test/corpora/parcels.test.ts'],
    rules: { '@typescript-eslint/no-unnecessary-type-assertion': 'off' },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);

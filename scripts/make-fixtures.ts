// Regenerates every fixture under fixtures/ from the scripts in scripts/fixtures (run: npm run fixtures).
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FIXTURE_CASES } from './fixtures/cases/index.js';
import { fixturePath } from './fixtures/cases/case.js';
import { validSurvey } from './fixtures/ge-388-survey.js';
import { writeSubmission } from './fixtures/submission-writer.js';
import { REGISTERED_FOLDER, registeredFiles } from './fixtures/cases/tolerance.js';
import { writeRegisteredFile } from './fixtures/registered-writer.js';
import { writeProfileFixtures } from './fixtures/profile-files.js';

/** Writes all fixtures below `root` (the repository, or a temp folder in the regeneration test). */
export function makeFixtures(root: string): string[] {
  rmSync(join(root, 'fixtures/ge-388'), { recursive: true, force: true });
  const written = ['fixtures/ge-388/valid'];
  writeSubmission(join(root, 'fixtures/ge-388/valid'), validSurvey());
  for (const fixtureCase of FIXTURE_CASES) {
    const path = fixturePath(fixtureCase);
    writeSubmission(join(root, path), fixtureCase.build());
    written.push(path);
  }
  // Registry extracts for --registered, beside the submissions (inside one they would be read as its layers).
  for (const file of registeredFiles()) writeRegisteredFile(join(root, REGISTERED_FOLDER), file);
  written.push(REGISTERED_FOLDER);
  // Profiles ua-1051 and kz-pcm: text files (exchange XML, turning-point lists) under fixtures/<profile>/.
  written.push(...writeProfileFixtures(root));
  return written;
}

if (process.argv[1] && resolve(process.argv[1]).replace(/\.[jt]s$/, '').endsWith('make-fixtures')) {
  const root = process.argv[2] ?? process.cwd();
  const written = makeFixtures(root);
  process.stdout.write(`wrote ${written.length} fixture submissions under ${join(root, 'fixtures/ge-388')}\n`);
}

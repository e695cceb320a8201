// `cadcheck init <folder>`: a manifest template for a new survey.
import { join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { EXIT_PASS, type MainOptions } from './main-options.js';

/** `cadcheck init <folder>`: a manifest template to fill in; never over an existing manifest. */
export async function runInit(folder: string, flags: { profile?: string }, options: MainOptions): Promise<number> {
  const [{ resolveSettings }, { manifestTemplate }, { writeFileAtomic, TargetExists, cannotWrite }, fs] = await Promise.all([
    import('../catalogue.js'), import('../io/manifest-template.js'), import('../report/write.js'), import('node:fs'),
  ]);
  const settings = resolveSettings(flags.profile, null);
  const target = resolve(options.cwd, folder);
  const manifest = join(target, 'cadcheck.json');
  const exists = new UserError(`${manifest} already exists; cadcheck init never overwrites a manifest. Edit it, or remove it first.`, 'manifest-exists');
  if (fs.existsSync(manifest)) throw exists;
  if (fs.existsSync(target) && !fs.statSync(target).isDirectory()) throw new UserError(`${target} is a file, not a folder. Give the survey folder.`, 'bad-option');
  try {
    fs.mkdirSync(target, { recursive: true });
    // No-clobber even against a manifest created between the check above and this write.
    writeFileAtomic(manifest, `${JSON.stringify(manifestTemplate(settings), null, 2)}\n`, { noClobber: true });
  } catch (error) {
    throw error instanceof TargetExists ? exists : cannotWrite(manifest, error);
  }
  options.stdout.write(`Wrote ${manifest}: fill in the dates, performer, applicant, address, method and paper facts, then run cadcheck check ${folder}\n`);
  return EXIT_PASS;
}

// `npm run screenshots`: the HTML report's pictures in docs/, taken in headless Chromium (Debian's /usr/bin/chromium)
// from the built CLI, as a clerk opens the file: docs/report-registered.png (a survey checked with --registered) and
// docs/report-10k.png (a 10,000-parcel layer checked). Prints each report's size and the time Chromium took to show it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { writeParcelCoverage } from './lib/parcel-coverage.js';

const CHROMIUM = '/usr/bin/chromium';
const WIDTH = 1040;

interface Shot {
  png: string;
  /** The check, as a clerk types it in `cwd` (the repository's root unless given). */
  args: string[];
  cwd?: (temp: string) => string;
  prepare?: (temp: string) => void;
  /** The window's height: the picture is its top, header to map. */
  height: number;
}

const SHOTS: Shot[] = [
  {
    png: 'docs/report-registered.png',
    args: ['check', 'fixtures/ge-388/rules/tolerance/registered-overlap/fail/overlap-0.31m', '--registered', 'fixtures/ge-388/registered/overlap-0.31m.geojson'],
    height: 900,
  },
  {
    // A municipality's whole parcel layer, checked in the folder that holds it.
    png: 'docs/report-10k.png',
    prepare: (temp) => void writeParcelCoverage(join(temp, 'parcel-layer-10k'), 10_000),
    cwd: (temp) => temp,
    args: ['check', 'parcel-layer-10k'],
    height: 1000,
  },
];

const temp = mkdtempSync(join(tmpdir(), 'cadcheck-screenshots-'));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
try {
  for (const shot of SHOTS) {
    shot.prepare?.(temp);
    const html = join(temp, 'report.html');
    try {
      execFileSync(process.execPath, [join(process.cwd(), 'dist/bundle/cadcheck.js'), ...shot.args, '--format', 'html', '--output', html], { cwd: shot.cwd?.(temp), stdio: 'pipe' });
    } catch (error) {
      // Exit 1 is a failed survey, which is what these pictures show.
      if ((error as { status?: number }).status !== 1) throw error;
    }
    const page = await browser.newPage({ viewport: { width: WIDTH, height: shot.height } });
    const start = Date.now();
    await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const shown = Date.now() - start;
    await page.screenshot({ path: join(process.cwd(), shot.png) });
    await page.close();
    console.log(`${shot.png}: report ${statSync(html).size} bytes, loaded and painted in ${shown} ms`);
  }
} finally {
  await browser.close();
  rmSync(temp, { recursive: true, force: true });
}

// The HTML report: self-contained (no request leaves the file), a drawn map with one numbered mark per finding, rows linked to
// marks, text escaped, EXIF thumbnails only — checked as a string and in real headless Chromium (Debian's /usr/bin/chromium).
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkJson, REPO, runCli } from './helpers.js';

const VALID = 'fixtures/ge-388/valid';
const TWO_SIDES = 'fixtures/ge-388/rules/topology/building-within-parcel/fail/building-out-on-two-sides';
const CHROMIUM = '/usr/bin/chromium';
const EXIF_SAMPLES = join(REPO, '../shared/corpora/exif-samples');
const temp = mkdtempSync(join(tmpdir(), 'cadcheck-html-'));

async function htmlOf(path: string, extra: string[] = []): Promise<{ exitCode: number; html: string; file: string }> {
  const file = join(temp, `${Math.random().toString(36).slice(2)}.html`);
  const result = await runCli(['check', path, '--format', 'html', '--output', file, ...extra]);
  expect(result.stderr).toBe('');
  return { exitCode: result.exitCode, html: readFileSync(file, 'utf8'), file };
}

describe('html report as a file', () => {
  it('is one self-contained document: a CSP that forbids every fetch, no external URL anywhere', async () => {
    const { exitCode, html } = await htmlOf(TWO_SIDES);
    expect(exitCode).toBe(1);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain(`content="default-src 'none'; img-src data:;`);
    // The only absolute URL is the SVG namespace name, which is never fetched.
    expect(html.match(/https?:\/\/[^"'\s<)]+/g)).toEqual(['http://www.w3.org/2000/svg']);
    expect(html).not.toMatch(/url\(|@import|<link|<iframe|src="(?!data:)/);
  });

  it('shows the verdict and draws one numbered mark per finding, its problem area filled', async () => {
    const { report } = await checkJson(TWO_SIDES);
    const errors = report.findings.filter((finding) => finding.severity === 'error');
    expect(errors.map((finding) => [finding.ruleId, finding.measured])).toEqual([['topology/building-within-parcel', 0.2], ['topology/building-within-parcel', 0.3]]);
    const infos = report.findings.filter((finding) => finding.severity === 'info').length;
    const { html } = await htmlOf(TWO_SIDES);
    expect(html).toContain(`<div class="verdict fail" role="status"><strong>✖ FAIL</strong><span>2 errors, 0 warnings, ${infos} info${infos === 1 ? '' : 's'}</span>`);
    expect(html.match(/<a class="mark error" id="s0-m\d+"/g)).toEqual(['<a class="mark error" id="s0-m1"', '<a class="mark error" id="s0-m2"']);
    expect(html.match(/<g class="problem error" data-finding="\d+">/g)).toHaveLength(2);
    expect(html.match(/<tr id="s0-f\d+"/g)).toEqual(['<tr id="s0-f1"', '<tr id="s0-f2"']);
  });

  it('lists infos only with --verbose (and then numbers them too; infos without a location get no mark)', async () => {
    const { report } = await checkJson(TWO_SIDES);
    const { html } = await htmlOf(TWO_SIDES, ['--verbose']);
    expect(html.match(/<tr id="s0-f\d+"/g)).toHaveLength(report.findings.length);
    const located = report.findings.filter((finding) => finding.location !== null);
    expect(html.match(/<a class="mark /g)).toHaveLength(located.length);
    // The registered-data rules say "not checked" as an info with no location: listed, numbered, not on the map.
    expect(report.findings[2]).toMatchObject({ severity: 'info', location: null });
    expect(html).toContain('<span class="info" title="no location">3</span>');
  });

  it('a passing survey: PASS, no marks, the photos with their capture dates and a placeholder (the fixtures carry no EXIF thumbnail)', async () => {
    const { exitCode, html } = await htmlOf(VALID);
    expect(exitCode).toBe(0);
    expect(html).toContain('<strong>✔ PASS</strong>');
    expect(html).not.toContain('class="mark ');
    expect(html).toContain('<figcaption><code>photos/IMG_0001.jpg</code><br>2024-05-14 10:31:02 +04:00</figcaption>');
    expect(html.match(/aria-label="no thumbnail"/g)).toHaveLength(3);
  });

  it('escapes file names and paths in text and attributes', async () => {
    const hostile = join(temp, `<img src=x onerror="alert(1)">&'`);
    cpSync(join(REPO, TWO_SIDES), hostile, { recursive: true });
    renameSync(join(hostile, 'photos/IMG_0001.jpg'), join(hostile, 'photos/<b onmouseover=alert(1)>.jpg'));
    const { html } = await htmlOf(hostile);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b onmouseover');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;');
    expect(html).toContain('<code>photos/&lt;b onmouseover=alert(1)&gt;.jpg</code>');
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  describe.skipIf(!existsSync(EXIF_SAMPLES))('EXIF thumbnails (needs ../shared/corpora/exif-samples; skipped when absent)', () => {
    it('embeds the IFD1 thumbnail of a camera photo, never the original', async () => {
      const survey = join(temp, 'with-camera-photo');
      cpSync(join(REPO, VALID), survey, { recursive: true });
      copyFileSync(join(EXIF_SAMPLES, 'Canon_40D.jpg'), join(survey, 'photos/IMG_0004.jpg'));
      const { html } = await htmlOf(survey);
      const images = [...html.matchAll(/<img src="data:image\/jpeg;base64,([A-Za-z0-9+/=]+)" alt="([^"]+)">/g)];
      expect(images.map((image) => image[2])).toEqual(['photos/IMG_0004.jpg']);
      const thumbnail = Buffer.from(images[0]![1]!, 'base64');
      // The Canon 40D's IFD1 JPEG (exiftool: ThumbnailLength 1378), far smaller than the 7.9 kB sample file.
      expect(thumbnail.length).toBe(1378);
      expect([...thumbnail.subarray(0, 2)]).toEqual([0xff, 0xd8]);
      expect(html).toContain('<code>photos/IMG_0004.jpg</code><br>2008-05-30 15:56:01</figcaption>');
    });
  });
});

describe.skipIf(!existsSync(CHROMIUM))(`html report in headless Chromium (${CHROMIUM}; skipped when absent: apt-get install chromium)`, () => {
  let browser: import('playwright-core').Browser;
  let report: { html: string; file: string };
  const screenshots = join(temp, 'screenshots');

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    report = await htmlOf(TWO_SIDES);
    mkdirSync(screenshots, { recursive: true });
  }, 60_000);
  afterAll(async () => browser?.close());

  async function open(file: string) {
    const page = await browser.newPage({ viewport: { width: 1040, height: 900 } });
    const requests: string[] = [];
    const problems: string[] = [];
    // Every request is recorded; anything but the report file itself is refused and counted.
    await page.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.request().url() === pathToFileURL(file).href ? route.continue() : route.abort();
    });
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, requests, problems };
  }

  it('loads with no request leaving the file and no script or CSP error', async () => {
    const { page, requests, problems } = await open(report.file);
    expect(requests).toEqual([pathToFileURL(report.file).href]);
    expect(problems).toEqual([]);
    await page.close();
  }, 30_000);

  it('draws the SVG map with one numbered mark per finding, north up', async () => {
    const { page } = await open(report.file);
    const marks = await page.$$eval('svg.map a.mark', (nodes) =>
      nodes.map((node) => {
        const box = node.querySelector('circle')!.getBoundingClientRect();
        return { number: node.querySelector('text')!.textContent, y: box.y, width: box.width };
      }));
    expect(marks.map((mark) => mark.number)).toEqual(['1', '2']);
    expect(marks.every((mark) => mark.width > 10)).toBe(true);
    // Finding 1 protrudes at northing 4618699.9 (south side), finding 2 at 4618740.15 (north side): 2 is drawn higher.
    expect(marks[1]!.y).toBeLessThan(marks[0]!.y);
    expect(await page.$$eval('svg.map .problem path', (nodes) => nodes.length)).toBe(2);
    expect(await page.$$eval('svg.map .layer-building', (nodes) => nodes.length)).toBeGreaterThan(0);
    expect(await page.textContent('svg.map .scale-bar')).toMatch(/^0\d+ m$/);
    expect(await page.textContent('svg.map .north-arrow')).toBe('N');
    await page.close();
  }, 30_000);

  it('a click on a table row targets its mark, and a click on the mark targets the row', async () => {
    const { page } = await open(report.file);
    await page.click('tr#s0-f2 td:nth-child(3)');
    expect(await page.evaluate(() => location.hash)).toBe('#s0-m2');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('s0-m2');
    await page.click('svg.map a#s0-m1');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('s0-f1');
    await page.close();
  }, 30_000);

  it('renders to a screenshot (saved under the temp dir; UPDATE_REPORT_EXAMPLE=1 also writes docs/report-example.png)', async () => {
    const { page } = await open(report.file);
    const path = join(screenshots, 'building-out-on-two-sides.png');
    await page.screenshot({ path, fullPage: true });
    const png = readFileSync(path);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // The PNG's height (IHDR) shows the whole page was laid out: verdict, map, table, photos.
    expect(png.readUInt32BE(20)).toBeGreaterThan(900);
    if (process.env.UPDATE_REPORT_EXAMPLE === '1') writeFileSync(join(REPO, 'docs/report-example.png'), png);
    await page.close();
  }, 30_000);
});

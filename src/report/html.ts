// The HTML report: one self-contained file (no network) for a surveyor or a clerk — verdict, map, findings, photos.
import type { RunResult } from '../engine/run.js';
import type { Finding, Severity } from '../model.js';
import { captureFactsOf } from '../photos/capture.js';
import { localReference } from '../engine/reference.js';
import { dataText } from '../i18n/data-words.js';
import { labelsOf, type Labels, type Lang } from '../i18n/index.js';
import { escapeHtml } from './escape.js';
import { countBySeverity, type ToolInfo } from './json.js';
import { fixLine } from './text.js';
import { drawableLayers, markPosition, renderMap, type MapMark } from './svg-map.js';

export interface HtmlSubmission {
  run: RunResult;
  surveyDate: string | null;
  /** data: URIs of the photos' EXIF thumbnails keyed by photo file, null where a photo has none (the CLI reads them). */
  thumbnails: Map<string, string | null>;
}

export interface HtmlOptions {
  tool: ToolInfo;
  /** Which severities to list (--quiet: errors; --verbose: infos too); the verdict always counts all. */
  show: Severity[];
  /** Each rule's "how to fix" line from its doc page (the CLI reads them): shown under every finding. */
  fixes?: ReadonlyMap<string, string | null>;
}

/** Inline only: the policy forbids every fetch, so the page cannot reach the network even if a value slipped through. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'";

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans Georgian",sans-serif;margin:0;color:#1f2328;background:#f6f8fa}
main{max-width:1000px;margin:0 auto;padding:16px 20px 40px}
h1{font-size:20px;margin:8px 0}h2{font-size:17px;margin:24px 0 8px}h3{font-size:15px;margin:16px 0 6px}
.verdict{display:flex;align-items:center;gap:16px;padding:12px 16px;border-radius:8px;color:#fff;margin:8px 0}
.verdict.pass{background:#1a7f37}.verdict.fail{background:#cf222e}.verdict strong{font-size:22px;letter-spacing:.04em}
.facts{color:#57606a;margin:4px 0}.facts span+span::before{content:" · "}
.map{display:block;max-width:100%;height:auto;border:1px solid #d0d7de;border-radius:6px;background:#fff}
.map-background{fill:#fff}
.layer-parcel{fill:#f4ecd6;stroke:#3b3b3b;stroke-width:2}
.layer-obligation{fill:rgba(217,119,6,.12);stroke:#b45309;stroke-width:1.5;stroke-dasharray:6 4}
.layer-building{fill:#c8ccd1;stroke:#4b5563;stroke-width:1.2}
.layer-linear,.layer-sides{fill:none;stroke:#2563eb;stroke-width:1.6}
.layer-points,.layer-markers{fill:#047857;stroke:#fff;stroke-width:1}
.layer-other{fill:none;stroke:#8c959f;stroke-width:1;stroke-dasharray:2 3}
.problem .problem-shape{stroke-width:1.5}
.problem.error .problem-shape{fill:rgba(207,34,46,.45);stroke:#cf222e}
.problem.warning .problem-shape{fill:rgba(191,135,0,.45);stroke:#bf8700}
.problem.info .problem-shape{fill:rgba(9,105,218,.35);stroke:#0969da}
.mark circle{stroke:#fff;stroke-width:2}.mark text{fill:#fff;font:bold 11px system-ui,sans-serif;text-anchor:middle;dominant-baseline:central;pointer-events:none}
.mark.error circle{fill:#cf222e}.mark.warning circle{fill:#9a6700}.mark.info circle{fill:#0969da}
.mark:target circle,.mark:hover circle{stroke:#111;stroke-width:3}.mark-leader{stroke:#57606a;stroke-width:1}
.scale-bar text,.north-arrow text{font:12px system-ui,sans-serif;fill:#1f2328;text-anchor:middle}
.bar-dark{fill:#1f2328}.bar-light{fill:#fff;stroke:#1f2328}.north-arrow path{fill:#1f2328}
.legend{display:flex;flex-wrap:wrap;gap:4px 16px;margin:6px 0;color:#57606a;font-size:13px}.legend svg{vertical-align:middle;margin-right:4px}
table{border-collapse:collapse;width:100%;background:#fff;border:1px solid #d0d7de}
th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid #eaeef2}th{background:#f6f8fa;font-weight:600}
tr[data-mark]{cursor:pointer}tr[data-mark]:hover{background:#f6f8fa}tr:target{background:#fff8c5}
.sev{font-weight:600;text-transform:uppercase;font-size:12px}.sev.error{color:#cf222e}.sev.warning{color:#9a6700}.sev.info{color:#0969da}
.num a,.num span{display:inline-block;min-width:20px;text-align:center;border-radius:10px;color:#fff;font-weight:700;text-decoration:none;font-size:12px;padding:1px 4px}
.num .error{background:#cf222e}.num .warning{background:#9a6700}.num .info{background:#0969da}
code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace}.dim{color:#57606a}
.photos{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:12px}
.photos figure{margin:0;background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:8px}
.photos img,.photos .placeholder{display:block;width:100%;height:120px;object-fit:contain;background:#eaeef2}
.photos figcaption{font-size:12px;margin-top:6px}.photos figcaption code{word-break:break-all}
footer{color:#57606a;font-size:12px;margin-top:32px}.fix{color:#57606a;font-size:13px}
`;

/** Rows are clickable as a whole; the number cell is a plain link so it works without scripts too. */
const SCRIPT = `
for (const row of document.querySelectorAll('tr[data-mark]')) {
  row.addEventListener('click', (event) => {
    if (event.target.closest('a')) return;
    location.hash = row.dataset.mark;
  });
}
`;

function featureText(finding: Finding, lang: Lang | undefined): string {
  if (finding.featureIndex === null) return '';
  return `#${finding.featureIndex}${finding.featureId ? ` (${dataText(finding.featureId, lang)})` : ''}`;
}

/** A geometry type in the report's language (GeoJSON's names in English). */
function geometryTypeName(type: string, labels: Labels): string {
  return (labels.geometryTypes as Record<string, string>)[type] ?? type;
}

function measuredCell(finding: Finding, labels: Labels, lang: Lang | undefined): string {
  if (finding.measured === null) return '';
  const unit = finding.unit ? ` ${dataText(finding.unit, lang)}` : '';
  return finding.limit === null ? `${finding.measured}${unit}` : `${finding.measured}${unit}<br><span class="dim">${escapeHtml(labels.limit)} ${finding.limit}${unit}</span>`;
}

function legend(labels: Labels): string {
  const swatch = (className: string, shape: 'area' | 'line' | 'point'): string =>
    `<svg width="22" height="14" aria-hidden="true">${shape === 'area' ? `<rect class="${className}" x="2" y="2" width="18" height="10"/>` : shape === 'line' ? `<path class="${className}" d="M2 7H20"/>` : `<circle class="${className}" cx="11" cy="7" r="4"/>`}</svg>`;
  const items: Array<[string, 'area' | 'line' | 'point', string]> = [
    ['layer-parcel', 'area', labels.legend.parcel], ['layer-building', 'area', labels.legend.building], ['layer-obligation', 'area', labels.legend.obligation],
    ['layer-linear', 'line', labels.legend.lines], ['layer-points', 'point', labels.legend.points],
  ];
  return `<div class="legend">${items.map(([className, shape, label]) => `<span>${swatch(className, shape)}${escapeHtml(label)}</span>`).join('')}` +
    `<span><svg width="22" height="14" aria-hidden="true"><g class="problem error"><rect class="problem-shape" x="2" y="2" width="18" height="10"/></g></svg>${escapeHtml(labels.legend.problemArea)}</span></div>`;
}

function renderSubmission(item: HtmlSubmission, index: number, options: HtmlOptions): string {
  const { run, surveyDate, thumbnails } = item;
  const labels = labelsOf(run.settings.lang);
  const counts = countBySeverity(run.findings);
  const visible = run.findings.filter((finding) => options.show.includes(finding.severity));
  const prefix = `s${index}`;
  const marks: MapMark[] = visible.map((finding, i) => ({ number: i + 1, finding, markId: `${prefix}-m${i + 1}`, rowId: `${prefix}-f${i + 1}` }));
  const map = renderMap(run.submission.layers, marks, run.settings.crs, labels);
  const failedOnWarnings = run.result === 'fail' && counts.errors === 0;
  const hidden = run.findings.length - visible.length;

  const verdict =
    `<div class="verdict ${run.result}" role="status"><strong>${run.result === 'pass' ? `✔ ${escapeHtml(labels.pass)}` : `✖ ${escapeHtml(labels.fail)}`}</strong>` +
    `<span>${escapeHtml(`${labels.count(counts.errors, 'error')}, ${labels.count(counts.warnings, 'warning')}, ${labels.count(counts.infos, 'info')}${failedOnWarnings ? ` — ${labels.overMaxWarnings}` : ''}`)}</span></div>`;
  const facts =
    `<p class="facts"><span>${escapeHtml(labels.profile)} ${escapeHtml(run.settings.profileId)}</span><span>${escapeHtml(labels.surveyDate)} ${escapeHtml(surveyDate ?? labels.unknown)}</span>` +
    `<span>${escapeHtml(labels.coordinatesIn)} ${escapeHtml(run.settings.crs)}</span></p>`;

  const notDrawn = run.submission.layers.filter((layer) => !drawableLayers([layer]).length);
  const mapSection =
    `<h3>${escapeHtml(labels.map)}</h3>${map ?? `<p class="dim">${escapeHtml(labels.nothingToDraw)}</p>`}${map ? legend(labels) : ''}` +
    (notDrawn.length ? `<p class="dim">${escapeHtml(labels.notDrawn)} ${notDrawn.map((layer) => `<code>${escapeHtml(layer.file)}</code>`).join(', ')}</p>` : '');

  const fixCell = (ruleId: string): string => {
    const fix = fixLine(ruleId, options.fixes, labels, run.settings.lang);
    return fix ? `<br><span class="fix">${escapeHtml(fix)}</span>` : '';
  };
  const rows = marks.map(({ number, finding, markId, rowId }) => {
    const onMap = map !== null && markPosition(finding) !== null;
    const numberCell = onMap ? `<a class="${finding.severity}" href="#${markId}" title="${escapeHtml(labels.showOnMap)}">${number}</a>` : `<span class="${finding.severity}" title="${escapeHtml(labels.noLocation)}">${number}</span>`;
    const where = finding.location ? `${finding.location[0]}, ${finding.location[1]}` : '';
    return (
      `<tr id="${rowId}"${onMap ? ` data-mark="${markId}"` : ''}><td class="num">${numberCell}</td><td><span class="sev ${finding.severity}">${escapeHtml(labels.severity[finding.severity])}</span></td>` +
      `<td>${escapeHtml(finding.message)}<br><code class="dim">${escapeHtml(finding.ruleId)}</code>${finding.reference ? ` <span class="dim">· ${escapeHtml(localReference(finding.reference, run.settings) ?? '')}</span>` : ''}${fixCell(finding.ruleId)}</td>` +
      `<td>${escapeHtml(finding.file ?? '')}${finding.featureIndex !== null ? `<br><span class="dim">${escapeHtml(featureText(finding, run.settings.lang))}</span>` : ''}</td>` +
      `<td>${measuredCell(finding, labels, run.settings.lang)}</td><td><code>${escapeHtml(where)}</code></td></tr>`
    );
  });
  const table = marks.length
    ? `<table class="findings"><thead><tr><th>#</th><th>${escapeHtml(labels.columns.severity)}</th><th>${escapeHtml(labels.columns.finding)}</th><th>${escapeHtml(labels.columns.file)}</th><th>${escapeHtml(labels.columns.measured)}</th><th>${escapeHtml(labels.columns.location)} (${escapeHtml(run.settings.crs)})</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    : `<p>${escapeHtml(labels.noFindings)}</p>`;
  const hiddenNote = hidden ? `<p class="dim">${escapeHtml(labels.hiddenNote(hidden, options.show.includes('warning')))}</p>` : '';

  const photos = run.submission.photos.map((photo) => {
    const facts = captureFactsOf(photo, run.settings.timeZone);
    const thumbnail = thumbnails.get(photo.file) ?? null;
    const image = thumbnail && /^data:image\/jpeg;base64,[A-Za-z0-9+/=]+$/.test(thumbnail)
      ? `<img src="${thumbnail}" alt="${escapeHtml(photo.file)}">`
      : `<svg class="placeholder" viewBox="0 0 160 120" role="img" aria-label="${escapeHtml(labels.noThumbnail)}"><rect width="160" height="120" fill="#eaeef2"/><text x="80" y="64" text-anchor="middle" font-size="12" fill="#57606a">${escapeHtml(labels.noThumbnail)}</text></svg>`;
    const taken = facts.captureDateTime ? `${facts.captureDateTime.replace('T', ' ')}${facts.captureOffset ? ` ${facts.captureOffset}` : ''}` : labels.noCaptureDate;
    return `<figure>${image}<figcaption><code>${escapeHtml(photo.file)}</code><br>${escapeHtml(taken)}</figcaption></figure>`;
  });
  const photoSection = `<h3>${escapeHtml(labels.photos)}</h3>${photos.length ? `<div class="photos">${photos.join('')}</div>` : `<p class="dim">${escapeHtml(labels.noPhotos)}</p>`}`;

  const layerRows = run.submission.layers.map((layer) =>
    `<tr><td><code>${escapeHtml(layer.file)}</code></td><td>${escapeHtml(layer.role ? labels.roles[layer.role] : '—')}</td><td>${escapeHtml(layer.geometryType ? geometryTypeName(layer.geometryType, labels) : '—')}</td><td>${layer.features.length}</td><td>${escapeHtml(layer.crs.code ?? layer.crs.definition ?? labels.unknown)}</td></tr>`);
  const layerSection = layerRows.length
    ? `<h3>${escapeHtml(labels.layers)}</h3><table class="layers"><thead><tr><th>${escapeHtml(labels.columns.file)}</th><th>${escapeHtml(labels.columns.role)}</th><th>${escapeHtml(labels.columns.geometry)}</th><th>${escapeHtml(labels.columns.features)}</th><th>${escapeHtml(labels.columns.crs)}</th></tr></thead><tbody>${layerRows.join('')}</tbody></table>`
    : '';

  return `<section class="submission" id="${prefix}"><h2>${escapeHtml(run.submission.path)}</h2>${verdict}${facts}${mapSection}<h3>${escapeHtml(labels.findings)}</h3>${table}${hiddenNote}${photoSection}${layerSection}</section>`;
}

export function formatHtml(items: HtmlSubmission[], options: HtmlOptions): string {
  // One language per run: the CLI sets the same settings.lang on every submission.
  const labels = labelsOf(items[0]?.run.settings.lang);
  const title = items.length === 1 ? `cadcheck: ${items[0]!.run.submission.path}` : `cadcheck: ${labels.count(items.length, 'submission')}`;
  const overall = items.some((item) => item.run.result === 'fail') ? 'fail' : 'pass';
  return (
    `<!DOCTYPE html>\n<html lang="${escapeHtml(labels.htmlLang)}"><head>` + '<meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>\n` +
    `<body data-result="${overall}"><main><h1>${escapeHtml(labels.reportTitle)}</h1>` +
    items.map((item, index) => renderSubmission(item, index, options)).join('\n') +
    `<footer>${escapeHtml(labels.footer(options.tool.name, options.tool.version))}</footer>` +
    `</main><script>${SCRIPT}</script></body></html>\n`
  );
}

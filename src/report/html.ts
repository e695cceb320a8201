// The HTML report: one self-contained file (no network) for a surveyor or a clerk — verdict, map, findings, photos.
import type { RunResult } from '../engine/run.js';
import type { RegisteredParcels } from '../engine/define-rule.js';
import type { Finding, Severity } from '../model.js';
import { captureFactsOf } from '../photos/capture.js';
import { localReference } from '../engine/reference.js';
import { dataText } from '../i18n/data-words.js';
import { labelsOf, type Labels, type Lang } from '../i18n/index.js';
import { escapeHtml } from './escape.js';
import { countBySeverity, type SubmissionInventory, type ToolInfo } from './json.js';
import { fixLine } from './text.js';
import { submissionCadastralCodes } from '../model/cadastral-code.js';
import { drawableLayers, markPosition, renderMap, type MapMark } from './svg-map.js';
import { CLUSTER_DIGIT, CLUSTER_DISTANCE, CLUSTER_RADIUS, MAX_ZOOM } from './map-legibility.js';

export interface HtmlSubmission {
  /** With the registered parcels near the survey when --registered was given (drawn under it on the map). */
  run: RunResult & { registered?: RegisteredParcels | null; inventory?: SubmissionInventory };
  /** The submission's name for the title: the folder's (or archive's) own name, not the path as typed ("." for `check .`). */
  name?: string;
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
.layer-parcel{fill:#f4ecd6;stroke:#3b3b3b;stroke-width:var(--parcel-stroke,2px)}
.layer-obligation{fill:rgba(217,119,6,.12);stroke:#b45309;stroke-width:1.5;stroke-dasharray:6 4}
.layer-building{fill:#c8ccd1;stroke:#4b5563;stroke-width:1.2}
.layer-linear,.layer-sides{fill:none;stroke:#2563eb;stroke-width:1.6}
.layer-points,.layer-markers{fill:#047857;stroke:#fff;stroke-width:1}
.layer-registered{fill:#eef1f4;stroke:#8c959f;stroke-width:1;stroke-dasharray:4 3}
.label text{font:11px system-ui,sans-serif;text-anchor:middle;dominant-baseline:central;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round;pointer-events:none}
.label-parcel text{fill:#3b3b3b;font-weight:600}.label-building text{fill:#1f2328;font-size:10px}.label-registered text{fill:#57606a;font-style:italic}
.map-view path,.map-view circle,.map-view line{vector-effect:non-scaling-stroke}
.cluster circle{stroke:#fff;stroke-width:2}.cluster text{fill:#fff;font:bold 12px system-ui,sans-serif;text-anchor:middle;dominant-baseline:central;pointer-events:none}
.cluster.error circle{fill:#82071e}.cluster.warning circle{fill:#7d4e00}.cluster.info circle{fill:#0550ae}
.mark.in-cluster:not(:target),.label.off{display:none}
.map.zoomable{cursor:grab;touch-action:none}.map.dragging{cursor:grabbing}
.map-tools{display:flex;align-items:center;gap:6px;margin:4px 0;color:#57606a;font-size:12px}.map-tools button{font:inherit;font-size:14px;min-width:28px;padding:2px 8px;border:1px solid #d0d7de;border-radius:6px;background:#fff;cursor:pointer}
.photos figure.has-finding{border-color:#cf222e;box-shadow:0 0 0 1px #cf222e}.photo-findings{margin:4px 0 0;font-size:12px}.photo-findings a{color:#cf222e;font-weight:600}
.header-facts{margin:4px 0 8px;color:#1f2328}.header-facts span+span::before{content:" · ";color:#57606a}
.layer-other{fill:none;stroke:#8c959f;stroke-width:1;stroke-dasharray:2 3}
.problem .problem-shape{stroke-width:1.5}
.problem.error .problem-shape{fill:rgba(207,34,46,.45);stroke:#cf222e}
.problem.warning .problem-shape{fill:rgba(191,135,0,.45);stroke:#bf8700}
.problem.info .problem-shape{fill:rgba(9,105,218,.35);stroke:#0969da}
.mark circle{stroke:#fff;stroke-width:2}.mark text{fill:#fff;font:bold 11px system-ui,sans-serif;text-anchor:middle;dominant-baseline:central;pointer-events:none}
.mark.error circle{fill:#cf222e}.mark.warning circle{fill:#9a6700}.mark.info circle{fill:#0969da}
.mark:target circle,.mark:hover circle{stroke:#111;stroke-width:3}.mark-leader{stroke:#57606a;stroke-width:1}
.scale-bar text,.north-arrow text{font:12px system-ui,sans-serif;fill:#1f2328;text-anchor:middle}
.map-furniture{fill:#fff;fill-opacity:.85}.bar-dark{fill:#1f2328}.bar-light{fill:#fff;stroke:#1f2328}.north-arrow path{fill:#1f2328}
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
// Zoom and pan (mouse wheel, drag, buttons) by the nested drawing's viewBox; at every zoom the marks regrouped, the
// labels that fit shown, the parcel outlines sized.
const DISTANCE = ${CLUSTER_DISTANCE};
const CLUSTER_RADIUS = ${CLUSTER_RADIUS};
const CLUSTER_ROOM = ${2 * CLUSTER_RADIUS - 4};
const CLUSTER_DIGIT = ${CLUSTER_DIGIT};
const MAX_ZOOM = ${MAX_ZOOM};
const RANK = { error: 0, warning: 1, info: 2 };
const nice = (value) => { const power = 10 ** Math.floor(Math.log10(value)); const lead = value / power; return (lead >= 5 ? 5 : lead >= 2 ? 2 : 1) * power; };
for (const wrap of document.querySelectorAll('.map-wrap')) {
  const svg = wrap.querySelector('svg.map');
  const view = svg && svg.querySelector('svg.map-view');
  if (!view) continue;
  const W = view.viewBox.baseVal.width;
  const H = view.viewBox.baseVal.height;
  const scale = Number(svg.getAttribute('data-scale'));
  const marks = [...view.querySelectorAll('a.mark')];
  const parcelSize = Number(view.dataset.parcelSize || 0);
  const labels = [...view.querySelectorAll('g.label')].map((element) => ({ element, x: Number(element.dataset.x), y: Number(element.dataset.y), minZoom: Number(element.dataset.minZoom || 1) }));
  const clusters = view.querySelector('g.clusters');
  const box = { x: 0, y: 0, w: W, h: H };
  const tools = wrap.querySelector('.map-tools');
  if (tools) tools.hidden = false;
  svg.classList.add('zoomable');
  // As clusterMarks in map-legibility.ts: in number order, each mark joins the nearest group whose first mark is within
  // DISTANCE screen pixels, else starts one; a group of several is one cluster, drawn at its first mark.
  const regroup = (zoom) => {
    const distance = DISTANCE / zoom;
    const grid = new Map();
    const groups = [];
    for (const mark of marks) {
      const x = Number(mark.dataset.x);
      const y = Number(mark.dataset.y);
      const cx = Math.floor(x / distance);
      const cy = Math.floor(y / distance);
      let nearest = null;
      let best = distance * distance;
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const group of grid.get((cx + dx) + ',' + (cy + dy)) || []) {
            const d = (group.x - x) ** 2 + (group.y - y) ** 2;
            if (d <= best) { nearest = group; best = d; }
          }
        }
      }
      if (nearest) { nearest.members.push(mark); continue; }
      const group = { x, y, members: [mark] };
      groups.push(group);
      const key = cx + ',' + cy;
      if (!grid.has(key)) grid.set(key, []);
      grid.get(key).push(group);
    }
    const parts = [];
    for (const { x, y, members } of groups) {
      const many = members.length > 1;
      for (const mark of members) mark.classList.toggle('in-cluster', many);
      if (!many) continue;
      const worst = members.map((mark) => mark.classList[1]).sort((a, b) => RANK[a] - RANK[b])[0];
      const SVG_NS = svg.namespaceURI;
      const group = document.createElementNS(SVG_NS, 'a');
      group.setAttribute('class', 'cluster ' + worst + ' zs');
      group.setAttribute('href', members[0].getAttribute('href'));
      group.setAttribute('data-count', String(members.length));
      group.dataset.x = String(x);
      group.dataset.y = String(y);
      const title = document.createElementNS(SVG_NS, 'title');
      title.textContent = members.map((mark) => mark.dataset.number).join(', ');
      const circle = document.createElementNS(SVG_NS, 'circle');
      circle.setAttribute('r', String(CLUSTER_RADIUS));
      const text = document.createElementNS(SVG_NS, 'text');
      text.textContent = String(members.length);
      if (text.textContent.length * CLUSTER_DIGIT > CLUSTER_ROOM) { text.setAttribute('textLength', String(CLUSTER_ROOM)); text.setAttribute('lengthAdjust', 'spacingAndGlyphs'); }
      group.append(title, circle, text);
      group.addEventListener('click', (event) => { event.preventDefault(); zoomAt(x, y, 2); });
      parts.push(group);
    }
    clusters.replaceChildren(...parts);
  };
  const apply = () => {
    view.setAttribute('viewBox', box.x + ' ' + box.y + ' ' + box.w + ' ' + box.h);
    const zoom = W / box.w;
    regroup(zoom);
    // As parcelStroke in map-legibility.ts: a tenth of the typical parcel's size on screen, 0.5 to 2 px.
    if (parcelSize > 0) view.style.setProperty('--parcel-stroke', Math.round(Math.min(2, Math.max(0.5, (parcelSize * zoom) / 10)) * 100) / 100 + 'px');
    for (const element of view.querySelectorAll('.cluster, a.mark')) {
      const target = element.querySelector(':scope > .mark-body') || element;
      target.setAttribute('transform', 'translate(' + element.dataset.x + ' ' + element.dataset.y + ') scale(' + 1 / zoom + ')');
    }
    // A label is drawn when it fits in its feature at this zoom and stands in view (or in a margin around it): never
    // more labels than the screen holds, and only those are moved.
    const margin = 0.1 * box.w;
    for (const label of labels) {
      const shown = zoom >= label.minZoom && label.x >= box.x - margin && label.x <= box.x + box.w + margin && label.y >= box.y - margin && label.y <= box.y + box.h + margin;
      if (shown === label.element.classList.contains('off')) label.element.classList.toggle('off', !shown);
      if (shown) label.element.setAttribute('transform', 'translate(' + label.x + ' ' + label.y + ') scale(' + 1 / zoom + ')');
    }
    const bar = svg.querySelector('.scale-bar');
    if (bar && scale > 0) {
      const metres = nice(160 / (scale * zoom));
      const pixels = metres * scale * zoom;
      const [dark, light] = bar.querySelectorAll('rect');
      const x0 = Number(dark.getAttribute('x'));
      dark.setAttribute('width', String(pixels / 2));
      light.setAttribute('x', String(x0 + pixels / 2));
      light.setAttribute('width', String(pixels / 2));
      const end = bar.querySelector('.bar-end');
      end.setAttribute('x', String(x0 + pixels));
      end.textContent = metres + ' m';
    }
  };
  const clamp = () => {
    box.x = Math.min(Math.max(box.x, 0), W - box.w);
    box.y = Math.min(Math.max(box.y, 0), H - box.h);
  };
  const zoomAt = (px, py, factor) => {
    const w = Math.min(W, Math.max(W / MAX_ZOOM, box.w / factor));
    const k = w / box.w;
    box.x = px - (px - box.x) * k;
    box.y = py - (py - box.y) * k;
    box.w = w;
    box.h = (H * w) / W;
    clamp();
    apply();
  };
  const toView = (event) => {
    const rect = svg.getBoundingClientRect();
    return { x: box.x + ((event.clientX - rect.left) / rect.width) * box.w, y: box.y + ((event.clientY - rect.top) / rect.height) * box.h };
  };
  svg.addEventListener('wheel', (event) => {
    event.preventDefault();
    const at = toView(event);
    zoomAt(at.x, at.y, event.deltaY < 0 ? 1.25 : 0.8);
  }, { passive: false });
  let drag = null;
  let moved = false;
  svg.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    drag = { x: event.clientX, y: event.clientY, box: { ...box }, id: event.pointerId };
    moved = false;
  });
  svg.addEventListener('pointermove', (event) => {
    if (!drag) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!moved && Math.hypot(dx, dy) < 4) return;
    if (!moved) { moved = true; svg.setPointerCapture(drag.id); svg.classList.add('dragging'); }
    const rect = svg.getBoundingClientRect();
    box.x = drag.box.x - (dx / rect.width) * box.w;
    box.y = drag.box.y - (dy / rect.height) * box.h;
    clamp();
    apply();
  });
  const end = () => { drag = null; svg.classList.remove('dragging'); };
  svg.addEventListener('pointerup', end);
  svg.addEventListener('pointercancel', end);
  svg.addEventListener('click', (event) => { if (moved) { event.preventDefault(); event.stopPropagation(); moved = false; } }, true);
  if (tools) {
    for (const button of tools.querySelectorAll('button[data-zoom]')) {
      button.addEventListener('click', () => {
        const how = button.dataset.zoom;
        if (how === 'reset') { box.x = 0; box.y = 0; box.w = W; box.h = H; apply(); }
        else zoomAt(box.x + box.w / 2, box.y + box.h / 2, how === 'in' ? 2 : 0.5);
      });
    }
  }
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

function legend(labels: Labels, registered: boolean): string {
  const swatch = (className: string, shape: 'area' | 'line' | 'point'): string =>
    `<svg width="22" height="14" aria-hidden="true">${shape === 'area' ? `<rect class="${className}" x="2" y="2" width="18" height="10"/>` : shape === 'line' ? `<path class="${className}" d="M2 7H20"/>` : `<circle class="${className}" cx="11" cy="7" r="4"/>`}</svg>`;
  const items: Array<[string, 'area' | 'line' | 'point', string]> = [
    ['layer-parcel', 'area', labels.legend.parcel], ['layer-building', 'area', labels.legend.building], ['layer-obligation', 'area', labels.legend.obligation],
    ['layer-linear', 'line', labels.legend.lines], ['layer-points', 'point', labels.legend.points],
    ...(registered ? [['layer-registered', 'area', labels.legend.registered] as [string, 'area', string]] : []),
  ];
  return `<div class="legend">${items.map(([className, shape, label]) => `<span>${swatch(className, shape)}${escapeHtml(label)}</span>`).join('')}` +
    `<span><svg width="22" height="14" aria-hidden="true"><g class="problem error"><rect class="problem-shape" x="2" y="2" width="18" height="10"/></g></svg>${escapeHtml(labels.legend.problemArea)}</span></div>`;
}

/** A manifest value as header text: a string, a number, or an object's name (the applicant is { name, id }). */
function manifestText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const { name, id } = value as Record<string, unknown>;
    const parts = [manifestText(name), manifestText(id)].filter((part): part is string => part !== null);
    return parts.length ? parts.join(', ') : null;
  }
  return null;
}

/** The cadastral code the header names: the manifest's, else (up to three of) the parcels' codes. */
function cadastralCodeOf(run: RunResult): string | null {
  const codes = submissionCadastralCodes(run.submission, run.settings.fields.parcel.cad_code);
  return codes.length ? codes.slice(0, 3).join(', ') + (codes.length > 3 ? ' …' : '') : null;
}

function headerFacts(run: RunResult, labels: Labels): string {
  const manifest = run.submission.manifest.data;
  const facts: Array<[string, string | null]> = [
    [labels.applicant, manifestText(manifest?.applicant)],
    [labels.address, manifestText(manifest?.address)],
    [labels.cadastralCode, cadastralCodeOf(run)],
  ];
  const shown = facts.filter((fact): fact is [string, string] => fact[1] !== null);
  return shown.length ? `<p class="header-facts">${shown.map(([label, value]) => `<span>${escapeHtml(label)}: <strong>${escapeHtml(value)}</strong></span>`).join('')}</p>` : '';
}

/** The zoom buttons: hidden until the page's script runs (without it the whole drawing is shown, as it is). */
function mapTools(labels: Labels): string {
  const button = (how: string, text: string, title: string): string => `<button type="button" data-zoom="${how}" title="${escapeHtml(title)}" aria-label="${escapeHtml(title)}">${text}</button>`;
  return `<div class="map-tools" hidden>${button('in', '+', labels.zoom.zoomIn)}${button('out', '−', labels.zoom.zoomOut)}${button('reset', '⤢', labels.zoom.reset)}<span>${escapeHtml(labels.zoom.hint)}</span></div>`;
}

function renderSubmission(item: HtmlSubmission, index: number, options: HtmlOptions): string {
  const { run, surveyDate, thumbnails } = item;
  const labels = labelsOf(run.settings.lang);
  const counts = countBySeverity(run.findings);
  const visible = run.findings.filter((finding) => options.show.includes(finding.severity));
  const prefix = `s${index}`;
  const marks: MapMark[] = visible.map((finding, i) => ({ number: i + 1, finding, markId: `${prefix}-m${i + 1}`, rowId: `${prefix}-f${i + 1}` }));
  const map = renderMap(run.submission.layers, marks, run.settings.crs, labels, { registered: run.registered?.features ?? null, cadCodeAliases: run.settings.fields.parcel.cad_code });
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
    `<h3>${escapeHtml(labels.map)}</h3>${map ? `<div class="map-wrap">${mapTools(labels)}${map}</div>` : `<p class="dim">${escapeHtml(labels.nothingToDraw)}</p>`}${map ? legend(labels, Boolean(run.registered?.features.length)) : ''}` +
    (notDrawn.length ? `<p class="dim">${escapeHtml(labels.notDrawn)} ${notDrawn.map((layer) => `<code>${escapeHtml(layer.file)}</code>`).join(', ')}</p>` : '');

  const fixCell = (ruleId: string): string => {
    const fix = fixLine(ruleId, options.fixes, labels);
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

  const photoMarks = new Map<string, MapMark[]>();
  for (const mark of marks) {
    if (mark.finding.file === null) continue;
    photoMarks.set(mark.finding.file, [...(photoMarks.get(mark.finding.file) ?? []), mark]);
  }
  const photos = run.submission.photos.map((photo) => {
    const facts = captureFactsOf(photo, run.settings.timeZone);
    const thumbnail = thumbnails.get(photo.file) ?? null;
    const image = thumbnail && /^data:image\/jpeg;base64,[A-Za-z0-9+/=]+$/.test(thumbnail)
      ? `<img src="${thumbnail}" alt="${escapeHtml(photo.file)}">`
      : `<svg class="placeholder" viewBox="0 0 160 120" role="img" aria-label="${escapeHtml(labels.noThumbnail)}"><rect width="160" height="120" fill="#eaeef2"/><text x="80" y="64" text-anchor="middle" font-size="12" fill="#57606a">${escapeHtml(labels.noThumbnail)}</text></svg>`;
    const taken = facts.captureDateTime ? `${facts.captureDateTime.replace('T', ' ')}${facts.captureOffset ? ` ${facts.captureOffset}` : ''}` : labels.noCaptureDate;
    const named = photoMarks.get(photo.file) ?? [];
    const links = named.map(({ number, finding, rowId }) => `<a class="${finding.severity}" href="#${rowId}">${number}</a>`).join(', ');
    const flagged = named.length ? `<p class="photo-findings">⚠ ${escapeHtml(labels.photoFindings('\u0000')).replace('\u0000', links)}</p>` : '';
    return `<figure${named.length ? ' class="has-finding"' : ''}>${image}<figcaption><code>${escapeHtml(photo.file)}</code><br>${escapeHtml(taken)}</figcaption>${flagged}</figure>`;
  });
  const photoSection = `<h3>${escapeHtml(labels.photos)}</h3>${photos.length ? `<div class="photos">${photos.join('')}</div>` : `<p class="dim">${escapeHtml(labels.noPhotos)}</p>`}`;

  // A merged run carries the layers' outline without their parcels: its inventory counts them.
  const featureCounts = run.inventory?.layers.map((layer) => layer.featureCount);
  const layerRows = run.submission.layers.map((layer, i) =>
    `<tr><td><code>${escapeHtml(layer.file)}</code></td><td>${escapeHtml(layer.role ? labels.roles[layer.role] : '—')}</td><td>${escapeHtml(layer.geometryType ? geometryTypeName(layer.geometryType, labels) : '—')}</td><td>${featureCounts?.[i] ?? layer.features.length}</td><td>${escapeHtml(layer.crs.code ?? layer.crs.definition ?? labels.unknown)}</td></tr>`);
  const layerSection = layerRows.length
    ? `<h3>${escapeHtml(labels.layers)}</h3><table class="layers"><thead><tr><th>${escapeHtml(labels.columns.file)}</th><th>${escapeHtml(labels.columns.role)}</th><th>${escapeHtml(labels.columns.geometry)}</th><th>${escapeHtml(labels.columns.features)}</th><th>${escapeHtml(labels.columns.crs)}</th></tr></thead><tbody>${layerRows.join('')}</tbody></table>`
    : '';

  const name = item.name ?? run.submission.path;
  const heading = `<h2>${escapeHtml(name)}${name !== run.submission.path ? ` <span class="dim">${escapeHtml(run.submission.path)}</span>` : ''}</h2>`;
  return `<section class="submission" id="${prefix}">${heading}${headerFacts(run, labels)}${verdict}${facts}${mapSection}<h3>${escapeHtml(labels.findings)}</h3>${table}${hiddenNote}${photoSection}${layerSection}</section>`;
}

export function formatHtml(items: HtmlSubmission[], options: HtmlOptions): string {
  // One language per run: the CLI sets the same settings.lang on every submission.
  const labels = labelsOf(items[0]?.run.settings.lang);
  const only = items.length === 1 ? items[0]! : null;
  const title = only ? `${only.name ?? only.run.submission.path} — cadcheck` : `cadcheck: ${labels.count(items.length, 'submission')}`;
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

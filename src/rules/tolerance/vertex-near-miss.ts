// tolerance/vertex-near-miss: a parcel vertex either meets a neighbour's vertex or edge, or stays clear of it by the accuracy (Art. 2(2)).
import Flatbush from 'flatbush';
import { defineRule } from '../../engine/define-rule.js';
import { BoxIndex } from '../../geom/spatial-index.js';
import { withoutExtraCopies } from '../../geom/copies.js';
import type { Position } from '../../model.js';
import { pathsOf } from '../../geom/paths.js';
import { footOnSegment } from '../../geom/segments.js';
import { roundToMillimetre } from '../../geom/regions.js';
import { registeredName, registeredNeighbours, surveyedParcels, type ParcelShape } from '../registered.js';

interface Nearest {
  distance: number;
  point: Position;
}

/** Near misses found per parcel before its other vertices are left: a real layer has a few, a layer drawn over itself thousands. */
const MAX_NEAR_MISSES = 50;

function distance(a: Position, b: Position): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

/** South before north, then west before east: an order of points that depends on the land only. */
function landBefore(a: Position, b: Position): boolean {
  return a[1] < b[1] || (a[1] === b[1] && a[0] < b[0]);
}

/** The parcel's corner points (each ring's closing point only once). */
function verticesOf(rings: Position[][]): Position[] {
  return rings.flatMap((ring) => ring.slice(0, -1));
}

function nearestVertex(point: Position, vertices: readonly Position[]): Nearest | null {
  let best = -1;
  let bestDistance = Infinity;
  for (let k = 0; k < vertices.length; k++) {
    const d = distance(point, vertices[k]!);
    // Ties go to the lower corner (then the western), not the first written: the ring's start vertex must not matter.
    if (best === -1 || d < bestDistance || (d === bestDistance && landBefore(vertices[k]!, vertices[best]!))) [best, bestDistance] = [k, d];
  }
  return best === -1 ? null : { distance: bestDistance, point: vertices[best]! };
}

function nearestOnEdge(point: Position, rings: readonly Position[][]): Nearest | null {
  let best: Nearest | null = null;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const [a, b] = [ring[i - 1]!, ring[i]!];
      const foot: Position = footOnSegment(point[0], point[1], a[0], a[1], b[0], b[1]);
      const d = distance(point, foot);
      if (!best || d < best.distance || (d === best.distance && landBefore(foot, best.point))) best = { distance: d, point: foot };
    }
  }
  return best;
}

/**
 * Squared distances beyond this factor of the best (or the limit's) cannot tie it once measured exactly: `Math.hypot` and
 * the sum of squares differ by a few units in the last place, far less. The sum of squares only rules points out; every
 * point it keeps is measured and compared as above, so the nearest point, its distance and the tie-break are unchanged.
 */
const SQUARED_SLACK = 1 + 1e-9;
/** Below this a sum of squares may have underflowed: such a point is never ruled out. */
const SQUARED_FLOOR = 1e-300;

/** An edge: its two end points. */
type Edge = readonly [Position, Position];

/** Every ring's edges in turn. */
function edgesOf(rings: readonly Position[][]): Edge[] {
  const edges: Edge[] = [];
  for (const ring of rings) for (let i = 1; i < ring.length; i++) edges.push([ring[i - 1]!, ring[i]!]);
  return edges;
}

/** Parcels with more corners than this are indexed (cornersAndEdgesInReach): a vertex near them scans only what is within reach. */
const INDEXED_CORNERS = 24;

/**
 * For a parcel's corners and edges, the ones whose boxes come within `reach` of a point, each list in their order. Those
 * left out are farther than `reach` from the point, so cornerWithin and edgeWithin would pass over them anyway: given only
 * the rest, in the same order, they find the same nearest point and tie-break the same way.
 */
function cornersAndEdgesInReach(vertices: readonly Position[], edges: readonly Edge[]): (point: Position, reach: number) => { corners: number[]; edges: number[] } {
  const corners = new Flatbush(Math.max(1, vertices.length));
  for (const [x, y] of vertices) corners.add(x, y, x, y);
  if (vertices.length === 0) corners.add(0, 0, 0, 0);
  corners.finish();
  const sides = new Flatbush(Math.max(1, edges.length));
  for (const [a, b] of edges) sides.add(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
  if (edges.length === 0) sides.add(0, 0, 0, 0);
  sides.finish();
  const byNumber = (p: number, q: number): number => p - q;
  return ([x, y], reach) => ({
    corners: vertices.length === 0 ? [] : corners.search(x - reach, y - reach, x + reach, y + reach).sort(byNumber),
    edges: edges.length === 0 ? [] : sides.search(x - reach, y - reach, x + reach, y + reach).sort(byNumber),
  });
}

/** Are all the parcel's coordinates finite and small enough that their differences square without overflow? */
function plainCoordinates(rings: readonly Position[][]): boolean {
  for (const ring of rings) for (const p of ring) if (!(Math.abs(p[0]) < 1e150 && Math.abs(p[1]) < 1e150)) return false;
  return true;
}

/**
 * The corner `nearestVertex` finds, when it lies within `limit` and at or beyond `coincident`; 'meets' when some corner is
 * closer than `coincident`; 'clear' when no corner is nearer than `limit` (or there are none). Plain coordinates only.
 */
function cornerWithin(point: Position, vertices: readonly Position[], coincident: number, limit: number, only?: readonly number[]): Nearest | 'meets' | 'clear' {
  const [px, py] = [point[0], point[1]];
  let best = -1;
  let bestDistance = Infinity;
  let bound = Math.max(limit, coincident) ** 2 * SQUARED_SLACK + SQUARED_FLOOR;
  const count = only ? only.length : vertices.length;
  for (let n = 0; n < count; n++) {
    const k = only ? only[n]! : n;
    const v = vertices[k]!;
    const [dx, dy] = [px - v[0], py - v[1]];
    if (dx * dx + dy * dy > bound) continue;
    const d = Math.hypot(dx, dy);
    if (d < coincident) return 'meets';
    if (best === -1 || d < bestDistance || (d === bestDistance && landBefore(v, vertices[best]!))) {
      [best, bestDistance] = [k, d];
      bound = Math.min(bound, (dx * dx + dy * dy) * SQUARED_SLACK + SQUARED_FLOOR);
    }
  }
  return best === -1 || !(bestDistance < limit) ? 'clear' : { distance: bestDistance, point: vertices[best]! };
}

/** The foot `nearestOnEdge` finds, when it lies within `limit` and at or beyond `coincident`, else null. Plain coordinates only. */
function edgeWithin(point: Position, edges: readonly Edge[], coincident: number, limit: number, only?: readonly number[]): Nearest | null {
  const [px, py] = [point[0], point[1]];
  let best: Nearest | null = null;
  let bound = Math.max(limit, coincident) ** 2 * SQUARED_SLACK + SQUARED_FLOOR;
  const count = only ? only.length : edges.length;
  for (let n = 0; n < count; n++) {
    const [a, b] = edges[only ? only[n]! : n]!;
    const [fx, fy] = footOnSegment(px, py, a[0], a[1], b[0], b[1]);
    const [ex, ey] = [px - fx, py - fy];
    if (ex * ex + ey * ey > bound) continue;
    const d = Math.hypot(ex, ey);
    if (d < coincident) return null; // the nearest foot is closer still: the vertex is on the edge
    if (!best || d < best.distance || (d === best.distance && landBefore([fx, fy], best.point))) {
      best = { distance: d, point: [fx, fy] };
      bound = Math.min(bound, (ex * ex + ey * ey) * SQUARED_SLACK + SQUARED_FLOOR);
    }
  }
  return best && best.distance < limit ? best : null;
}

export default defineRule({
  id: 'tolerance/vertex-near-miss',
  meta: {
    severity: 'warning',
    basis: 'Art. 2(2)',
    measures: ['parcel'],
    description: 'A parcel vertex is not closer than {accuracy} m to another parcel\'s vertex or edge (surveyed or registered) without meeting it',
    messages: {
      nearVertex: 'Vertex {distance} m from a vertex of {other} (closer than {limit} m but not coincident): snap them together',
      nearEdge: 'Vertex {distance} m from an edge of {other} (closer than {limit} m but not on it): snap it onto the edge or move it clear',
      tooManyNearMisses: 'Parcel {parcel} has {max} near misses already; its other vertices are not checked one by one: the layer is drawn over itself, redraw it',
    },
    translations: {
      ka: {
        description: 'ნაკვეთის წვერო სხვა ნაკვეთის (აზომილის ან რეგისტრირებულის) წვეროსთან ან გვერდთან {accuracy} მ-ზე ახლოს არ არის, თუ არ ემთხვევა',
        messages: {
          nearVertex: 'წვერო {other}-ის წვეროდან {distance} მ-ზეა ({limit} მ-ზე ახლოს, მაგრამ არ ემთხვევა): შეაერთეთ ისინი',
          nearEdge: 'წვერო {other}-ის გვერდიდან {distance} მ-ზეა ({limit} მ-ზე ახლოს, მაგრამ მასზე არ არის): დასვით გვერდზე ან გადაწიეთ',
          tooManyNearMisses: 'ნაკვეთს {parcel} უკვე აქვს {max} თითქმის დამთხვეული წვერო; დანარჩენი წვეროები ცალ-ცალკე არ შემოწმდა: ფენა თავის თავზეა დახატული, გადახატეთ იგი',
        },
        fix: 'წვერო მიაბით მეზობლის წვეროს (ან წიბოს), ან, თუ ორი წერტილი მართლაც განსხვავებულია, შეამოწმეთ გაზომვა.',
      },
      ru: {
        description: 'Вершина участка не ближе {accuracy} м к вершине или стороне другого участка (снятого или зарегистрированного), если не совпадает с ней',
        messages: {
          nearVertex: 'Вершина в {distance} м от вершины {other} (ближе {limit} м, но не совпадает): совместите их',
          nearEdge: 'Вершина в {distance} м от стороны {other} (ближе {limit} м, но не на ней): поставьте её на сторону или отодвиньте',
          tooManyNearMisses: 'У участка {parcel} уже {max} почти совпадающих вершин; остальные его вершины не проверены по отдельности: слой нарисован поверх себя, перерисуйте его',
        },
        fix: 'Привяжите вершину к вершине (или ребру) соседа или, если это действительно разные точки, проверьте измерение.',
      },
      uk: {
        description: 'Вершина ділянки не ближча за {accuracy} м до вершини чи сторони іншої ділянки (знятої чи зареєстрованої), якщо не збігається з нею',
        messages: {
          nearVertex: 'Вершина за {distance} м від вершини {other} (ближче за {limit} м, але не збігається): поєднайте їх',
          nearEdge: 'Вершина за {distance} м від сторони {other} (ближче за {limit} м, але не на ній): поставте її на сторону або відсуньте',
          tooManyNearMisses: 'Ділянка {parcel} уже має {max} майже збіжних вершин; решту її вершин не перевірено окремо: шар намальовано поверх себе, перемалюйте його',
        },
        fix: 'Прив’яжіть вершину до вершини (чи ребра) сусіда або, якщо це справді різні точки, перевірте вимірювання.',
      },
      kk: {
        description: 'Учаске төбесі басқа учаскенің (түсірілген немесе тіркелген) төбесіне не қабырғасына, онымен сәйкес келмесе, {accuracy} м-ден жақын емес',
        messages: {
          nearVertex: 'Төбе {other} төбесінен {distance} м қашықтықта ({limit} м-ден жақын, бірақ сәйкес емес): оларды біріктіріңіз',
          nearEdge: 'Төбе {other} қабырғасынан {distance} м қашықтықта ({limit} м-ден жақын, бірақ онда емес): оны қабырғаға қойыңыз немесе алыстатыңыз',
          tooManyNearMisses: '{parcel} учаскесінде {max} дерлік сәйкес төбе бар; қалған төбелері жеке тексерілмеді: қабат өз үстіне салынған, оны қайта сызыңыз',
        },
        fix: 'Төбені көршінің төбесіне (не қырына) байлаңыз немесе екі нүкте шынымен әртүрлі болса, өлшеуді тексеріңіз.',
      },
    },
    options: {
      accuracy: { description: 'A vertex closer than this to another parcel\'s vertex or edge, without meeting it, is a near miss (the accuracy)', unit: 'm' },
      coincident: { description: 'Closer than this is the same point', unit: 'm' },
    },
  },
  check({ submission, options, settings, registered, report }) {
    const { accuracy: limit, coincident } = options;
    // A parcel drawn three times or more: its further copies repeat the first two's findings (parcel-overlap names them).
    const surveyed = withoutExtraCopies(surveyedParcels(submission, settings), (parcel) => parcel.feature.geometry!);
    // Registered parcels the survey replaces are not neighbours (src/rules/registered.ts).
    const neighbours = registered ? registeredNeighbours(registered, submission, surveyed) : [];
    const others = [...surveyed, ...neighbours];
    const index = new BoxIndex(others.map((parcel) => parcel.box));
    // Each parcel's rings and corners, read once (every vertex of every neighbour asks for them).
    const rings = others.map((parcel) => pathsOf(parcel.feature.geometry!));
    const vertices = rings.map(verticesOf);
    // Parcels whose coordinates square safely are searched by squared distance first (cornerWithin, edgeWithin).
    const plain = rings.map(plainCoordinates);
    const edges = rings.map(edgesOf);
    // Beyond the squared bound cornerWithin and edgeWithin start from, with room for rounding: nothing there is kept.
    const reach = Math.max(limit, coincident) * 1.001 + 1e-140;
    // Big parcels (a few hundred corners) are near many vertices: each such vertex scans only their parts within reach.
    const inReach = new Map<number, ReturnType<typeof cornersAndEdgesInReach>>();
    const partsNear = (j: number, vertex: Position): { corners: number[]; edges: number[] } | undefined => {
      if (vertices[j]!.length <= INDEXED_CORNERS) return undefined;
      let find = inReach.get(j);
      if (!find) inReach.set(j, (find = cornersAndEdgesInReach(vertices[j]!, edges[j]!)));
      return find(vertex, reach);
    };
    const nameOf = (other: ParcelShape): string =>
      other.layer ? `parcel ${other.feature.id ?? `#${other.feature.index}`}` : `registered parcel ${registeredName(other)}`;

    // A relation is found from the vertex that misses: a vertex near a corner of another parcel with no corner of that
    // parcel on it, or near its edge. Two surveyed vertices that miss each other are one relation, found from both
    // sides; it is reported once, at the northern vertex (the eastern when level), whichever parcel comes first in the
    // file. A vertex that meets a corner of the other parcel is fine, even when a vertex of its own lies near that corner.
    const found = new Map<string, { self: number; j: number; vertex: Position; near: Nearest & { kind: 'nearVertex' | 'nearEdge' } }>();
    // A stack of nearly the same parcel gives every vertex a near miss with every other copy (n² findings): once a
    // parcel has MAX_NEAR_MISSES, its remaining vertices are left and one finding says so.
    const relations = new Int32Array(surveyed.length);
    const capped: number[] = [];
    surveyed.forEach((_parcel, self) => {
      vertices: for (const vertex of vertices[self]!) {
        const box = { minX: vertex[0], minY: vertex[1], maxX: vertex[0], maxY: vertex[1] };
        for (const j of index.search(box, limit)) {
          if (j === self) continue;
          if (relations[self]! >= MAX_NEAR_MISSES) {
            capped.push(self);
            break vertices;
          }
          const fast = plain[self]! && plain[j]!;
          const near = fast ? partsNear(j, vertex) : undefined;
          const quick = fast ? cornerWithin(vertex, vertices[j]!, coincident, limit, near?.corners) : null;
          if (quick === 'meets') continue; // meets a corner: fine
          const corner = fast ? (quick === 'clear' ? null : quick) : nearestVertex(vertex, vertices[j]!);
          if (!fast && (!corner || corner.distance < coincident)) continue; // meets a corner: fine
          if (corner && corner.distance < limit) {
            const [a, b] = [vertex, corner.point];
            // One key for the pair from either side: the parcels and the two points, in land order.
            const key = j < surveyed.length
              ? (landBefore(a, b) ? [self, j, a, b] : [j, self, b, a]).join(' ')
              : [self, j, a].join(' ');
            const previous = found.get(key);
            // Reported at the northern (then eastern) vertex of the pair.
            if (!previous) relations[self]! += 1;
            if (!previous || landBefore(previous.vertex, vertex)) found.set(key, { self, j, vertex, near: { ...corner, kind: 'nearVertex' } });
            continue;
          }
          if (fast && vertices[j]!.length === 0) continue; // (no corner, no edge: as nearestVertex's null above)
          const edge = fast ? edgeWithin(vertex, edges[j]!, coincident, limit, near?.edges) : nearestOnEdge(vertex, rings[j]!)!;
          if (!edge || !(edge.distance >= coincident && edge.distance < limit)) continue;
          const key = [self, j, vertex, 'edge'].join(' ');
          if (found.has(key)) continue;
          relations[self]! += 1;
          found.set(key, { self, j, vertex, near: { ...edge, kind: 'nearEdge' } });
        }
      }
    });
    for (const { self, j, vertex, near } of found.values()) {
      const [parcel, other] = [surveyed[self]!, others[j]!];
      const measured = roundToMillimetre(near.distance);
      report({
        messageId: near.kind, layer: parcel.layer, feature: parcel.feature, location: vertex, measured, limit, unit: 'm',
        data: { distance: measured.toFixed(3), limit: limit.toFixed(2), other: nameOf(other), ...(other.layer ? {} : { cadCode: registeredName(other) }) },
        geometry: { type: 'LineString', coordinates: [vertex, near.point] },
      });
    }
    for (const self of capped) {
      const parcel = surveyed[self]!;
      report({ messageId: 'tooManyNearMisses', layer: parcel.layer, feature: parcel.feature, limit: MAX_NEAR_MISSES, data: { parcel: parcel.feature.id ?? `#${parcel.feature.index}`, max: MAX_NEAR_MISSES } });
    }
  },
});

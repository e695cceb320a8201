// What keeps the HTML map legible when a layer has thousands of parcels and hundreds of findings (issue 18): labels
// drawn only from the zoom they fit at, marks grouped so no two circles overlap, numbers squeezed into their circles,
// parcel outlines thinned while parcels are small on screen. The inline script (html.ts) does the same at every zoom.
import type { Severity } from '../model.js';

/** A mark's radius and a cluster's, px on screen. */
export const MARK_RADIUS = 10;
export const CLUSTER_RADIUS = MARK_RADIUS + 4;

/**
 * A mark within this distance (px on screen at the current zoom) of a group's first mark joins that group: groups
 * stand at least this far apart, so their circles (a mark's, a cluster's) never overlap.
 */
export const CLUSTER_DISTANCE = 2 * CLUSTER_RADIUS;

/** The deepest zoom the script allows. */
export const MAX_ZOOM = 1024;

/** Bold 11 px (a mark's number) and bold 12 px (a cluster's count) digits, px. */
export const MARK_DIGIT = 6.8;
export const CLUSTER_DIGIT = 7.4;

/** Label font sizes (px, as the stylesheet sets them); a character's width as a share of it (digits and dots, a little over). */
const LABEL_FONT: Record<string, number> = { 'label-parcel': 11, 'label-building': 10, 'label-registered': 11 };
const CHARACTER_WIDTH = 0.62;

/**
 * The zoom from which a label fits inside its feature's box on screen (`width` × `height` px at zoom 1), with a fifth
 * to spare: a box is wider than the parcel's middle where its sides slant, and labels side by side need air. Below
 * that zoom the label is not drawn, so ten thousand small parcels do not bury the map under their codes.
 */
export function labelMinZoom(text: string, className: string, width: number, height: number): number {
  const font = LABEL_FONT[className] ?? 11;
  const textWidth = ([...text].length * font * CHARACTER_WIDTH + 4) * 1.2;
  const textHeight = font + 3;
  return Math.max(textWidth / width, textHeight / height);
}

/** A mark's number or a cluster's count, squeezed into its circle when its digits are wider than it (3 digits in a mark). */
export function circleText(text: string, radius: number, digitWidth: number): string {
  const room = 2 * radius - 4;
  return text.length * digitWidth > room ? `<text x="0" y="0" textLength="${room}" lengthAdjust="spacingAndGlyphs">${text}</text>` : `<text x="0" y="0">${text}</text>`;
}

/**
 * Parcel outlines a tenth of the typical parcel's size on screen, from 0.5 to 2 px: 10,000 parcels a few pixels wide
 * are a light mesh the marks stand out on, not a dark one; from the zoom a parcel is 20 px across, the usual 2 px.
 */
export function parcelStroke(parcelSize: number): number {
  return Math.round(Math.min(2, Math.max(0.5, parcelSize / 10)) * 100) / 100;
}

export interface PlacedMark {
  x: number;
  y: number;
  severity: Severity;
  number: number;
  rowId: string;
}

/**
 * Marks grouped at zoom 1 (the inline script does the same at every zoom): in number order, each mark joins the nearest
 * group whose first mark is within `distance`, else starts one. Groups of more than one mark are returned, first mark
 * first. A grid of `distance` cells finds the candidates, so each mark looks at nine cells, not at every group.
 */
export function clusterMarks(marks: readonly PlacedMark[], distance: number): PlacedMark[][] {
  const byCell = new Map<string, PlacedMark[][]>();
  const groups: PlacedMark[][] = [];
  for (const mark of marks) {
    const cx = Math.floor(mark.x / distance);
    const cy = Math.floor(mark.y / distance);
    let nearest: PlacedMark[] | null = null;
    let best = distance * distance;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const group of byCell.get(`${cx + dx},${cy + dy}`) ?? []) {
          const d = (group[0]!.x - mark.x) ** 2 + (group[0]!.y - mark.y) ** 2;
          if (d <= best) [nearest, best] = [group, d];
        }
      }
    }
    if (nearest) {
      nearest.push(mark);
      continue;
    }
    const group = [mark];
    groups.push(group);
    const key = `${cx},${cy}`;
    byCell.set(key, [...(byCell.get(key) ?? []), group]);
  }
  return groups.filter((members) => members.length > 1);
}

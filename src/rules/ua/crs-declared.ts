// ua/crs-declared: the exchange file names its coordinate system (MetricInfo/CoordinateSystem), one cadcheck can place.
import { defineRule } from '../../engine/define-rule.js';
import { ucs2000Zone } from '../../geom/ukraine-boundary.js';

export default defineRule({
  id: 'ua/crs-declared',
  meta: {
    severity: 'error',
    basis: '§70 (Annex 6, PointInfo)',
    description: 'The exchange file declares its coordinate system in InfoPart/MetricInfo/CoordinateSystem; USC2000 coordinates lie in a Gauss–Krüger zone 4–7',
    messages: {
      missing: 'The file declares no coordinate system (InfoPart/MetricInfo/CoordinateSystem): its coordinates cannot be placed',
      notPlaced: 'Coordinate system {name} is declared, but cadcheck cannot place it on the map: only its geometry is checked',
      zoneUnknown: 'USC2000 easting {easting} does not start with a Gauss–Krüger zone number 4–7: swapped X/Y or another system?',
    },
  },
  check({ submission, report }) {
    for (const exchange of submission.ukraine ?? []) {
      const layer = submission.layers.find((candidate) => candidate.file === exchange.file) ?? { role: 'parcel' as const, file: exchange.file };
      const system = exchange.coordinateSystem;
      if (!system) {
        report({ messageId: 'missing', layer });
        continue;
      }
      if (system.name !== 'USC2000') {
        report({ messageId: 'notPlaced', layer, severity: 'info', data: { name: [system.name, system.zone].filter(Boolean).join(' ') } });
        continue;
      }
      const point = exchange.points.find((candidate) => Number.isFinite(Number(candidate.y)) && candidate.y !== null);
      if (point && ucs2000Zone(Number(point.y)) === null) {
        report({ messageId: 'zoneUnknown', layer, location: [Number(point.y), Number(point.x)], data: { easting: point.y! } });
      }
    }
  },
});

// input/crs-expected: layers are delivered in the state coordinate system (Art. 2(1), 7(4)).
import { defineRule } from '../../engine/define-rule.js';

export default defineRule({
  id: 'input/crs-expected',
  meta: {
    severity: 'error',
    basis: 'Art. 2(1), 7(4)',
    description: "Every layer is in one of the profile's coordinate systems (compared by parameters, not by name)",
    messages: { unexpectedCrs: 'The layer is in {actual}; the profile expects {expected}' },
    translations: {
      ka: {
        description: 'ყოველი ფენა პროფილის ერთ-ერთ კოორდინატთა სისტემაშია (შედარება ხდება პარამეტრებით და არა სახელით)',
        messages: { unexpectedCrs: 'ფენა არის {actual}-ში; პროფილი მოელის {expected}-ს' },
        fix: 'გადაიყვანეთ ფენა EPSG:32638-ში და ექსპორტი გააკეთეთ მისი .prj-ით (GeoJSON: `crs` წევრით).',
      },
      ru: {
        description: 'Каждый слой задан в одной из систем координат профиля (сравниваются параметры, а не название)',
        messages: { unexpectedCrs: 'Слой задан в {actual}; профиль ожидает {expected}' },
        fix: 'Перепроецируйте слой в EPSG:32638 и экспортируйте с его .prj (GeoJSON: с членом `crs`).',
      },
      uk: {
        description: 'Кожен шар задано в одній із систем координат профілю (порівнюються параметри, а не назва)',
        messages: { unexpectedCrs: 'Шар задано в {actual}; профіль очікує {expected}' },
        fix: 'Перепроєктуйте шар в EPSG:32638 і експортуйте з його .prj (GeoJSON: з членом `crs`).',
      },
      kk: {
        description: 'Әр қабат профильдің координаттар жүйелерінің бірінде (атауы емес, параметрлері салыстырылады)',
        messages: { unexpectedCrs: 'Қабат {actual} жүйесінде; профиль {expected} күтеді' },
        fix: 'Қабатты EPSG:32638-ге қайта проекциялаңыз және оның .prj файлымен экспорттаңыз (GeoJSON: `crs` мүшесімен).',
      },
    },
  },
  check({ submission, settings, report }) {
    for (const layer of submission.layers) {
      if (!layer.crs.proj4) continue; // input/crs-defined speaks for it
      if (layer.crs.code && settings.expectedCrs.includes(layer.crs.code)) continue;
      const actual = layer.crs.code ?? (layer.crs.definition ?? 'an unrecognised CRS').replace(/\s+/g, ' ').slice(0, 60);
      const where = layer.crs.source === 'geojson-default' ? `${actual} (GeoJSON without "crs" is EPSG:4326 by RFC 7946)` : actual;
      report({ messageId: 'unexpectedCrs', layer, data: { actual: where, expected: settings.expectedCrs.join(', ') } });
    }
  },
});

// photos/near-parcel: a photo with a GPS position was taken near the surveyed parcels (Art. 1(4), on-site survey).
import { defineRule } from '../../engine/define-rule.js';
import { definitionOf, makeTransform } from '../../geom/crs.js';
import { toJsts, type JstsGeometry } from '../../geom/jsts.js';
import { formatMetres } from '../../engine/messages.js';
import { boxOf, type Box } from '../../geom/box.js';
import { BoxIndex } from '../../geom/spatial-index.js';
import type { Position, Submission } from '../../model.js';
import { jpegPhotosOf } from './evidence.js';

/** Every parcel of the submission that can be measured, as jsts geometries in the profile CRS. */
function parcelGeometriesOf(submission: Submission): JstsGeometry[] {
  const parcels: JstsGeometry[] = [];
  for (const layer of submission.layers) {
    if (layer.role !== 'parcel' || !layer.measurable) continue;
    for (const feature of layer.features) {
      if (!feature.geometry) continue;
      try {
        const geometry = toJsts(feature.geometry);
        if (!geometry.isEmpty()) parcels.push(geometry);
      } catch {
        // unbuildable: geometry/valid reports it
      }
    }
  }
  return parcels;
}

export default defineRule({
  id: 'photos/near-parcel',
  meta: {
    severity: 'warning',
    basis: 'Art. 1(4)',
    measures: ['parcel'],
    description: 'A photo with a GPS position was taken within photoMaxDistance ({photoMaxDistance} m) of a surveyed parcel',
    messages: {
      farFromParcels: '{file} was taken {distance} m from the nearest parcel (limit {limit} m): was it taken at this site?',
      cannotPlace: '{file} has a GPS position (lat {lat}, lon {lon}) that cannot be placed in {crs}: was it taken at this site?',
    },
    translations: {
      ka: {
        description: 'GPS პოზიციის მქონე ფოტოსურათი გადაღებულია აზომილი ნაკვეთიდან photoMaxDistance-ის ({photoMaxDistance} მ) ფარგლებში',
        messages: {
          farFromParcels: '{file} გადაღებულია უახლოესი ნაკვეთიდან {distance} მ-ზე (ზღვარი {limit} მ): ამ ობიექტზე იყო გადაღებული?',
          cannotPlace: '{file}-ის GPS პოზიცია (განედი {lat}, გრძედი {lon}) ვერ განთავსდება {crs}-ში: ამ ობიექტზე იყო გადაღებული?',
        },
        fix: 'დაურთეთ ამ ადგილას გადაღებული ფოტოები. თუ მდებარეობა არასწორია (GPS-მა ჯერ ვერ დაადგინა), აცნობეთ რეესტრს.',
      },
      ru: {
        description: 'Фотография с GPS-позицией сделана не дальше photoMaxDistance ({photoMaxDistance} м) от снятого участка',
        messages: {
          farFromParcels: '{file} снят в {distance} м от ближайшего участка (предел {limit} м): снят ли он на этом объекте?',
          cannotPlace: 'GPS-позицию {file} (широта {lat}, долгота {lon}) нельзя поместить в {crs}: снят ли он на этом объекте?',
        },
        fix: 'Приложите снимки, сделанные на этом участке. Если положение неверно (GPS ещё не определился), сообщите об этом реестру.',
      },
      uk: {
        description: 'Фотографію з GPS-позицією зроблено не далі ніж photoMaxDistance ({photoMaxDistance} м) від знятої ділянки',
        messages: {
          farFromParcels: '{file} знято за {distance} м від найближчої ділянки (ліміт {limit} м): чи знято його на цьому об\'єкті?',
          cannotPlace: 'GPS-позицію {file} (широта {lat}, довгота {lon}) не можна розмістити в {crs}: чи знято його на цьому об\'єкті?',
        },
        fix: 'Додайте знімки, зроблені на цій ділянці. Якщо положення хибне (GPS ще не визначився), повідомте про це реєстр.',
      },
      kk: {
        description: 'GPS орны бар фотосурет түсірілген учаскеден photoMaxDistance ({photoMaxDistance} м) шегінде түсірілген',
        messages: {
          farFromParcels: '{file} ең жақын учаскеден {distance} м қашықтықта түсірілген (шегі {limit} м): ол осы объектіде түсірілді ме?',
          cannotPlace: '{file} GPS орнын (ендік {lat}, бойлық {lon}) {crs} жүйесіне орналастыру мүмкін емес: ол осы объектіде түсірілді ме?',
        },
        fix: 'Осы учаскеде түсірілген суреттерді тіркеңіз. Орны қате болса (GPS әлі анықтамаған), бұл туралы тізілімге айтыңыз.',
      },
    },
    options: {
      photoMaxDistance: { description: 'How far from every surveyed parcel a photo with a GPS position may have been taken', unit: 'm' },
    },
  },
  check({ submission, options, settings, report }) {
    const photos = jpegPhotosOf(submission).filter((photo) => photo.gps);
    const parcels = photos.length > 0 ? parcelGeometriesOf(submission) : [];
    if (parcels.length === 0) return; // nothing to measure against: input/required-layers speaks for a missing parcel layer
    const limit = options.photoMaxDistance;
    const toProfile = makeTransform(definitionOf('EPSG:4326'), definitionOf(settings.crs));
    const boxes: Box[] = parcels.map(boxOf);
    const index = new BoxIndex(boxes);
    for (const photo of photos) {
      const file = photo.file;
      const position: Position = toProfile([photo.gps!.lon, photo.gps!.lat]);
      if (!Number.isFinite(position[0]) || !Number.isFinite(position[1])) {
        report({ messageId: 'cannotPlace', file, data: { file, lat: photo.gps!.lat, lon: photo.gps!.lon, crs: settings.crs } });
        continue;
      }
      const point = toJsts({ type: 'Point', coordinates: position });
      const near = index.search({ minX: position[0], minY: position[1], maxX: position[0], maxY: position[1] }, limit);
      if (near.some((i) => parcels[i]!.distance(point) <= limit)) continue;
      // Planar distance in metres, in the profile CRS (never degrees).
      const distance = Math.min(...parcels.map((parcel) => parcel.distance(point)));
      report({ messageId: 'farFromParcels', file, data: { file, distance: formatMetres(distance), limit: formatMetres(limit) }, location: position, measured: distance, limit, unit: 'm' });
    }
  },
});

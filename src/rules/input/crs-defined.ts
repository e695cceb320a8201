// input/crs-defined: every layer says which coordinate system it is in (Art. 2(1)); a GeoJSON without `crs` whose
// coordinates cannot be degrees takes the manifest's, with a warning (RULES.md).
import { defineRule } from '../../engine/define-rule.js';

export default defineRule({
  id: 'input/crs-defined',
  meta: {
    severity: 'error',
    basis: 'Art. 2(1)',
    description: 'Every layer declares its coordinate reference system (.prj, GeoJSON crs, or the manifest crs)',
    messages: {
      noCrs: 'The layer has no coordinate system: add its .prj file or a "crs" to cadcheck.json',
      unparsableCrs: 'The coordinate system of the layer ({source}) cannot be understood: {definition}',
      manifestCrsForGeojson:
        'The GeoJSON has no "crs" member, so by RFC 7946 it would be in degrees (EPSG:4326), but its coordinates cannot be degrees: the manifest\'s crs {crs} is used. Write the "crs" member into the file to say so',
    },
    translations: {
      ka: {
        description: 'ყოველი ფენა აცხადებს თავის კოორდინატთა სისტემას (.prj, GeoJSON crs ან მანიფესტის crs)',
        messages: {
          noCrs: 'ფენას კოორდინატთა სისტემა არ აქვს: დაამატეთ მისი .prj ფაილი ან „crs“ cadcheck.json-ში',
          unparsableCrs: 'ფენის კოორდინატთა სისტემის ({source}) გაგება ვერ ხერხდება: {definition}',
          manifestCrsForGeojson: 'GeoJSON-ს „crs“ არ აქვს, ამიტომ RFC 7946-ით ის გრადუსებში (EPSG:4326) უნდა იყოს, მაგრამ მისი კოორდინატები გრადუსები ვერ იქნება: გამოიყენება მანიფესტის crs {crs}. ჩაწერეთ „crs“ ფაილში',
        },
        fix: 'ფენას თან გააყოლეთ მისი .prj ფაილი, ან cadcheck.json-ში დაამატეთ `"crs": "EPSG:32638"`. გაფრთხილებისთვის ჩაწერეთ `crs` წევრი GeoJSON-ში (`"crs": {"type": "name", "properties": {"name": "EPSG:32638"}}`), ან ექსპორტი გააკეთეთ გრძედ/განედში.',
      },
      ru: {
        description: 'Каждый слой объявляет свою систему координат (.prj, crs в GeoJSON или crs в манифесте)',
        messages: {
          noCrs: 'У слоя нет системы координат: добавьте его файл .prj или «crs» в cadcheck.json',
          unparsableCrs: 'Систему координат слоя ({source}) не удаётся распознать: {definition}',
          manifestCrsForGeojson: 'В GeoJSON нет члена «crs», поэтому по RFC 7946 он был бы в градусах (EPSG:4326), но его координаты не могут быть градусами: используется crs манифеста {crs}. Запишите «crs» в файл',
        },
        fix: 'Положите рядом со слоем его файл .prj или добавьте `"crs": "EPSG:32638"` в cadcheck.json. Для предупреждения запишите член `crs` в GeoJSON (`"crs": {"type": "name", "properties": {"name": "EPSG:32638"}}`) или экспортируйте в долготе/широте.',
      },
      uk: {
        description: 'Кожен шар оголошує свою систему координат (.prj, crs у GeoJSON або crs у маніфесті)',
        messages: {
          noCrs: 'Шар не має системи координат: додайте його файл .prj або «crs» у cadcheck.json',
          unparsableCrs: 'Систему координат шару ({source}) не вдається розпізнати: {definition}',
          manifestCrsForGeojson: 'У GeoJSON немає члена «crs», тож за RFC 7946 він був би в градусах (EPSG:4326), але його координати не можуть бути градусами: використано crs маніфесту {crs}. Запишіть «crs» у файл',
        },
        fix: 'Покладіть поруч із шаром його файл .prj або додайте `"crs": "EPSG:32638"` до cadcheck.json. Для попередження запишіть член `crs` у GeoJSON (`"crs": {"type": "name", "properties": {"name": "EPSG:32638"}}`) або експортуйте в довготі/широті.',
      },
      kk: {
        description: 'Әр қабат өз координаттар жүйесін көрсетеді (.prj, GeoJSON crs немесе манифесттегі crs)',
        messages: {
          noCrs: 'Қабаттың координаттар жүйесі жоқ: оның .prj файлын немесе cadcheck.json ішіне «crs» қосыңыз',
          unparsableCrs: 'Қабаттың координаттар жүйесін ({source}) түсіну мүмкін емес: {definition}',
          manifestCrsForGeojson: 'GeoJSON ішінде «crs» жоқ, сондықтан RFC 7946 бойынша ол градуста (EPSG:4326) болар еді, бірақ оның координаталары градус бола алмайды: манифесттің crs {crs} қолданылады. Файлға «crs» жазыңыз',
        },
        fix: 'Қабатпен бірге оның .prj файлын көшіріңіз немесе cadcheck.json ішіне `"crs": "EPSG:32638"` қосыңыз. Ескерту үшін GeoJSON ішіне `crs` мүшесін жазыңыз (`"crs": {"type": "name", "properties": {"name": "EPSG:32638"}}`) немесе бойлық/ендікпен экспорттаңыз.',
      },
    },
  },
  check({ submission, report }) {
    for (const layer of submission.layers) {
      if (layer.crs.source === 'none') report({ messageId: 'noCrs', layer });
      else if (layer.crs.source === 'geojson-manifest' && layer.crs.proj4) {
        report({ messageId: 'manifestCrsForGeojson', layer, severity: 'warning', data: { crs: layer.crs.code ?? (layer.crs.definition ?? '').slice(0, 80) } });
      } else if (!layer.crs.proj4) {
        report({ messageId: 'unparsableCrs', layer, data: { source: layer.crs.source, definition: (layer.crs.definition ?? '').slice(0, 80) } });
      }
    }
  },
});

// Russian: report labels and every rule's description and messages (terms: земельный участок, здание-сооружение, сервитут, наложение).
import { slavicPlural } from './plural.js';
import type { Labels, Noun, Translation } from './types.js';

const NOUNS: Record<Noun, [string, string, string]> = {
  error: ['ошибка', 'ошибки', 'ошибок'],
  warning: ['предупреждение', 'предупреждения', 'предупреждений'],
  info: ['замечание', 'замечания', 'замечаний'],
  finding: ['находка', 'находки', 'находок'],
  submission: ['комплект', 'комплекта', 'комплектов'],
};

const labels: Labels = {
  htmlLang: 'ru',
  severity: { error: 'ошибка', warning: 'предупреждение', info: 'замечание' },
  pass: 'ПРИНЯТО',
  fail: 'ОТКЛОНЕНО',
  count: (count, noun) => `${count} ${slavicPlural(count, NOUNS[noun])}`,
  at: 'в точке',
  measured: 'измерено',
  limit: 'предел',
  profile: 'профиль',
  noFile: '(комплект)',
  moreFindings: (count, ruleId) => `… и ещё ${count} по правилу ${ruleId} в этом файле (все есть в --format json)`,
  infosHidden: '(замечания скрыты; --verbose их покажет)',
  andMore: (count) => `(и ещё ${count})`,
  turnedOff: 'отключено в конфигурации',
  reportTitle: 'Отчёт cadcheck',
  map: 'Карта',
  findings: 'Результаты проверки',
  photos: 'Фотографии',
  layers: 'Слои',
  nothingToDraw: 'Нечего нарисовать: ни один слой не удалось поместить в систему координат профиля.',
  notDrawn: 'Не нарисованы (система координат неизвестна):',
  legend: { parcel: 'участок', building: 'здание-сооружение', obligation: 'обременение', lines: 'линии', points: 'точки', problemArea: 'проблемная область', registered: 'зарегистрированный сосед' },
  columns: { severity: 'Уровень', finding: 'Находка', file: 'Файл', measured: 'Измерено', location: 'Место', role: 'Роль', geometry: 'Геометрия', features: 'Объекты', crs: 'Система координат' },
  noFindings: 'Замечаний нет.',
  noPhotos: 'Фотографий нет.',
  noThumbnail: 'нет миниатюры',
  noCaptureDate: 'нет даты съёмки',
  surveyDate: 'дата съёмки',
  unknown: 'неизвестно',
  coordinatesIn: 'координаты в',
  overMaxWarnings: 'предупреждений больше, чем позволяет --max-warnings',
  hiddenNote: (count, showsWarnings) =>
    `Не показано находок другого уровня: ${count} (${showsWarnings ? '--verbose покажет замечания' : 'без --quiet показываются и предупреждения'}).`,
  showOnMap: 'показать на карте',
  noLocation: 'без местоположения',
  footer: (name, version) => `Создано: ${name} ${version}. Карта нарисована в системе координат профиля, север сетки сверху; номера на ней — строки таблицы результатов.`,
  ruleCrashed: (ruleId, error) => `Правило ${ruleId} аварийно завершилось (это ошибка cadcheck, сообщите о ней): ${error}`,
  notPlaced: 'Не проверено: слой не привязан к местности (его система координат неизвестна или не та, что ожидается, либо координаты лежат за пределами страны; см. input/crs-defined, input/crs-expected и input/coordinates-plausible), поэтому на нём ничего не измеряется',
  batchTable: {
    submission: 'КОМПЛЕКТ', verdict: 'ИТОГ', errors: 'ОШИБКИ', warnings: 'ПРЕДУПРЕЖДЕНИЯ', firstError: 'ПЕРВАЯ ОШИБКА',
    checked: (count) => `проверено комплектов: ${count} — `, passed: (count) => `принято: ${count}`, failed: (count) => `отклонено: ${count}`,
    unchanged: (count, ref) => `без изменений с ${ref}: ${count}, не проверены`, interrupted: (count) => `прервано: не проверено ${count}`,
  },
  progress: {
    reading: (file) => `чтение ${file}`,
    read: (file, features) => `${file} прочитан: объектов ${features}`,
    registered: 'чтение зарегистрированных участков',
    rule: (ruleId, done, total) => `${ruleId} ${done}/${total} правил`,
  },
  applicant: 'заявитель',
  address: 'адрес',
  cadastralCode: 'кадастровый код',
  photoFindings: (numbers) => `находки ${numbers}`,
  mapCluster: (count, numbers) => `здесь ${count} ${slavicPlural(count, NOUNS.finding)}: ${numbers} (увеличьте, чтобы различить)`,
  zoom: { zoomIn: 'увеличить', zoomOut: 'уменьшить', reset: 'весь чертёж', hint: 'колесо мыши меняет масштаб, перетаскивание сдвигает карту' },
  mapAria: {
    map: (crs) => `Карта слоёв и результатов в ${crs}, север сверху`,
    scaleBar: (metres) => `масштабная линейка ${metres} м`,
    north: (crs) => `север (север сетки ${crs})`,
  },
  roles: { parcel: 'участок', building: 'здание', obligation: 'обременение', linear: 'линейное сооружение', sides: 'стороны участка', points: 'сопутствующие точки', markers: 'метки соседей' },
  geometryTypes: { Point: 'точка', LineString: 'линия', Polygon: 'полигон', MultiPoint: 'мультиточка', MultiLineString: 'мультилиния', MultiPolygon: 'мультиполигон', GeometryCollection: 'набор геометрий' },
  law: {
    names: {
      'ge-388': { law: 'Постановление Правительства Грузии № 388 (2016)', annex: 'приложение 1' },
      'ua-1051': { law: 'Постановление КМУ № 1051 (2012)', annex: null },
      'kz-pcm': { law: 'Приказ № 252/НҚ (2023), Правила ведения публичной кадастровой карты', annex: null },
    },
    words: [['the exchange file format', 'формат файла обмена'], ['Annex', 'приложение'], ['Items', 'пп.'], ['Item', 'п.'], ['Art.', 'ст.']],
  },
  howToFix: 'как исправить',
  fixIn: (ruleId) => `как исправить: cadcheck explain ${ruleId}`,
};

export const ru: Translation = {
  labels,
  rules: {
    'attributes/allowed-values': {
      description: 'Кодированные атрибуты имеют допустимое значение: назначение и способ для участка, состояние и этажность здания, тип обременения, тип линейного сооружения, метка ориентира',
      messages: {
        notInList: '{field} «{value}» — недопустимое значение (допустимо: {allowed})',
        notStoreys: 'этажность «{value}» — не целое число ≥ 0 (0 = определить не удалось)',
        notLabel: 'метка ориентира «{value}» — не заглавные латинские буквы (A, B, … Z, AA, …)',
      },
    },
    'attributes/area-matches-geometry': {
      description: 'Заявленная площадь участка отличается от плоской площади его полигона не больше чем на areaTolerance (по умолчанию 1 м²)',
      messages: {
        areaDiffers: 'Заявленная площадь {declared} м² отличается от начерченной {computed} м² на {difference} м² (предел {limit} м²)',
        notANumber: 'Заявленная площадь «{value}» — не число',
      },
    },
    'attributes/building-number': {
      description: 'Номера зданий записаны как 01…09, 10…, 100… и не повторяются в комплекте',
      messages: {
        badPattern: 'Номер здания «{number}» записан не в виде 01…09, 10…, 100…',
        duplicate: 'Номер здания «{number}» использован дважды (впервые — объектом {firstIndex} файла {firstFile})',
      },
    },
    'attributes/complete': {
      description: 'Ни одно обязательное поле ни в одной записи не пусто',
      messages: { blank: '«{field}» не заполнено' },
    },
    'attributes/linear-length': {
      description: 'length_plan линейного сооружения отличается от 2D-длины его линии не больше чем на точность (0,15 м)',
      messages: {
        lengthDiffers: 'length_plan {declared} м отличается от начерченной 2D-длины {computed} м на {difference} м (предел {limit} м)',
        notANumber: 'length_plan «{value}» — не число',
      },
    },
    'attributes/marker-label': {
      description: 'Метки ориентиров смежных участков не повторяются',
      messages: { duplicate: 'Метка ориентира «{label}» использована дважды (впервые — объектом {firstIndex} файла {firstFile})' },
    },
    'attributes/required': {
      description: 'В каждом слое есть поля, которых требует закон: площадь, назначение и способ для участка; номер, этажность и состояние здания; тип обременения; тип и length_plan линейного сооружения',
      messages: { missingField: 'В таблице {role} нет поля «{field}» (принимаемые имена: {names})' },
    },
    'geometry/duplicate': {
      description: 'В слое нет двух записей с одинаковой геометрией и двух не касающихся друг друга объектов с одним идентификатором (кадастровый код, id участка, номер здания, id обременения)',
      messages: {
        sameGeometry: 'Та же геометрия, что у записи {other} этого слоя: удалите одну',
        sameIdentifier: 'То же значение {field} «{value}», что у записи {other}, на отдельном объекте: один объект — одна запись; объедините их или дайте каждому свой {field}',
      },
    },
    'geometry/empty': {
      description: 'У каждой записи есть непустая геометрия',
      messages: {
        noGeometry: 'Запись без геометрии: у каждой записи должен быть начерченный объект',
        emptyGeometry: 'Запись с пустой геометрией {type}',
      },
    },
    'geometry/pinched-multipart': {
      description: 'Нет записей, части которых касаются в одной точке',
      messages: { pinched: 'Части {first} и {second} этой записи касаются в одной точке: сохраните их отдельными записями или одной фигурой' },
    },
    'geometry/repeated-vertex': {
      description: 'Нет двух соседних вершин ближе 0,001 м',
      messages: { repeated: 'Две соседние вершины на расстоянии {distance} м (совпадают при менее {limit} м): удалите одну' },
    },
    'geometry/valid': {
      description: 'Каждый полигон корректен по OGC: без самопересечений, самоналожений, неверно расположенных дыр, незамкнутых колец и нечисловых координат',
      messages: { invalid: 'Некорректная геометрия ({kind}): {explanation}' },
    },
    'input/config-ignored': {
      description: 'cadcheck.config.json внутри комплекта никогда не применяется',
      messages: { ignored: '{file}: конфигурация внутри комплекта никогда не применяется; правила и допуски задаёт реестр (--config или cadcheck.config.json в папке выше комплекта)' },
    },
    'input/coordinates-plausible': {
      description: 'Каждая координата лежит в пределах охвата профиля (Грузия: долгота 39,9–46,8, широта 40,9–43,7) и является конечным числом',
      messages: {
        outsideExtent: 'Координата ({x}, {y}) лежит на долготе {lon}, широте {lat}, вне {extent}: перепутаны X/Y, не та зона или не та система координат?',
        nonFinite: 'Координата не является конечным числом ({x}, {y})',
      },
    },
    'input/crs-defined': {
      description: 'Каждый слой объявляет свою систему координат (.prj, crs в GeoJSON или crs в манифесте)',
      messages: {
        noCrs: 'У слоя нет системы координат: добавьте его файл .prj или «crs» в cadcheck.json',
        unparsableCrs: 'Систему координат слоя ({source}) не удаётся распознать: {definition}',
        manifestCrsForGeojson: 'В GeoJSON нет члена «crs», поэтому по RFC 7946 он был бы в градусах (EPSG:4326), но его координаты не могут быть градусами: используется crs манифеста {crs}. Запишите «crs» в файл',
      },
    },
    'input/crs-expected': {
      description: 'Каждый слой задан в одной из систем координат профиля (сравниваются параметры, а не название)',
      messages: { unexpectedCrs: 'Слой задан в {actual}; профиль ожидает {expected}' },
    },
    'input/encoding': {
      description: '.dbf с текстом не в ASCII сопровождается файлом .cpg, называющим кодировку',
      messages: { noCpg: 'В {file} есть текст не в ASCII, но нет .cpg; он прочитан как {encoding}. Добавьте .cpg (например, UTF-8), чтобы грузинский текст не искажался' },
    },
    'input/geometry-type': {
      description: 'Каждый слой содержит тот тип геометрии, который нужен его роли',
      messages: { wrongType: 'Слой {role} содержит геометрии {actual}; слой {role} должен содержать {expected}' },
    },
    'input/readable': {
      description: 'Каждый слой, фотография и файл манифеста комплекта читаются',
      messages: { unreadable: '{file} не читается: {reason}' },
    },
    'input/required-layers': {
      description: 'В комплекте есть слой земельного участка',
      messages: {
        noParcelLayer: 'Нет слоя участка: назовите его parcel.shp (или parcel.geojson, nakveti.shp, …) или укажите в «layers» файла cadcheck.json',
        parcelLayerUnreadable: 'Слой участка {file} не прочитан, поэтому участок отсутствует',
      },
    },
    'input/too-complex': {
      description: 'Проверка укладывается в бюджет времени и памяти',
      messages: {
        time: 'Проверка остановлена на {stage} через {seconds} с: превышен бюджет времени {limit} с (limits.maxCheckSeconds, cadcheck.config.json); дальнейшее не проверено',
        memory: 'Проверка остановлена на {stage}: ей нужно больше памяти, чем бюджет {limit} МиБ (limits.maxHeapMb, cadcheck.config.json); дальнейшее не проверено',
      },
    },
    'input/unknown-layer': {
      description: 'Слой, роль которого не видна ни из манифеста, ни из имени, не проверяется',
      messages: { unknownRole: '{file}: роль слоя неизвестна, поэтому слой не проверяется. Ближайшая роль: «{role}» (допустимое имя «{name}»). Назовите файл по его роли ({roles}; все допустимые имена на каждом языке — в docs/layer-names.md) или укажите его в «layers» файла cadcheck.json' },
    },
    'metadata/dates': {
      description: 'surveyDate и drawingDate — настоящие даты ГГГГ-ММ-ДД, съёмка не позже составления чертежа и ни одна из дат не в будущем',
      messages: {
        notADate: '{fact} «{value}» — не настоящая дата в виде ГГГГ-ММ-ДД',
        surveyAfterDrawing: 'surveyDate {surveyDate} позже drawingDate {drawingDate}',
        inFuture: '{fact} {value} в будущем (сегодня {today} в {timeZone})',
      },
    },
    'metadata/manifest': {
      description: 'В комплекте есть манифест cadcheck.json, который разбирается и соответствует схеме манифеста',
      messages: {
        missing: 'Нет манифеста cadcheck.json: выполните `cadcheck init` в папке съёмки и заполните его',
        unparsable: 'cadcheck.json нельзя использовать ({reason}): сведения бумажной версии не проверяются',
        invalidJson: 'cadcheck.json — не корректный JSON: он обрывается в строке {line}, столбце {column} ({near}); там или чуть раньше не хватает или лишняя запятая или кавычка. Сведения бумажной версии не проверяются',
        codeList: 'Строка {line}, столбец {column}: «{key}»: {value} — {key} должен быть списком кодов {min}–{max}, например [{min}]',
        oneOf: 'Строка {line}, столбец {column}: «{key}»: {value} — {key} должен быть одним из: {allowed}; может быть, «{closest}»?',
        layerRole: 'Строка {line}, столбец {column}: «{key}» — не роль слоя; роли: {allowed}; может быть, «{closest}»?',
        wholeNumber: 'Строка {line}, столбец {column}: «{key}»: {value} — {key} должен быть целым числом не меньше {min}, без кавычек, например {example}',
        number: 'Строка {line}, столбец {column}: «{key}»: {value} — {key} должен быть числом не меньше {min}, без кавычек, например {example}',
        text: 'Строка {line}, столбец {column}: «{key}»: {value} — {key} должен быть текстом в кавычках, например {example}',
        trueFalse: 'Строка {line}, столбец {column}: «{key}»: {value} — {key} должен быть true или false, без кавычек',
        object: 'Строка {line}, столбец {column}: «{key}»: {value} — {key} должен быть объектом в фигурных скобках, например {example}',
        list: 'Строка {line}, столбец {column}: «{key}»: {value} — {key} должен быть списком в квадратных скобках, например {example}',
        schema: '{key} {problem}',
        unknownKey: 'Неизвестный ключ «{key}» (пропущен)',
        unknownKeyNear: 'Строка {line}, столбец {column}: неизвестный ключ «{key}» (пропущен); может быть, «{closest}»?',
      },
    },
    'metadata/paper-matches-digital': {
      description: 'Сведения бумажной версии в манифесте совпадают со слоями: площадь участка, округлённая до целого м², номера зданий, этажность и состояние',
      messages: {
        parcelArea: 'paper.parcelArea {paper} м² отличается от заявленного атрибута площади ({field}) слоя участка, {digital} м² с округлением до целого м² (заявлено {exact} м²)',
        parcelAreaGeometry: 'paper.parcelArea {paper} м² отличается от площади полигона участка, {digital} м² с округлением до целого м² (по чертежу {exact} м²; слой участка площадь не заявляет)',
        parcelAreaMixed: 'paper.parcelArea {paper} м² отличается от площади участков, {digital} м² с округлением до целого м² ({exact} м²: заявленный атрибут площади ({field}), где он есть, площадь полигона — где его нет)',
        buildingNotOnPaper: 'Здание {number} есть в слоях, но нет в paper.buildings',
        buildingNotInLayers: 'В paper.buildings указано здание {number}, которого нет в слое зданий',
        storeysDiffer: 'У здания {number} в слое {digital} этаж(а/ей), а на бумаге {paper}',
        conditionDiffers: 'Здание {number} в слое «{digital}», а на бумаге «{paper}»',
      },
    },
    'metadata/required': {
      description: 'В манифесте указаны surveyDate, performer.name, performer.id, applicant.name, crsName, scale и method',
      messages: { missingFact: '«{fact}» отсутствует или не заполнено' },
    },
    'metadata/scale': {
      description: 'Масштаб 1:500, 1:1000, 1:2000 или больший, кратный 1000; для объекта индивидуальной собственности — от 1:100 до 1:500',
      messages: {
        notAllowed: 'Масштаб 1:{scale} не допускается: используйте 1:500, 1:1000, 1:2000 или больший, кратный 1000',
        notAllowedIndividual: 'Масштаб 1:{scale} не допускается для объекта индивидуальной собственности: используйте от 1:100 до 1:500',
      },
    },
    'metadata/source-parcels': {
      description: 'При объединении (merge) в sourceParcels не меньше 2 участков; при разделе (division) — ровно 1',
      messages: {
        mergeNeedsTwo: 'При объединении в sourceParcels должны быть кадастровые коды не менее 2 объединяемых участков; указано {count}',
        divisionNeedsOne: 'При разделе в sourceParcels должен быть кадастровый код ровно 1 делимого участка; указано {count}',
      },
    },
    'photos/capture-date-matches-survey': {
      description: 'Каждая JPEG-фотография сделана в день съёмки (местная дата DateTimeOriginal, в часовом поясе профиля, если смещение записано)',
      messages: { otherDate: '{file} снят {captureDate} ({when}), а не в день съёмки {surveyDate}' },
    },
    'photos/capture-date-present': {
      description: 'У каждой JPEG-фотографии есть EXIF DateTimeOriginal (или CreateDate), чтобы дату съёмки можно было проверить',
      messages: {
        missing: 'У {file} нет даты съёмки в EXIF (DateTimeOriginal или CreateDate): дату съёмки проверить нельзя',
        unreadable: 'У {file} дата съёмки в EXIF — не настоящая дата («{value}»): дату съёмки проверить нельзя',
        exifBroken: 'У {file} нет читаемой даты съёмки в EXIF: {reason}',
      },
    },
    'photos/clock-disagrees': {
      description: 'Отметка даты/времени GPS фотографии (UTC), приведённая к часовому поясу профиля, приходится на дату съёмки',
      messages: { otherDate: '{file}: часы GPS показывают {gpsDateTime} UTC, то есть {gpsDate} в {timeZone}, а дата съёмки камеры — {captureDate}: часы камеры могут быть неверны' },
    },
    'photos/duplicate': {
      description: 'Никакие два файла фотографий комплекта не совпадают по содержимому (SHA-256)',
      messages: {
        sameContent: '{file} — то же изображение, что {original} (SHA-256 {sha256}): каждая фотография должна показывать свой вид участка',
        otherSubmission: '{file} — то же изображение, что {original} из комплекта {submission} (SHA-256 {sha256}): фотография взята из другой работы',
      },
    },
    'photos/is-jpeg': {
      description: 'Каждый файл .jpg/.jpeg — целое JPEG-изображение (по байтам, а не по имени); другие файлы изображений не засчитываются',
      messages: {
        notJpeg: '{file} назван .jpg, но не является JPEG-изображением (его байты — {type}): сохраните его как JPEG',
        damaged: '{file} — повреждённый JPEG: {reason}',
        otherImage: '{file} — изображение {type}, а не JPEG: ст. 5 требует фотографии JPG, поэтому оно не засчитывается',
      },
    },
    'photos/min-count': {
      description: 'Приложено не менее 3 JPEG-фотографий (углы границы и общий вид)',
      messages: { tooFew: 'Приложено JPEG-фотографий: {count}; ст. 5 требует не менее {min} (углы границы и общий вид)' },
    },
    'photos/near-parcel': {
      description: 'Фотография с GPS-позицией сделана не дальше photoMaxDistance (200 м) от снятого участка',
      messages: {
        farFromParcels: '{file} снят в {distance} м от ближайшего участка (предел {limit} м): снят ли он на этом объекте?',
        cannotPlace: 'GPS-позицию {file} (широта {lat}, долгота {lon}) нельзя поместить в {crs}: снят ли он на этом объекте?',
      },
    },
    'photos/not-in-future': {
      description: 'Ни одна JPEG-фотография не снята позже даты чертежа или позже текущего момента',
      messages: {
        afterNow: 'Время съёмки {file} в будущем: {captureDateTime} ({zone}) позже текущего момента ({now} в {timeZone})',
        afterDrawing: '{file} снят {captureDate}, после даты чертежа {drawingDate}',
      },
    },
    'tolerance/registered-gap': {
      description: 'Между снятым участком и зарегистрированным соседним нет щели уже 0,30 м',
      messages: {
        gap: 'Щель шириной {width} м (уже {limit} м) между участком и зарегистрированным участком {cadCode}, площадью {area} м²: граница должна проходить по зарегистрированной',
        notChecked: 'Не проверено: нет зарегистрированных данных (укажите их через --registered)',
      },
    },
    'tolerance/registered-overlap': {
      description: 'Снятый участок накладывается на зарегистрированный (кроме своих исходных участков) не больше чем на 0,30 м',
      messages: {
        overlap: 'Наложение участка на зарегистрированный участок {cadCode} шириной {width} м (предел {limit} м), площадью {area} м²',
        tolerated: 'Наложение участка на зарегистрированный участок {cadCode} шириной {width} м, в пределах допуска {limit} м (допустимо), площадью {area} м²',
        notChecked: 'Не проверено: нет зарегистрированных данных (укажите их через --registered)',
        otherSubmission: 'Наложение участка на участок {otherParcel} из комплекта {submission} шириной {width} м (предел {limit} м), площадью {area} м²: на эту землю претендуют оба',
      },
    },
    'tolerance/vertex-near-miss': {
      description: 'Вершина участка не ближе 0,15 м к вершине или стороне другого участка (снятого или зарегистрированного), если не совпадает с ней',
      messages: {
        nearVertex: 'Вершина в {distance} м от вершины {other} (ближе {limit} м, но не совпадает): совместите их',
        nearEdge: 'Вершина в {distance} м от стороны {other} (ближе {limit} м, но не на ней): поставьте её на сторону или отодвиньте',
        tooManyNearMisses: 'У участка {parcel} уже {max} почти совпадающих вершин; остальные его вершины не проверены по отдельности: слой нарисован поверх себя, перерисуйте его',
      },
    },
    'topology/building-within-parcel': {
      description: 'Здание-сооружение лежит в пределах участка (участков): ни одна часть не выступает шире точности 0,15 м',
      messages: { protrudes: 'Здание {building} выступает за участок на {width} м (предел {limit} м)' },
    },
    'topology/contours-match-registered': {
      description: 'При объединении или разделе новые участки вместе покрывают зарегистрированные исходные участки с точностью до 0,30 м',
      messages: {
        beyondSources: 'Новые участки выходят за зарегистрированные исходные участки на {width} м (предел {limit} м), площадью {area} м²',
        sourceUncovered: 'Часть зарегистрированных исходных участков шириной {width} м (предел {limit} м) не покрыта новыми участками, площадью {area} м²',
        sourceNotFound: 'Исходного участка {cadCode} нет в зарегистрированных данных рядом со съёмкой: контур сравнить нельзя',
        notChecked: 'Не проверено: нет зарегистрированных данных (укажите их через --registered)',
      },
    },
    'topology/line-duplicate': {
      description: 'Никакие две линейные записи и никакие две части одной не идут друг вдоль друга дольше точности 0,15 м',
      messages: {
        duplicateRecord: 'Линия {line} идёт вдоль линии {other} на протяжении {length} м (предел {limit} м): она начерчена дважды',
        duplicatePart: 'Части {part} и {otherPart} линии {line} идут друг вдоль друга на протяжении {length} м (предел {limit} м): она начерчена дважды',
      },
    },
    'topology/line-single-piece': {
      description: 'Запись линейного сооружения — одна связная линия: её куски смыкаются (концы в пределах 0,001 м)',
      messages: { broken: 'Линия разорвана на {pieces} несвязанных куска(ов); ближайшие находятся в {gap} м друг от друга' },
    },
    'topology/parcel-gap': {
      description: 'Между участками комплекта нет непокрытой полосы шириной до 1 м: шире точности 0,15 м — ошибка, уже — предупреждение',
      messages: {
        gap: 'Непокрытая полоса шириной {width} м между участками {parcels} (предел {limit} м)',
        withinAccuracy: 'Непокрытая полоса шириной {width} м между участками {parcels}, в пределах точности {limit} м: совместите общую границу',
        enclosedArea: 'Неснятая замкнутая область шириной {width} м между участками {parcels} (шире {limit} м, возможных для щели)',
      },
    },
    'topology/parcel-overlap': {
      description: 'Участки комплекта не накладываются: шире точности 0,15 м — ошибка, уже — предупреждение',
      messages: {
        overlap: 'Наложение участка {parcel} на участок {other} шириной {width} м (предел {limit} м)',
        withinAccuracy: 'Наложение участка {parcel} на участок {other} шириной {width} м, в пределах точности {limit} м: совместите общую границу',
        tooManyOverlaps: 'Участок {parcel} уже накладывается на {max} участков; ещё {count} соседних не измерены по отдельности: слой нарисован поверх себя, перерисуйте его',
      },
    },
    'topology/point-on-line-vertex': {
      description: 'Сопутствующая точка лежит в вершине линий линейного сооружения с точностью 0,15 м',
      messages: {
        offVertex: 'Точка {point} в {distance} м от ближайшей вершины линейного сооружения (предел {limit} м)',
        noLine: 'Точке {point} не на чем лежать: в комплекте нет вершин линейных сооружений',
      },
    },
    'topology/servitude-within-parcel': {
      description: 'Сервитут лежит в пределах участка (участков): ни одна часть не выступает шире точности 0,15 м',
      messages: { protrudes: 'Сервитут {servitude} выходит за участок на {width} м (предел {limit} м)' },
    },
    // Profiles ua-1051 and kz-pcm.
    "kz/closed-contours": {
      description: "Каждый контур поворотных точек замкнут (последняя точка повторяет номер или координаты первой) и содержит не менее 3 различных точек",
      messages: {
        notClosed: "Контур {contour} не замкнут: он заканчивается точкой {last}, в {distance} м от первой точки {first}; повторите точку {first} в конце",
        tooFew: "В контуре {contour} различных точек: {count}; граница участка требует не менее 3",
      },
    },
    "kz/parseable-lines": {
      description: "Каждая строка файла поворотных точек читается как «номер X Y» (или это заголовок контура, комментарий, пустая строка), и в файле есть точки",
      messages: {
        unparseable: "Строку {line} нельзя прочитать как «номер X Y»: {reason} ({text})",
        noPoints: "В файле нет поворотных точек",
      },
    },
    "kz/point-numbers": {
      description: "В контуре номера поворотных точек не повторяются (кроме первой, замыкающей), общий для контуров номер имеет одинаковые координаты, в целочисленной нумерации нет пропусков",
      messages: {
        repeated: "Точка {number} встречается в контуре {contour} дважды (строки {first} и {line})",
        conflicting: "Точка {number} контура {contour} (строка {line}) лежит в {distance} м от точки {number} контура {other} (строка {first}): один номер — два места",
        missing: "В контуре {contour} после точки {from} идёт точка {to}: пропущено номеров: {count}",
      },
    },
    "ua/area-matches-geometry": {
      description: "Декларированная площадь участка (Area/Size в своей единице MeasurementUnit) равна плоской площади начерченного полигона с погрешностью Error файла или с точностью округления записанного числа",
      messages: {
        areaDiffers: "{boundary} декларирует {size} {unit} ({declared} м²), а начерченный полигон имеет {computed} м²: разница {difference} м² (предел {limit} м²)",
      },
    },
    "ua/closed-boundaries": {
      description: "Каждая граница (участка, угодий, ограничения, дыры) состоит из полилиний, которые соединяются концами и замыкаются в начале",
      messages: {
        empty: "Граница {boundary} не содержит полилиний",
        broken: "Граница {boundary} разорвана между полилиниями {line} и {next}: у них нет общей концевой точки",
        notClosed: "Граница {boundary} не замкнута: она заканчивается точкой {last}, а не первой точкой {first}",
      },
    },
    "ua/crs-declared": {
      description: "Обменный файл объявляет систему координат в InfoPart/MetricInfo/CoordinateSystem; координаты УСК-2000 лежат в зоне Гаусса–Крюгера 4–7",
      messages: {
        missing: "Файл не объявляет систему координат (InfoPart/MetricInfo/CoordinateSystem): его координаты нельзя разместить",
        notPlaced: "Объявлена система координат {name}, но cadcheck не может разместить её на карте: проверяется только геометрия",
        zoneUnknown: "Ордината УСК-2000 {easting} не начинается с номера зоны Гаусса–Крюгера 4–7: перепутаны X/Y или другая система?",
      },
    },
    "ua/point-accuracy": {
      description: "У каждой точки есть числовые координаты X и Y и точности MX и MY — числа ≥ 0",
      messages: {
        missing: "У точки {uidp} нет {field}",
        notANumber: "Точка {uidp}: {field} «{value}» — не число",
        negative: "Точка {uidp}: {field} {value} отрицательно; точность ≥ 0",
      },
    },
    "ua/polyline-refs": {
      description: "Каждая полилиния имеет уникальный ULID и не менее 2 точек из PointInfo; каждая линия границы ссылается на существующую полилинию; каждая закреплённая точка есть в PointInfo",
      messages: {
        unknownPoint: "Полилиния {ulid} ссылается на точку {uidp}, которой нет в PointInfo",
        unknownPolyline: "Граница {boundary} ссылается на полилинию {ulid}, которой нет в MetricInfo/Polyline",
        duplicatePolyline: "Номер полилинии (ULID) {ulid} использован дважды: полилинии {first} и {second}",
        tooShort: "В полилинии {ulid} точек: {count}; полилинии нужно не менее 2",
        unknownControlPoint: "ControlPoint называет точку {uidp}, которой нет в PointInfo",
      },
    },
    "ua/schema": {
      description: "Обменный файл соответствует XML-схеме обменного формата версии 0.7, по которой его проверяет Государственный земельный кадастр",
      messages: {
        missingChild: "В <{element}> не хватает {expected}, которые обменный формат требует в этом месте; строка {line}, столбец {column} ({path}); мест: {count}",
        unexpected: "<{element}> не допускается в этом месте; обменный формат ожидает здесь {expected}; строка {line}, столбец {column} ({path}); мест: {count}",
        unexpectedHere: "<{element}> не допускается в этом месте; строка {line}, столбец {column} ({path}); мест: {count}",
        textNotAllowed: "<{element}> содержит текст, а обменный формат требует в нём элементов; строка {line}, столбец {column} ({path}); мест: {count}",
        textInsteadOf: "<{element}> содержит текст, а обменный формат требует в нём элемента, одного из {expected} (например, <M/>, а не M); строка {line}, столбец {column} ({path}); мест: {count}",
        attributeNotAllowed: "<{element}> имеет атрибут {value}=…, которого нет в обменном формате; строка {line}, столбец {column} ({path}); мест: {count}",
        notInList: "<{element}> содержит «{value}», чего нет среди значений формата {expected}; строка {line}, столбец {column} ({path}); мест: {count}",
        badPattern: "<{element}> содержит «{value}», что не имеет требуемой формы ({expected}); строка {line}, столбец {column} ({path}); мест: {count}",
        badLength: "<{element}> содержит «{value}» недопустимой длины (длина {expected}); строка {line}, столбец {column} ({path}); мест: {count}",
        notNumber: "<{element}> содержит «{value}», что не является числом (пишите цифры с десятичной точкой, например 5592000.25); строка {line}, столбец {column} ({path}); мест: {count}",
        notWholeNumber: "<{element}> содержит «{value}», что не является целым числом; строка {line}, столбец {column} ({path}); мест: {count}",
        notDate: "<{element}> содержит «{value}», что не является датой в форме ГГГГ-ММ-ДД; строка {line}, столбец {column} ({path}); мест: {count}",
        notBoolean: "<{element}> содержит «{value}», а должно быть true или false; строка {line}, столбец {column} ({path}); мест: {count}",
        wrongType: "<{element}> содержит «{value}», что не относится к типу {expected}; строка {line}, столбец {column} ({path}); мест: {count}",
        other: "<{element}>: {detail}; строка {line}, столбец {column} ({path}); мест: {count}",
        more: "Ещё различных проблем схемы, не перечисленных здесь: {count}",
        otherVersion: "Файл указывает версию обменного формата {version}; cadcheck проверяет его по версии {checked}, которую принимает Государственный земельный кадастр",
      },
    },
    "ua/unique-point-ids": {
      description: "У каждой точки PointInfo есть UIDP, и никакие две точки не имеют одинакового",
      messages: {
        duplicate: "Номер точки (UIDP) {uidp} использован дважды: точки {first} и {second} в PointInfo",
        missingId: "У точки {index} в PointInfo нет номера (UIDP)",
      },
    },
  },
};

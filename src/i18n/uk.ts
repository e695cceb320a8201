// Ukrainian: report labels and every rule's description and messages (terms after Res. 1051: земельна ділянка, межа, вузол, точка повороту, сервітут, накладання).
import { slavicPlural } from './plural.js';
import type { Labels, Noun, Translation } from './types.js';

const NOUNS: Record<Noun, [string, string, string]> = {
  error: ['помилка', 'помилки', 'помилок'],
  warning: ['попередження', 'попередження', 'попереджень'],
  info: ['зауваження', 'зауваження', 'зауважень'],
  finding: ['знахідка', 'знахідки', 'знахідок'],
  submission: ['комплект', 'комплекти', 'комплектів'],
};

const labels: Labels = {
  htmlLang: 'uk',
  severity: { error: 'помилка', warning: 'попередження', info: 'зауваження' },
  pass: 'ПРИЙНЯТО',
  fail: 'ВІДХИЛЕНО',
  count: (count, noun) => `${count} ${slavicPlural(count, NOUNS[noun])}`,
  at: 'у точці',
  measured: 'виміряно',
  limit: 'ліміт',
  profile: 'профіль',
  noFile: '(комплект)',
  moreFindings: (count, ruleId) => `… і ще ${count} за правилом ${ruleId} у цьому файлі (усі є в --format json)`,
  infosHidden: '(зауваження приховано; --verbose їх покаже)',
  andMore: (count) => `(і ще ${count})`,
  turnedOff: 'вимкнено в конфігурації',
  reportTitle: 'Звіт cadcheck',
  map: 'Карта',
  findings: 'Результати перевірки',
  photos: 'Фотографії',
  layers: 'Шари',
  nothingToDraw: 'Нічого малювати: жоден шар не вдалося розмістити в системі координат профілю.',
  notDrawn: 'Не намальовано (система координат невідома):',
  legend: { parcel: 'земельна ділянка', building: 'будівля/споруда', obligation: 'обтяження', lines: 'лінії', points: 'точки', problemArea: 'проблемна ділянка', registered: 'зареєстрований сусід' },
  columns: { severity: 'Рівень', finding: 'Знахідка', file: 'Файл', measured: 'Виміряно', location: 'Місце', role: 'Роль', geometry: 'Геометрія', features: "Об'єкти", crs: 'Система координат' },
  noFindings: 'Зауважень немає.',
  noPhotos: 'Фотографій немає.',
  noThumbnail: 'немає мініатюри',
  noCaptureDate: 'немає дати зйомки',
  surveyDate: 'дата зйомки',
  unknown: 'невідомо',
  coordinatesIn: 'координати в',
  overMaxWarnings: 'попереджень більше, ніж дозволяє --max-warnings',
  hiddenNote: (count, showsWarnings) =>
    `Не показано знахідок іншого рівня: ${count} (${showsWarnings ? '--verbose покаже зауваження' : 'без --quiet показуються й попередження'}).`,
  showOnMap: 'показати на карті',
  noLocation: 'без місця',
  footer: (name, version) => `Створено: ${name} ${version}. Карту намальовано в системі координат профілю, північ сітки вгорі; номери на ній — рядки таблиці результатів.`,
  ruleCrashed: (ruleId, error) => `Правило ${ruleId} аварійно завершилося (це помилка cadcheck, повідомте про неї): ${error}`,
  notPlaced: 'Не перевірено: шар не прив\'язаний до місцевості (його система координат невідома або не та, що очікується, або координати лежать за межами країни; див. input/crs-defined, input/crs-expected та input/coordinates-plausible), тому на ньому нічого не вимірюється',
  batchTable: {
    submission: 'КОМПЛЕКТ', verdict: 'ПІДСУМОК', errors: 'ПОМИЛКИ', warnings: 'ПОПЕРЕДЖЕННЯ', firstError: 'ПЕРША ПОМИЛКА',
    checked: (count) => `перевірено комплектів: ${count} — `, passed: (count) => `прийнято: ${count}`, failed: (count) => `відхилено: ${count}`,
    unchanged: (count, ref) => `без змін від ${ref}: ${count}, не перевірені`, interrupted: (count) => `перервано: не перевірено ${count}`,
  },
  progress: {
    reading: (file) => `читання ${file}`,
    read: (file, features) => `${file} прочитано: об’єктів ${features}`,
    registered: 'читання зареєстрованих ділянок',
    rule: (ruleId, done, total) => `${ruleId} ${done}/${total} правил`,
  },
  applicant: 'заявник',
  address: 'адреса',
  cadastralCode: 'кадастровий код',
  photoFindings: (numbers) => `знахідки ${numbers}`,
  mapCluster: (count, numbers) => `тут ${count} ${slavicPlural(count, NOUNS.finding)}: ${numbers} (збільште, щоб розрізнити)`,
  zoom: { zoomIn: 'збільшити', zoomOut: 'зменшити', reset: 'усе креслення', hint: 'колесо миші змінює масштаб, перетягування зсуває карту' },
  mapAria: {
    map: (crs) => `Карта шарів і результатів у ${crs}, північ угорі`,
    scaleBar: (metres) => `масштабна лінійка ${metres} м`,
    north: (crs) => `північ (північ сітки ${crs})`,
  },
  roles: { parcel: 'ділянка', building: 'будівля', obligation: 'обтяження', linear: 'лінійна споруда', sides: 'сторони ділянки', points: 'супутні точки', markers: 'мітки сусідів' },
  geometryTypes: { Point: 'точка', LineString: 'лінія', Polygon: 'полігон', MultiPoint: 'мультиточка', MultiLineString: 'мультилінія', MultiPolygon: 'мультиполігон', GeometryCollection: 'набір геометрій' },
  law: {
    names: {
      'ge-388': { law: 'Постанова Уряду Грузії № 388 (2016)', annex: 'додаток 1' },
      'ua-1051': { law: 'Постанова КМУ № 1051 (2012)', annex: null },
      'kz-pcm': { law: 'Наказ № 252/НҚ (2023), Правила ведення публічної кадастрової карти', annex: null },
    },
    words: [['the exchange file format', 'формат файлу обміну'], ['Annex', 'додаток'], ['Items', 'пп.'], ['Item', 'п.'], ['Art.', 'ст.']],
  },
  howToFix: 'як виправити',
  fixIn: (ruleId) => `як виправити: cadcheck explain ${ruleId}`,
};

export const uk: Translation = {
  labels,
  rules: {
    'attributes/allowed-values': {
      description: 'Кодовані атрибути мають допустиме значення: призначення і спосіб для ділянки, стан і поверховість будівлі, тип обтяження, тип лінійної споруди, мітка орієнтира',
      messages: {
        notInList: '{field} «{value}» — недопустиме значення (допустимі: {allowed})',
        notStoreys: 'поверховість «{value}» — не ціле число ≥ 0 (0 = визначити не вдалося)',
        notLabel: 'мітка орієнтира «{value}» — не великі латинські літери (A, B, … Z, AA, …)',
      },
    },
    'attributes/area-matches-geometry': {
      description: 'Заявлена площа ділянки відрізняється від плоскої площі її полігона не більше ніж на areaTolerance (типово 1 м²)',
      messages: {
        areaDiffers: 'Заявлена площа {declared} м² відрізняється від накресленої {computed} м² на {difference} м² (ліміт {limit} м²)',
        notANumber: 'Заявлена площа «{value}» — не число',
      },
    },
    'attributes/building-number': {
      description: 'Номери будівель записано як 01…09, 10…, 100… і вони не повторюються в комплекті',
      messages: {
        badPattern: 'Номер будівлі «{number}» записано не у вигляді 01…09, 10…, 100…',
        duplicate: "Номер будівлі «{number}» використано двічі (уперше — об'єктом {firstIndex} файлу {firstFile})",
      },
    },
    'attributes/complete': {
      description: "Жодне обов'язкове поле в жодному записі не порожнє",
      messages: { blank: '«{field}» не заповнено' },
    },
    'attributes/linear-length': {
      description: 'length_plan лінійної споруди відрізняється від 2D-довжини її лінії не більше ніж на точність (0,15 м)',
      messages: {
        lengthDiffers: 'length_plan {declared} м відрізняється від накресленої 2D-довжини {computed} м на {difference} м (ліміт {limit} м)',
        notANumber: 'length_plan «{value}» — не число',
      },
    },
    'attributes/marker-label': {
      description: 'Мітки орієнтирів суміжних ділянок не повторюються',
      messages: { duplicate: "Мітку орієнтира «{label}» використано двічі (уперше — об'єктом {firstIndex} файлу {firstFile})" },
    },
    'attributes/required': {
      description: 'Кожен шар має поля, яких вимагає закон: площа, призначення і спосіб для ділянки; номер, поверховість і стан будівлі; тип обтяження; тип і length_plan лінійної споруди',
      messages: { missingField: 'У таблиці {role} немає поля «{field}» (прийнятні назви: {names})' },
    },
    'geometry/duplicate': {
      description: "У шарі немає двох записів з однаковою геометрією й двох об'єктів, що не торкаються один одного, з тим самим ідентифікатором (кадастровий номер, id ділянки, номер будівлі, id обтяження)",
      messages: {
        sameGeometry: 'Та сама геометрія, що в запису {other} цього шару: видаліть один',
        sameIdentifier: "Те саме значення {field} «{value}», що в запису {other}, на окремому об'єкті: один об'єкт — один запис; об'єднайте їх або дайте кожному власний {field}",
      },
    },
    'geometry/empty': {
      description: 'Кожен запис має непорожню геометрію',
      messages: {
        noGeometry: "Запис без геометрії: кожен запис повинен мати накреслений об'єкт",
        emptyGeometry: 'Запис із порожньою геометрією {type}',
      },
    },
    'geometry/pinched-multipart': {
      description: 'Немає записів, частини яких торкаються в одній точці',
      messages: { pinched: 'Частини {first} і {second} цього запису торкаються в одній точці: збережіть їх окремими записами або однією фігурою' },
    },
    'geometry/repeated-vertex': {
      description: 'Немає двох сусідніх вершин, ближчих за 0,001 м',
      messages: { repeated: 'Дві сусідні вершини на відстані {distance} м (збігаються при менше ніж {limit} м): видаліть одну' },
    },
    'geometry/valid': {
      description: 'Кожен полігон коректний за OGC: без самоперетинів, самонакладань, неправильно розміщених отворів, незамкнених кілець і нечислових координат',
      messages: { invalid: 'Некоректна геометрія ({kind}): {explanation}' },
    },
    'input/config-ignored': {
      description: 'cadcheck.config.json усередині комплекту ніколи не застосовується',
      messages: { ignored: '{file}: конфігурація всередині комплекту ніколи не застосовується; правила й допуски задає реєстр (--config або cadcheck.config.json у теці вище комплекту)' },
    },
    'input/coordinates-plausible': {
      description: 'Кожна координата лежить у межах охоплення профілю (Грузія: довгота 39,9–46,8, широта 40,9–43,7) і є скінченним числом',
      messages: {
        outsideExtent: 'Координата ({x}, {y}) лежить на довготі {lon}, широті {lat}, поза {extent}: переплутано X/Y, не та зона чи не та система координат?',
        nonFinite: 'Координата не є скінченним числом ({x}, {y})',
      },
    },
    'input/crs-defined': {
      description: 'Кожен шар оголошує свою систему координат (.prj, crs у GeoJSON або crs у маніфесті)',
      messages: {
        noCrs: 'Шар не має системи координат: додайте його файл .prj або «crs» у cadcheck.json',
        unparsableCrs: 'Систему координат шару ({source}) не вдається розпізнати: {definition}',
        manifestCrsForGeojson: 'У GeoJSON немає члена «crs», тож за RFC 7946 він був би в градусах (EPSG:4326), але його координати не можуть бути градусами: використано crs маніфесту {crs}. Запишіть «crs» у файл',
      },
    },
    'input/crs-expected': {
      description: 'Кожен шар задано в одній із систем координат профілю (порівнюються параметри, а не назва)',
      messages: { unexpectedCrs: 'Шар задано в {actual}; профіль очікує {expected}' },
    },
    'input/encoding': {
      description: '.dbf з текстом не в ASCII супроводжується файлом .cpg, що називає кодування',
      messages: { noCpg: 'У {file} є текст не в ASCII, але немає .cpg; його прочитано як {encoding}. Додайте .cpg (наприклад, UTF-8), щоб грузинський текст не спотворювався' },
    },
    'input/geometry-type': {
      description: 'Кожен шар містить той тип геометрії, якого потребує його роль',
      messages: { wrongType: 'Шар {role} містить геометрії {actual}; шар {role} повинен містити {expected}' },
    },
    'input/readable': {
      description: 'Кожен шар, фотографію й файл маніфесту комплекту можна прочитати',
      messages: { unreadable: '{file} не читається: {reason}' },
    },
    'input/required-layers': {
      description: 'У комплекті є шар земельної ділянки',
      messages: {
        noParcelLayer: 'Немає шару ділянки: назвіть його parcel.shp (або parcel.geojson, nakveti.shp, …) чи вкажіть у «layers» файлу cadcheck.json',
        parcelLayerUnreadable: 'Шар ділянки {file} не прочитано, тому ділянка відсутня',
      },
    },
    'input/too-complex': {
      description: 'Перевірка вкладається в бюджет часу й пам’яті',
      messages: {
        time: 'Перевірку зупинено на {stage} через {seconds} с: перевищено бюджет часу {limit} с (limits.maxCheckSeconds, cadcheck.config.json); подальше не перевірено',
        memory: 'Перевірку зупинено на {stage}: їй потрібно більше пам’яті, ніж бюджет {limit} МіБ (limits.maxHeapMb, cadcheck.config.json); подальше не перевірено',
      },
    },
    'input/unknown-layer': {
      description: 'Шар, роль якого не видно ні з маніфесту, ні з назви, не перевіряється',
      messages: { unknownRole: '{file}: роль шару невідома, тому шар не перевіряється. Найближча роль: «{role}» (допустима назва «{name}»). Назвіть файл за його роллю ({roles}; усі допустимі назви кожною мовою — у docs/layer-names.md) або вкажіть його в «layers» файлу cadcheck.json' },
    },
    'metadata/dates': {
      description: 'surveyDate і drawingDate — справжні дати РРРР-ММ-ДД, зйомка не пізніше складання креслення і жодна з дат не в майбутньому',
      messages: {
        notADate: '{fact} «{value}» — не справжня дата у вигляді РРРР-ММ-ДД',
        surveyAfterDrawing: 'surveyDate {surveyDate} пізніше за drawingDate {drawingDate}',
        inFuture: '{fact} {value} у майбутньому (сьогодні {today} у {timeZone})',
      },
    },
    'metadata/manifest': {
      description: 'У комплекті є маніфест cadcheck.json, який розбирається й відповідає схемі маніфесту',
      messages: {
        missing: 'Немає маніфесту cadcheck.json: виконайте `cadcheck init` у папці зйомки й заповніть його',
        unparsable: 'cadcheck.json не можна використати ({reason}): відомості паперової версії не перевіряються',
        invalidJson: 'cadcheck.json — некоректний JSON: він уривається в рядку {line}, стовпці {column} ({near}); там або трохи раніше бракує або зайва кома чи лапка. Відомості паперової версії не перевіряються',
        codeList: 'Рядок {line}, стовпець {column}: «{key}»: {value} — {key} має бути списком кодів {min}–{max}, наприклад [{min}]',
        oneOf: 'Рядок {line}, стовпець {column}: «{key}»: {value} — {key} має бути одним із: {allowed}; можливо, «{closest}»?',
        layerRole: 'Рядок {line}, стовпець {column}: «{key}» — не роль шару; ролі: {allowed}; можливо, «{closest}»?',
        wholeNumber: 'Рядок {line}, стовпець {column}: «{key}»: {value} — {key} має бути цілим числом не менше {min}, без лапок, наприклад {example}',
        number: 'Рядок {line}, стовпець {column}: «{key}»: {value} — {key} має бути числом не менше {min}, без лапок, наприклад {example}',
        text: 'Рядок {line}, стовпець {column}: «{key}»: {value} — {key} має бути текстом у лапках, наприклад {example}',
        trueFalse: 'Рядок {line}, стовпець {column}: «{key}»: {value} — {key} має бути true або false, без лапок',
        object: 'Рядок {line}, стовпець {column}: «{key}»: {value} — {key} має бути об’єктом у фігурних дужках, наприклад {example}',
        list: 'Рядок {line}, стовпець {column}: «{key}»: {value} — {key} має бути списком у квадратних дужках, наприклад {example}',
        schema: '{key} {problem}',
        unknownKey: 'Невідомий ключ «{key}» (пропущено)',
        unknownKeyNear: 'Рядок {line}, стовпець {column}: невідомий ключ «{key}» (пропущено); можливо, «{closest}»?',
      },
    },
    'metadata/paper-matches-digital': {
      description: 'Відомості паперової версії в маніфесті збігаються із шарами: площа ділянки, округлена до цілого м², номери будівель, поверховість і стан',
      messages: {
        parcelArea: 'paper.parcelArea {paper} м² відрізняється від заявленого атрибута площі ({field}) шару ділянки, {digital} м² з округленням до цілого м² (заявлено {exact} м²)',
        parcelAreaGeometry: 'paper.parcelArea {paper} м² відрізняється від площі полігону ділянки, {digital} м² з округленням до цілого м² (за кресленням {exact} м²; шар ділянки площі не заявляє)',
        parcelAreaMixed: 'paper.parcelArea {paper} м² відрізняється від площі ділянок, {digital} м² з округленням до цілого м² ({exact} м²: заявлений атрибут площі ({field}), де він є, площа полігону — де його немає)',
        buildingNotOnPaper: 'Будівля {number} є в шарах, але її немає в paper.buildings',
        buildingNotInLayers: 'У paper.buildings зазначено будівлю {number}, якої немає в шарі будівель',
        storeysDiffer: 'Будівля {number} має в шарі поверхів: {digital}, а на папері: {paper}',
        conditionDiffers: 'Будівля {number} у шарі «{digital}», а на папері «{paper}»',
      },
    },
    'metadata/required': {
      description: 'У маніфесті зазначено surveyDate, performer.name, performer.id, applicant.name, crsName, scale і method',
      messages: { missingFact: '«{fact}» відсутнє або не заповнене' },
    },
    'metadata/scale': {
      description: "Масштаб 1:500, 1:1000, 1:2000 або більший, кратний 1000; для об'єкта індивідуальної власності — від 1:100 до 1:500",
      messages: {
        notAllowed: 'Масштаб 1:{scale} не допускається: використовуйте 1:500, 1:1000, 1:2000 або більший, кратний 1000',
        notAllowedIndividual: "Масштаб 1:{scale} не допускається для об'єкта індивідуальної власності: використовуйте від 1:100 до 1:500",
      },
    },
    'metadata/source-parcels': {
      description: "Під час об'єднання (merge) у sourceParcels не менше 2 ділянок; під час поділу (division) — рівно 1",
      messages: {
        mergeNeedsTwo: "Під час об'єднання в sourceParcels мають бути кадастрові номери щонайменше 2 ділянок, що об'єднуються; зазначено {count}",
        divisionNeedsOne: 'Під час поділу в sourceParcels має бути кадастровий номер рівно 1 ділянки, що ділиться; зазначено {count}',
      },
    },
    'photos/capture-date-matches-survey': {
      description: 'Кожну JPEG-фотографію зроблено в день зйомки (місцева дата DateTimeOriginal, у часовому поясі профілю, якщо зміщення записано)',
      messages: { otherDate: '{file} знято {captureDate} ({when}), а не в день зйомки {surveyDate}' },
    },
    'photos/capture-date-present': {
      description: 'Кожна JPEG-фотографія має EXIF DateTimeOriginal (або CreateDate), щоб дату зйомки можна було перевірити',
      messages: {
        missing: '{file} не має дати зйомки в EXIF (DateTimeOriginal або CreateDate): дату зйомки перевірити не можна',
        unreadable: '{file} має в EXIF дату зйомки, що не є справжньою датою («{value}»): дату зйомки перевірити не можна',
        exifBroken: '{file} не має читабельної дати зйомки в EXIF: {reason}',
      },
    },
    'photos/clock-disagrees': {
      description: 'Позначка дати/часу GPS фотографії (UTC), зведена до часового поясу профілю, припадає на дату зйомки',
      messages: { otherDate: '{file}: годинник GPS показує {gpsDateTime} UTC, тобто {gpsDate} у {timeZone}, а дата зйомки камери — {captureDate}: годинник камери може бути неточним' },
    },
    'photos/duplicate': {
      description: 'Жодні два файли фотографій комплекту не збігаються вмістом (SHA-256)',
      messages: {
        sameContent: "{file} — те саме зображення, що {original} (SHA-256 {sha256}): кожна фотографія має показувати свій вигляд об'єкта",
        otherSubmission: '{file} — те саме зображення, що {original} з комплекту {submission} (SHA-256 {sha256}): фотографію взято з іншої роботи',
      },
    },
    'photos/is-jpeg': {
      description: 'Кожен файл .jpg/.jpeg — ціле JPEG-зображення (за байтами, а не за назвою); інші файли зображень не зараховуються',
      messages: {
        notJpeg: '{file} названо .jpg, але це не JPEG-зображення (його байти — {type}): збережіть його як JPEG',
        damaged: '{file} — пошкоджений JPEG: {reason}',
        otherImage: '{file} — зображення {type}, а не JPEG: ст. 5 вимагає фотографій JPG, тож його не зараховано',
      },
    },
    'photos/min-count': {
      description: 'Додано щонайменше 3 JPEG-фотографії (кути межі та загальний вигляд)',
      messages: { tooFew: 'Додано JPEG-фотографій: {count}; ст. 5 вимагає щонайменше {min} (кути межі та загальний вигляд)' },
    },
    'photos/near-parcel': {
      description: 'Фотографію з GPS-позицією зроблено не далі ніж photoMaxDistance (200 м) від знятої ділянки',
      messages: {
        farFromParcels: "{file} знято за {distance} м від найближчої ділянки (ліміт {limit} м): чи знято його на цьому об'єкті?",
        cannotPlace: "GPS-позицію {file} (широта {lat}, довгота {lon}) не можна розмістити в {crs}: чи знято його на цьому об'єкті?",
      },
    },
    'photos/not-in-future': {
      description: 'Жодну JPEG-фотографію не знято пізніше дати креслення або пізніше поточного моменту',
      messages: {
        afterNow: 'Час зйомки {file} у майбутньому: {captureDateTime} ({zone}) пізніше поточного моменту ({now} у {timeZone})',
        afterDrawing: '{file} знято {captureDate}, після дати креслення {drawingDate}',
      },
    },
    'tolerance/registered-gap': {
      description: 'Між знятою ділянкою й зареєстрованою суміжною немає щілини, вужчої за 0,30 м',
      messages: {
        gap: 'Щілина завширшки {width} м (вужча за {limit} м) між ділянкою і зареєстрованою ділянкою {cadCode}, площею {area} м²: межа має йти по зареєстрованій',
        notChecked: 'Не перевірено: немає зареєстрованих даних (вкажіть їх через --registered)',
      },
    },
    'tolerance/registered-overlap': {
      description: 'Знята ділянка накладається на зареєстровану (крім своїх вихідних ділянок) не більше ніж на 0,30 м',
      messages: {
        overlap: 'Накладання ділянки на зареєстровану ділянку {cadCode} завширшки {width} м (ліміт {limit} м), площею {area} м²',
        tolerated: 'Накладання ділянки на зареєстровану ділянку {cadCode} завширшки {width} м, у межах допуску {limit} м (допустимо), площею {area} м²',
        notChecked: 'Не перевірено: немає зареєстрованих даних (вкажіть їх через --registered)',
        otherSubmission: 'Накладання ділянки на ділянку {otherParcel} з комплекту {submission} завширшки {width} м (ліміт {limit} м), площею {area} м²: на цю землю претендують обидві',
      },
    },
    'tolerance/vertex-near-miss': {
      description: 'Вершина ділянки не ближча за 0,15 м до вершини чи сторони іншої ділянки (знятої чи зареєстрованої), якщо не збігається з нею',
      messages: {
        nearVertex: 'Вершина за {distance} м від вершини {other} (ближче за {limit} м, але не збігається): поєднайте їх',
        nearEdge: 'Вершина за {distance} м від сторони {other} (ближче за {limit} м, але не на ній): поставте її на сторону або відсуньте',
        tooManyNearMisses: 'Ділянка {parcel} уже має {max} майже збіжних вершин; решту її вершин не перевірено окремо: шар намальовано поверх себе, перемалюйте його',
      },
    },
    'topology/building-within-parcel': {
      description: 'Будівля/споруда лежить у межах ділянки (ділянок): жодна частина не виступає ширше за точність 0,15 м',
      messages: { protrudes: 'Будівля {building} виступає за ділянку на {width} м (ліміт {limit} м)' },
    },
    'topology/contours-match-registered': {
      description: "Під час об'єднання чи поділу нові ділянки разом покривають зареєстровані вихідні ділянки з точністю до 0,30 м",
      messages: {
        beyondSources: 'Нові ділянки виходять за зареєстровані вихідні ділянки на {width} м (ліміт {limit} м), площею {area} м²',
        sourceUncovered: 'Частину зареєстрованих вихідних ділянок завширшки {width} м (ліміт {limit} м) не покрито новими ділянками, площею {area} м²',
        sourceNotFound: 'Вихідної ділянки {cadCode} немає в зареєстрованих даних поблизу зйомки: контур порівняти не можна',
        notChecked: 'Не перевірено: немає зареєстрованих даних (вкажіть їх через --registered)',
      },
    },
    'topology/line-duplicate': {
      description: 'Жодні два лінійні записи й жодні дві частини одного не йдуть одна вздовж одної довше за точність 0,15 м',
      messages: {
        duplicateRecord: 'Лінія {line} іде вздовж лінії {other} на {length} м (ліміт {limit} м): її накреслено двічі',
        duplicatePart: 'Частини {part} і {otherPart} лінії {line} ідуть одна вздовж одної на {length} м (ліміт {limit} м): її накреслено двічі',
      },
    },
    'topology/line-single-piece': {
      description: "Запис лінійної споруди — одна зв'язна лінія: її шматки сходяться (кінці в межах 0,001 м)",
      messages: { broken: "Лінію розірвано на {pieces} не з'єднаних шматків; найближчі — за {gap} м один від одного" },
    },
    'topology/parcel-gap': {
      description: 'Між ділянками комплекту немає непокритої смуги завширшки до 1 м: ширша за точність 0,15 м — помилка, вужча — попередження',
      messages: {
        gap: 'Непокрита смуга завширшки {width} м між ділянками {parcels} (ліміт {limit} м)',
        withinAccuracy: 'Непокрита смуга завширшки {width} м між ділянками {parcels}, у межах точності {limit} м: поєднайте спільну межу',
        enclosedArea: 'Незнята замкнена область завширшки {width} м між ділянками {parcels} (ширша за {limit} м, можливі для щілини)',
      },
    },
    'topology/parcel-overlap': {
      description: 'Ділянки комплекту не накладаються: ширше за точність 0,15 м — помилка, вужче — попередження',
      messages: {
        overlap: 'Накладання ділянки {parcel} на ділянку {other} завширшки {width} м (ліміт {limit} м)',
        withinAccuracy: 'Накладання ділянки {parcel} на ділянку {other} завширшки {width} м, у межах точності {limit} м: поєднайте спільну межу',
        tooManyOverlaps: 'Ділянка {parcel} уже накладається на {max} ділянок; ще {count} сусідніх не виміряно окремо: шар намальовано поверх себе, перемалюйте його',
      },
    },
    'topology/point-on-line-vertex': {
      description: 'Супутня точка лежить у вершині ліній лінійної споруди з точністю 0,15 м',
      messages: {
        offVertex: 'Точка {point} за {distance} м від найближчої вершини лінійної споруди (ліміт {limit} м)',
        noLine: 'Точці {point} ні на чому лежати: у комплекті немає вершин лінійних споруд',
      },
    },
    'topology/servitude-within-parcel': {
      description: 'Сервітут лежить у межах ділянки (ділянок): жодна частина не виступає ширше за точність 0,15 м',
      messages: { protrudes: 'Сервітут {servitude} виходить за ділянку на {width} м (ліміт {limit} м)' },
    },
    // Profiles ua-1051 and kz-pcm.
    "kz/closed-contours": {
      description: "Кожен контур точок повороту замкнений (остання точка повторює номер або координати першої) і має щонайменше 3 різні точки",
      messages: {
        notClosed: "Контур {contour} не замкнений: він закінчується точкою {last}, за {distance} м від першої точки {first}; повторіть точку {first} наприкінці",
        tooFew: "У контурі {contour} різних точок: {count}; межа ділянки потребує щонайменше 3",
      },
    },
    "kz/parseable-lines": {
      description: "Кожен рядок файлу точок повороту читається як «номер X Y» (або це заголовок контуру, коментар, порожній рядок), і файл має точки",
      messages: {
        unparseable: "Рядок {line} не можна прочитати як «номер X Y»: {reason} ({text})",
        noPoints: "У файлі немає точок повороту",
      },
    },
    "kz/point-numbers": {
      description: "У контурі номери точок повороту не повторюються (крім першої, що замикає), спільний для контурів номер має однакові координати, у цілочисловій нумерації немає пропусків",
      messages: {
        repeated: "Точка {number} трапляється в контурі {contour} двічі (рядки {first} і {line})",
        conflicting: "Точка {number} контуру {contour} (рядок {line}) лежить за {distance} м від точки {number} контуру {other} (рядок {first}): один номер — два місця",
        missing: "У контурі {contour} після точки {from} іде точка {to}: пропущено номерів: {count}",
      },
    },
    "ua/area-matches-geometry": {
      description: "Задекларована площа ділянки (Area/Size у своїй одиниці MeasurementUnit) дорівнює плоскій площі накресленого полігону з похибкою Error файлу або з точністю округлення записаного числа",
      messages: {
        areaDiffers: "{boundary} декларує {size} {unit} ({declared} м²), а накреслений полігон має {computed} м²: різниця {difference} м² (межа {limit} м²)",
      },
    },
    "ua/closed-boundaries": {
      description: "Кожна межа (ділянки, угідь, обмеження, отвору) складається з поліліній, що з’єднуються кінцями й замикаються на початку",
      messages: {
        empty: "Межа {boundary} не містить поліліній",
        broken: "Межу {boundary} розірвано між полілініями {line} і {next}: вони не мають спільної кінцевої точки",
        notClosed: "Межа {boundary} не замкнена: вона закінчується точкою {last}, а не першою точкою {first}",
      },
    },
    "ua/crs-declared": {
      description: "Обмінний файл оголошує систему координат у InfoPart/MetricInfo/CoordinateSystem; координати УСК-2000 лежать у зоні Гаусса–Крюгера 4–7",
      messages: {
        missing: "Файл не оголошує системи координат (InfoPart/MetricInfo/CoordinateSystem): його координати не можна розмістити",
        notPlaced: "Оголошено систему координат {name}, але cadcheck не може розмістити її на карті: перевіряється лише геометрія",
        zoneUnknown: "Ордината УСК-2000 {easting} не починається з номера зони Гаусса–Крюгера 4–7: переплутано X/Y чи інша система?",
      },
    },
    "ua/point-accuracy": {
      description: "Кожна точка має числові координати X і Y та точності MX і MY — числа ≥ 0",
      messages: {
        missing: "Точка {uidp} не має {field}",
        notANumber: "Точка {uidp}: {field} «{value}» — не число",
        negative: "Точка {uidp}: {field} {value} від’ємне; точність ≥ 0",
      },
    },
    "ua/polyline-refs": {
      description: "Кожна полілінія має унікальний ULID і щонайменше 2 точки з PointInfo; кожна лінія межі посилається на наявну полілінію; кожна закріплена точка є в PointInfo",
      messages: {
        unknownPoint: "Полілінія {ulid} посилається на точку {uidp}, якої немає в PointInfo",
        unknownPolyline: "Межа {boundary} посилається на полілінію {ulid}, якої немає в MetricInfo/Polyline",
        duplicatePolyline: "Номер полілінії (ULID) {ulid} використано двічі: полілінії {first} і {second}",
        tooShort: "Полілінія {ulid} має точок: {count}; полілінії потрібно щонайменше 2",
        unknownControlPoint: "ControlPoint називає точку {uidp}, якої немає в PointInfo",
      },
    },
    "ua/schema": {
      description: "Обмінний файл відповідає XML-схемі обмінного формату версії 0.7, за якою його перевіряє Державний земельний кадастр",
      messages: {
        missingChild: "У <{element}> бракує {expected}, що їх обмінний формат вимагає в цьому місці; рядок {line}, стовпець {column} ({path}); місць: {count}",
        unexpected: "<{element}> не дозволено в цьому місці; обмінний формат очікує тут {expected}; рядок {line}, стовпець {column} ({path}); місць: {count}",
        unexpectedHere: "<{element}> не дозволено в цьому місці; рядок {line}, стовпець {column} ({path}); місць: {count}",
        textNotAllowed: "<{element}> містить текст, а обмінний формат вимагає в ньому елементів; рядок {line}, стовпець {column} ({path}); місць: {count}",
        textInsteadOf: "<{element}> містить текст, а обмінний формат вимагає в ньому елемента, одного з {expected} (наприклад, <M/>, а не M); рядок {line}, стовпець {column} ({path}); місць: {count}",
        attributeNotAllowed: "<{element}> має атрибут {value}=…, якого обмінний формат не має; рядок {line}, стовпець {column} ({path}); місць: {count}",
        notInList: "<{element}> містить «{value}», чого немає серед значень формату {expected}; рядок {line}, стовпець {column} ({path}); місць: {count}",
        badPattern: "<{element}> містить «{value}», що не має потрібної форми ({expected}); рядок {line}, стовпець {column} ({path}); місць: {count}",
        badLength: "<{element}> містить «{value}» недозволеної довжини (довжина {expected}); рядок {line}, стовпець {column} ({path}); місць: {count}",
        notNumber: "<{element}> містить «{value}», що не є числом (пишіть цифри з десятковою крапкою, наприклад 5592000.25); рядок {line}, стовпець {column} ({path}); місць: {count}",
        notWholeNumber: "<{element}> містить «{value}», що не є цілим числом; рядок {line}, стовпець {column} ({path}); місць: {count}",
        notDate: "<{element}> містить «{value}», що не є датою у формі РРРР-ММ-ДД; рядок {line}, стовпець {column} ({path}); місць: {count}",
        notBoolean: "<{element}> містить «{value}», а має бути true або false; рядок {line}, стовпець {column} ({path}); місць: {count}",
        wrongType: "<{element}> містить «{value}», що не належить до типу {expected}; рядок {line}, стовпець {column} ({path}); місць: {count}",
        other: "<{element}>: {detail}; рядок {line}, стовпець {column} ({path}); місць: {count}",
        more: "Ще відмінних проблем схеми, не наведених тут: {count}",
        otherVersion: "Файл зазначає версію обмінного формату {version}; cadcheck перевіряє його за версією {checked}, яку приймає Державний земельний кадастр",
      },
    },
    "ua/unique-point-ids": {
      description: "Кожна точка PointInfo має UIDP, і жодні дві точки не мають однакового",
      messages: {
        duplicate: "Номер точки (UIDP) {uidp} використано двічі: точки {first} і {second} у PointInfo",
        missingId: "Точка {index} у PointInfo не має номера (UIDP)",
      },
    },
  },
};

// The English words rules put in a finding's data (a validity kind, a photo's clock note, a reader's reason, a role), said
// in the report's language when its message is rendered. The finding's `data` itself stays as the rule gave it (JSON, SARIF).
import type { Lang } from './types.js';

type Pattern = [RegExp, string];

interface DataWords {
  /** Whole values: a role, a geometry type, a validity kind and its explanation, a unit. */
  exact: Record<string, string>;
  /** Values with numbers or names inside: `$1`… are the pattern's groups. */
  patterns: Pattern[];
}

const VALIDITY = ['self-intersection', 'ring-self-intersection', 'self-overlap', 'nested-shells', 'hole-outside-shell', 'nested-holes', 'disconnected-interior', 'too-few-points', 'ring-not-closed', 'non-finite-coordinate', 'duplicate-rings', 'invalid'] as const;
const EXPLANATIONS = [
  'the boundary crosses itself', 'a ring touches itself', 'parts of the shape overlap each other', 'one outer ring lies inside another', 'a hole lies outside its outer ring',
  'a hole lies inside another hole', 'holes split the interior into pieces', 'a ring or line has too few points', 'a ring does not end where it starts',
  'a coordinate is not a finite number', 'the same ring appears twice', 'the shape is invalid',
] as const;
const ROLES = ['parcel', 'building', 'obligation', 'linear', 'sides', 'points', 'markers'] as const;
const GEOMETRIES = ['Point', 'LineString', 'Polygon', 'MultiPoint', 'MultiLineString', 'MultiPolygon', 'GeometryCollection'] as const;

function table(words: { validity: string[]; explanations: string[]; roles: string[]; geometries: string[]; units: Record<string, string>; patterns: Pattern[] }): DataWords {
  const exact: Record<string, string> = { ...words.units };
  VALIDITY.forEach((kind, i) => (exact[kind] = words.validity[i]!));
  EXPLANATIONS.forEach((text, i) => (exact[text] = words.explanations[i]!));
  ROLES.forEach((role, i) => (exact[role] = words.roles[i]!));
  GEOMETRIES.forEach((type, i) => (exact[type] = words.geometries[i]!));
  return { exact, patterns: words.patterns };
}

const WORDS: Record<Exclude<Lang, 'en'>, DataWords> = {
  ka: table({
    validity: ['თვითგადაკვეთა', 'რგოლის თვითშეხება', 'თვითგადაფარვა', 'ჩადგმული გარე რგოლები', 'ხვრელი გარე რგოლს გარეთ', 'ჩადგმული ხვრელები', 'დაშლილი შიდა არე', 'ძალიან ცოტა წერტილი', 'შეუკრავი რგოლი', 'არასასრული კოორდინატა', 'განმეორებული რგოლები', 'არასწორი'],
    explanations: ['საზღვარი თავის თავს კვეთს', 'რგოლი თავის თავს ეხება', 'ფიგურის ნაწილები ერთმანეთს ფარავს', 'ერთი გარე რგოლი მეორის შიგნითაა', 'ხვრელი თავისი გარე რგოლის გარეთაა', 'ხვრელი სხვა ხვრელის შიგნითაა', 'ხვრელები შიდა არეს ნაწილებად ყოფს', 'რგოლს ან ხაზს ძალიან ცოტა წერტილი აქვს', 'რგოლი იქ არ მთავრდება, სადაც იწყება', 'კოორდინატა სასრული რიცხვი არ არის', 'ერთი და იგივე რგოლი ორჯერ გვხვდება', 'ფიგურა არასწორია'],
    roles: ['ნაკვეთი', 'შენობა-ნაგებობა', 'ვალდებულება', 'ხაზობრივი ნაგებობა', 'ნაკვეთის გვერდები', 'თანმდევი წერტილები', 'მეზობლების ნიშნულები'],
    geometries: ['წერტილი', 'ხაზი', 'პოლიგონი', 'მრავალწერტილი', 'მრავალხაზი', 'მრავალპოლიგონი', 'გეომეტრიების კრებული'],
    units: { photos: 'ფოტო' },
    patterns: [
      [/^camera clock (\S+), (\S+) date (\S+)$/, 'კამერის საათი $1, თარიღი $3 ($2)'],
      [/^camera clock (\S+), no time zone written$/, 'კამერის საათი $1, სასაათო სარტყელი ჩაწერილი არ არის'],
      [/^no time zone written, read as (\S+)$/, 'სასაათო სარტყელი ჩაწერილი არ არის, წაკითხულია როგორც $1'],
      [/^the file is truncated \(the image data has no JPEG end marker\)$/, 'ფაილი შეკვეცილია (გამოსახულების მონაცემებს JPEG-ის დასასრულის ნიშანი არ აქვს)'],
      [/^the file is truncated \(it ends at byte (\d+), inside its (.+?) segment\)$/, 'ფაილი შეკვეცილია (მთავრდება $1-ე ბაიტზე, $2 სეგმენტის შიგნით)'],
      [/^the file is truncated \(it ends at byte (\d+), inside the headers, before any image data\)$/, 'ფაილი შეკვეცილია (მთავრდება $1-ე ბაიტზე, სათაურებში, გამოსახულების მონაცემებამდე)'],
      [/^part of its EXIF block cannot be read \(.*\)$/, 'მისი EXIF ბლოკის ნაწილი ვერ იკითხება'],
      [/^the \.shp header says (\d+) bytes but the file has (\d+) \(truncated or padded\)$/, '.shp-ის სათაურის მიხედვით $1 ბაიტია, ფაილში კი $2 (შეკვეცილია ან შევსებულია)'],
      [/^the \.dbf is truncated: (\d+) records of (\d+) bytes need (\d+) bytes, the file has (\d+)$/, '.dbf შეკვეცილია: $2-ბაიტიან $1 ჩანაწერს $3 ბაიტი სჭირდება, ფაილში $4-ია'],
      [/^lon (\S+), lat (\S+)$/, 'გრძედი $1, განედი $2'],
      [/^(\S+) \(GeoJSON without "crs" is EPSG:4326 by RFC 7946\)$/, '$1 (GeoJSON „crs“-ის გარეშე RFC 7946-ით EPSG:4326-ია)'],
      [/^it is not well-formed XML \(line (\d+): .*\)$/s, 'ის სწორად აგებული XML არ არის (სტრიქონი $1)'],
      [/^(\d+) fields, expected 3 \(number, X, Y\)$/, '$1 ველი, მოსალოდნელია 3 (ნომერი, X, Y)'],
      [/^X ("[^"]*") or Y ("[^"]*") is not a number$/, 'X $1 ან Y $2 რიცხვი არ არის'],
      [/^contour (.+)$/, 'კონტური $1'],
      [/^registered parcel (.+)$/, 'რეგისტრირებული ნაკვეთი $1'],
      [/^parcel (.+)$/, 'ნაკვეთი $1'],
    ],
  }),
  ru: table({
    validity: ['самопересечение', 'самокасание кольца', 'самоналожение', 'вложенные внешние кольца', 'отверстие вне внешнего кольца', 'вложенные отверстия', 'несвязная внутренность', 'слишком мало точек', 'незамкнутое кольцо', 'не конечная координата', 'повторённые кольца', 'неверная геометрия'],
    explanations: ['граница пересекает сама себя', 'кольцо касается само себя', 'части фигуры налегают друг на друга', 'одно внешнее кольцо лежит внутри другого', 'отверстие лежит вне своего внешнего кольца', 'отверстие лежит внутри другого отверстия', 'отверстия делят внутренность на части', 'у кольца или линии слишком мало точек', 'кольцо кончается не там, где начинается', 'координата — не конечное число', 'одно и то же кольцо встречается дважды', 'фигура неверна'],
    roles: ['участок', 'здание', 'обременение', 'линейное сооружение', 'стороны участка', 'сопутствующие точки', 'метки соседей'],
    geometries: ['точка', 'линия', 'полигон', 'мультиточка', 'мультилиния', 'мультиполигон', 'набор геометрий'],
    units: { photos: 'фото' },
    patterns: [
      [/^camera clock (\S+), (\S+) date (\S+)$/, 'часы камеры $1, дата $3 ($2)'],
      [/^camera clock (\S+), no time zone written$/, 'часы камеры $1, часовой пояс не записан'],
      [/^no time zone written, read as (\S+)$/, 'часовой пояс не записан, прочитано как $1'],
      [/^the file is truncated \(the image data has no JPEG end marker\)$/, 'файл обрезан (у данных изображения нет маркера конца JPEG)'],
      [/^the file is truncated \(it ends at byte (\d+), inside its (.+?) segment\)$/, 'файл обрезан (кончается на байте $1, внутри сегмента $2)'],
      [/^the file is truncated \(it ends at byte (\d+), inside the headers, before any image data\)$/, 'файл обрезан (кончается на байте $1, в заголовках, до данных изображения)'],
      [/^part of its EXIF block cannot be read \(.*\)$/, 'часть его блока EXIF не читается'],
      [/^the \.shp header says (\d+) bytes but the file has (\d+) \(truncated or padded\)$/, 'по заголовку .shp в нём $1 байт, а в файле $2 (обрезан или дополнен)'],
      [/^the \.dbf is truncated: (\d+) records of (\d+) bytes need (\d+) bytes, the file has (\d+)$/, '.dbf обрезан: $1 записям по $2 байт нужно $3 байт, в файле $4'],
      [/^lon (\S+), lat (\S+)$/, 'долгота $1, широта $2'],
      [/^(\S+) \(GeoJSON without "crs" is EPSG:4326 by RFC 7946\)$/, '$1 (GeoJSON без «crs» по RFC 7946 — EPSG:4326)'],
      [/^it is not well-formed XML \(line (\d+): .*\)$/s, 'это не корректный XML (строка $1)'],
      [/^(\d+) fields, expected 3 \(number, X, Y\)$/, 'полей: $1, ожидалось 3 (номер, X, Y)'],
      [/^X ("[^"]*") or Y ("[^"]*") is not a number$/, 'X $1 или Y $2 — не число'],
      [/^contour (.+)$/, 'контур $1'],
      [/^registered parcel (.+)$/, 'зарегистрированный участок $1'],
      [/^parcel (.+)$/, 'участок $1'],
    ],
  }),
  uk: table({
    validity: ['самоперетин', 'самодотик кільця', 'самонакладання', 'вкладені зовнішні кільця', 'отвір поза зовнішнім кільцем', 'вкладені отвори', 'незв’язна внутрішність', 'замало точок', 'незамкнене кільце', 'нескінченна координата', 'повторені кільця', 'неправильна геометрія'],
    explanations: ['межа перетинає сама себе', 'кільце торкається саме себе', 'частини фігури накладаються одна на одну', 'одне зовнішнє кільце лежить усередині іншого', 'отвір лежить поза своїм зовнішнім кільцем', 'отвір лежить усередині іншого отвору', 'отвори ділять внутрішність на частини', 'у кільця чи лінії замало точок', 'кільце закінчується не там, де починається', 'координата — не скінченне число', 'те саме кільце трапляється двічі', 'фігура неправильна'],
    roles: ['ділянка', 'будівля', 'обтяження', 'лінійна споруда', 'сторони ділянки', 'супутні точки', 'мітки сусідів'],
    geometries: ['точка', 'лінія', 'полігон', 'мультиточка', 'мультилінія', 'мультиполігон', 'набір геометрій'],
    units: { photos: 'фото' },
    patterns: [
      [/^camera clock (\S+), (\S+) date (\S+)$/, 'годинник камери $1, дата $3 ($2)'],
      [/^camera clock (\S+), no time zone written$/, 'годинник камери $1, часовий пояс не записано'],
      [/^no time zone written, read as (\S+)$/, 'часовий пояс не записано, прочитано як $1'],
      [/^the file is truncated \(the image data has no JPEG end marker\)$/, 'файл обрізано (у даних зображення немає маркера кінця JPEG)'],
      [/^the file is truncated \(it ends at byte (\d+), inside its (.+?) segment\)$/, 'файл обрізано (закінчується на байті $1, усередині сегмента $2)'],
      [/^the file is truncated \(it ends at byte (\d+), inside the headers, before any image data\)$/, 'файл обрізано (закінчується на байті $1, у заголовках, до даних зображення)'],
      [/^part of its EXIF block cannot be read \(.*\)$/, 'частина його блоку EXIF не читається'],
      [/^the \.shp header says (\d+) bytes but the file has (\d+) \(truncated or padded\)$/, 'за заголовком .shp у ньому $1 байт, а у файлі $2 (обрізано чи доповнено)'],
      [/^the \.dbf is truncated: (\d+) records of (\d+) bytes need (\d+) bytes, the file has (\d+)$/, '.dbf обрізано: $1 записам по $2 байт потрібно $3 байт, у файлі $4'],
      [/^lon (\S+), lat (\S+)$/, 'довгота $1, широта $2'],
      [/^(\S+) \(GeoJSON without "crs" is EPSG:4326 by RFC 7946\)$/, '$1 (GeoJSON без «crs» за RFC 7946 — EPSG:4326)'],
      [/^it is not well-formed XML \(line (\d+): .*\)$/s, 'це некоректний XML (рядок $1)'],
      [/^(\d+) fields, expected 3 \(number, X, Y\)$/, 'полів: $1, очікувалося 3 (номер, X, Y)'],
      [/^X ("[^"]*") or Y ("[^"]*") is not a number$/, 'X $1 або Y $2 — не число'],
      [/^contour (.+)$/, 'контур $1'],
      [/^registered parcel (.+)$/, 'зареєстрована ділянка $1'],
      [/^parcel (.+)$/, 'ділянка $1'],
    ],
  }),
  kk: table({
    validity: ['өзін-өзі қиып өту', 'сақинаның өзіне тиюі', 'өзін-өзі жабу', 'кірістірілген сыртқы сақиналар', 'сыртқы сақинадан тыс тесік', 'кірістірілген тесіктер', 'бөлінген ішкі аймақ', 'нүктелер тым аз', 'тұйықталмаған сақина', 'шектеусіз координата', 'қайталанған сақиналар', 'дұрыс емес геометрия'],
    explanations: ['шекара өзін-өзі қиып өтеді', 'сақина өзіне-өзі тиеді', 'пішіннің бөліктері бірін-бірі жабады', 'бір сыртқы сақина екіншісінің ішінде жатыр', 'тесік өз сыртқы сақинасынан тыс жатыр', 'тесік басқа тесіктің ішінде жатыр', 'тесіктер ішкі аймақты бөліктерге бөледі', 'сақинада не сызықта нүктелер тым аз', 'сақина басталған жерінде аяқталмайды', 'координата шектеулі сан емес', 'бір сақина екі рет кездеседі', 'пішін дұрыс емес'],
    roles: ['учаске', 'ғимарат', 'ауыртпалық', 'желілік құрылыс', 'учаске жақтары', 'ілеспе нүктелер', 'көршілер белгілері'],
    geometries: ['нүкте', 'сызық', 'полигон', 'мультинүкте', 'мультисызық', 'мультиполигон', 'геометриялар жиыны'],
    units: { photos: 'фото' },
    patterns: [
      [/^camera clock (\S+), (\S+) date (\S+)$/, 'камера сағаты $1, күні $3 ($2)'],
      [/^camera clock (\S+), no time zone written$/, 'камера сағаты $1, уақыт белдеуі жазылмаған'],
      [/^no time zone written, read as (\S+)$/, 'уақыт белдеуі жазылмаған, $1 ретінде оқылды'],
      [/^the file is truncated \(the image data has no JPEG end marker\)$/, 'файл қысқартылған (сурет деректерінде JPEG соңының белгісі жоқ)'],
      [/^the file is truncated \(it ends at byte (\d+), inside its (.+?) segment\)$/, 'файл қысқартылған ($1-байтта, $2 сегментінің ішінде бітеді)'],
      [/^the file is truncated \(it ends at byte (\d+), inside the headers, before any image data\)$/, 'файл қысқартылған ($1-байтта, тақырыптарда, сурет деректерінен бұрын бітеді)'],
      [/^part of its EXIF block cannot be read \(.*\)$/, 'оның EXIF блогының бір бөлігі оқылмайды'],
      [/^the \.shp header says (\d+) bytes but the file has (\d+) \(truncated or padded\)$/, '.shp тақырыбы бойынша $1 байт, ал файлда $2 (қысқартылған не толықтырылған)'],
      [/^the \.dbf is truncated: (\d+) records of (\d+) bytes need (\d+) bytes, the file has (\d+)$/, '.dbf қысқартылған: $2 байттан $1 жазбаға $3 байт керек, файлда $4'],
      [/^lon (\S+), lat (\S+)$/, 'бойлық $1, ендік $2'],
      [/^(\S+) \(GeoJSON without "crs" is EPSG:4326 by RFC 7946\)$/, '$1 («crs» жоқ GeoJSON RFC 7946 бойынша EPSG:4326)'],
      [/^it is not well-formed XML \(line (\d+): .*\)$/s, 'бұл дұрыс құрылған XML емес ($1-жол)'],
      [/^(\d+) fields, expected 3 \(number, X, Y\)$/, '$1 өріс, 3 күтілген (нөмір, X, Y)'],
      [/^X ("[^"]*") or Y ("[^"]*") is not a number$/, 'X $1 не Y $2 сан емес'],
      [/^contour (.+)$/, 'контур $1'],
      [/^registered parcel (.+)$/, 'тіркелген учаске $1'],
      [/^parcel (.+)$/, 'учаске $1'],
    ],
  }),
};

/** Data keys whose values are as the user wrote them or must type them: never translated. */
const VERBATIM_KEYS = new Set(['file', 'field', 'value', 'names', 'allowed', 'roles', 'name', 'key', 'fact', 'number', 'id', 'label', 'text', 'crs', 'cadCode', 'closest', 'near', 'element', 'elements', 'attribute', 'path', 'uidp', 'ulid']);

/** A data value in the language; a value it has no words for stays as it is. */
export function dataText(value: string, lang: Lang | undefined): string {
  if (!lang || lang === 'en') return value;
  const words = WORDS[lang];
  const exact = words.exact[value];
  if (exact !== undefined) return exact;
  // "Polygon/MultiPolygon": each geometry type.
  if (/^[A-Za-z]+(\/[A-Za-z]+)+$/.test(value) && value.split('/').every((part) => part in words.exact)) return value.split('/').map((part) => words.exact[part]).join('/');
  for (const [pattern, replacement] of words.patterns) if (pattern.test(value)) return value.replace(pattern, replacement);
  return value;
}

/** A finding's data for rendering its message in the language. */
export function localData(data: Record<string, string | number>, lang: Lang | undefined): Record<string, string | number> {
  if (!lang || lang === 'en') return data;
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, typeof value === 'string' && !VERBATIM_KEYS.has(key) ? dataText(value, lang) : value]));
}

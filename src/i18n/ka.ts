// Georgian: report labels and every rule's description and messages (terms of Res. 388: ნაკვეთი, შენობა-ნაგებობა, სერვიტუტი, ზედდება, ხაზობრივი ნაგებობა).
import type { Labels, Noun, Translation } from './types.js';

/** Georgian keeps a counted noun singular: 1 შეცდომა, 5 შეცდომა. */
const NOUNS: Record<Noun, string> = { error: 'შეცდომა', warning: 'გაფრთხილება', info: 'შენიშვნა', finding: 'შედეგი', submission: 'კომპლექტი' };

const labels: Labels = {
  htmlLang: 'ka',
  severity: { error: 'შეცდომა', warning: 'გაფრთხილება', info: 'შენიშვნა' },
  pass: 'მიღებულია',
  fail: 'უარყოფილია',
  count: (count, noun) => `${count} ${NOUNS[noun]}`,
  at: 'წერტილში',
  measured: 'გაზომილი',
  limit: 'ზღვარი',
  profile: 'პროფილი',
  noFile: '(კომპლექტი)',
  moreFindings: (count, ruleId) => `… და კიდევ ${count} შედეგი წესით ${ruleId} ამ ფაილში (ყველა არის --format json-ში)`,
  infosHidden: '(შენიშვნები დამალულია; --verbose აჩვენებს)',
  andMore: (count) => `(და კიდევ ${count})`,
  turnedOff: 'გამორთულია კონფიგურაციაში',
  reportTitle: 'cadcheck-ის ანგარიში',
  map: 'რუკა',
  findings: 'შემოწმების შედეგები',
  photos: 'ფოტოსურათები',
  layers: 'ფენები',
  nothingToDraw: 'დასახატი არაფერია: ვერც ერთი ფენა ვერ განთავსდა პროფილის კოორდინატთა სისტემაში.',
  notDrawn: 'არ არის დახატული (კოორდინატთა სისტემა უცნობია):',
  legend: { parcel: 'ნაკვეთი', building: 'შენობა-ნაგებობა', obligation: 'ვალდებულება', lines: 'ხაზები', points: 'წერტილები', problemArea: 'პრობლემური ადგილი', registered: 'რეგისტრირებული მეზობელი' },
  columns: { severity: 'დონე', finding: 'შედეგი', file: 'ფაილი', measured: 'გაზომილი', location: 'ადგილი', role: 'როლი', geometry: 'გეომეტრია', features: 'ობიექტები', crs: 'კოორდინატთა სისტემა' },
  noFindings: 'შენიშვნები არ არის.',
  noPhotos: 'ფოტოსურათები არ არის.',
  noThumbnail: 'მინიატიურა არ არის',
  noCaptureDate: 'გადაღების თარიღი არ არის',
  surveyDate: 'აზომვის თარიღი',
  unknown: 'უცნობია',
  coordinatesIn: 'კოორდინატები სისტემაში',
  overMaxWarnings: 'გაფრთხილებები მეტია, ვიდრე --max-warnings უშვებს',
  hiddenNote: (count, showsWarnings) =>
    `სხვა დონის ${count} შედეგი არ არის ნაჩვენები (${showsWarnings ? '--verbose აჩვენებს შენიშვნებს' : '--quiet-ის გარეშე გაფრთხილებებიც ჩანს'}).`,
  showOnMap: 'რუკაზე ჩვენება',
  noLocation: 'ადგილი უცნობია',
  footer: (name, version) => `შექმნილია: ${name} ${version}. რუკა დახატულია პროფილის კოორდინატთა სისტემაში, ბადის ჩრდილოეთი ზემოთ; მასზე ნომრები შედეგების ცხრილის სტრიქონებია.`,
  ruleCrashed: (ruleId, error) => `წესი ${ruleId} ავარიულად შეწყდა (ეს cadcheck-ის შეცდომაა, გთხოვთ შეგვატყობინოთ): ${error}`,
  notPlaced: 'არ შემოწმდა: ფენა დედამიწაზე არ არის განთავსებული (მისი კოორდინატთა სისტემა უცნობია ან არ არის მოსალოდნელი, ან კოორდინატები ქვეყნის გარეთაა; იხ. input/crs-defined, input/crs-expected და input/coordinates-plausible), ამიტომ მასზე არაფერი იზომება',
  batchTable: {
    submission: 'კომპლექტი', verdict: 'შედეგი', errors: 'შეცდომები', warnings: 'გაფრთხილებები', firstError: 'პირველი შეცდომა',
    checked: (count) => `შემოწმდა ${count} კომპლექტი — `, passed: (count) => `მიღებულია: ${count}`, failed: (count) => `უარყოფილია: ${count}`,
    unchanged: (count, ref) => `${ref}-ის შემდეგ უცვლელი: ${count}, არ შემოწმდა`, interrupted: (count) => `შეწყდა: ${count} არ შემოწმდა`,
  },
  progress: {
    reading: (file) => `იკითხება ${file}`,
    read: (file, features) => `${file} წაკითხულია: ${features} ობიექტი`,
    registered: 'იკითხება რეგისტრირებული ნაკვეთები',
    rule: (ruleId, done, total) => `${ruleId} ${done}/${total} წესი`,
  },
  applicant: 'განმცხადებელი',
  address: 'მისამართი',
  cadastralCode: 'საკადასტრო კოდი',
  photoFindings: (numbers) => `შედეგები ${numbers}`,
  mapCluster: (count, numbers) => `აქ ${count} შედეგია: ${numbers} (გაადიდეთ მათ გასარჩევად)`,
  zoom: { zoomIn: 'გადიდება', zoomOut: 'დაპატარავება', reset: 'მთელი ნახაზი', hint: 'თაგვის ბორბალი ადიდებს, გადათრევა ამოძრავებს რუკას' },
  mapAria: {
    map: (crs) => `ფენებისა და შედეგების რუკა, ${crs}, ჩრდილოეთი ზემოთ`,
    scaleBar: (metres) => `მასშტაბის ზოლი ${metres} მ`,
    north: (crs) => `ჩრდილოეთი (${crs}-ის ბადის ჩრდილოეთი)`,
  },
  roles: { parcel: 'ნაკვეთი', building: 'შენობა-ნაგებობა', obligation: 'ვალდებულება', linear: 'ხაზობრივი ნაგებობა', sides: 'ნაკვეთის გვერდები', points: 'თანმდევი წერტილები', markers: 'მეზობლების ნიშნულები' },
  geometryTypes: { Point: 'წერტილი', LineString: 'ხაზი', Polygon: 'პოლიგონი', MultiPoint: 'მრავალწერტილი', MultiLineString: 'მრავალხაზი', MultiPolygon: 'მრავალპოლიგონი', GeometryCollection: 'გეომეტრიების კრებული' },
  law: {
    names: {
      'ge-388': { law: 'საქართველოს მთავრობის 2016 წლის 8 აგვისტოს №388 დადგენილება', annex: 'დანართი 1' },
      'ua-1051': { law: 'უკრაინის მინისტრთა კაბინეტის 2012 წლის №1051 დადგენილება', annex: null },
      'kz-pcm': { law: 'ბრძანება №252/НҚ (2023), საჯარო საკადასტრო რუკის წარმოების წესები', annex: null },
    },
    words: [['the exchange file format', 'გაცვლის ფაილის ფორმატი'], ['Annex', 'დანართი'], ['Items', 'პუნქტები'], ['Item', 'პუნქტი'], ['Art.', 'მუხ.']],
  },
  howToFix: 'როგორ გავასწოროთ',
  fixIn: (ruleId) => `როგორ გავასწოროთ: cadcheck explain ${ruleId}`,
};

export const ka: Translation = {
  labels,
  rules: {
    'attributes/allowed-values': {
      description: 'კოდირებულ ატრიბუტებს დასაშვები მნიშვნელობა აქვს: ნაკვეთის დანიშნულება და მეთოდი, შენობის მდგომარეობა და სართულიანობა, ვალდებულების ტიპი, ხაზობრივი ნაგებობის ტიპი, ნიშნულის აღნიშვნა',
      messages: {
        notInList: '{field} „{value}“ დასაშვები მნიშვნელობა არ არის (დასაშვებია: {allowed})',
        notStoreys: 'სართულიანობა „{value}“ არ არის მთელი რიცხვი ≥ 0 (0 = ვერ დადგინდა)',
        notLabel: 'ნიშნულის აღნიშვნა „{value}“ არ არის დიდი ლათინური ასოები (A, B, … Z, AA, …)',
      },
    },
    'attributes/area-matches-geometry': {
      description: 'ნაკვეთის დეკლარირებული ფართობი მისი პოლიგონის ბრტყელი ფართობისგან areaTolerance-ზე (ნაგულისხმევად 1 მ²) მეტით არ განსხვავდება',
      messages: {
        areaDiffers: 'დეკლარირებული ფართობი {declared} მ² განსხვავდება დახაზული ფართობისგან {computed} მ² {difference} მ²-ით (ზღვარი {limit} მ²)',
        notANumber: 'დეკლარირებული ფართობი „{value}“ რიცხვი არ არის',
      },
    },
    'attributes/building-number': {
      description: 'შენობების ნომრები იწერება 01…09, 10…, 100… და კომპლექტში არ მეორდება',
      messages: {
        badPattern: 'შენობის ნომერი „{number}“ არ არის ჩაწერილი 01…09, 10…, 100… სახით',
        duplicate: 'შენობის ნომერი „{number}“ ორჯერ არის გამოყენებული (პირველად {firstFile} ფაილის ობიექტ {firstIndex}-ში)',
      },
    },
    'attributes/complete': {
      description: 'არც ერთ ჩანაწერში არც ერთი სავალდებულო ველი ცარიელი არ არის',
      messages: { blank: '„{field}“ ცარიელია' },
    },
    'attributes/linear-length': {
      description: 'ხაზობრივი ნაგებობის length_plan მისი ხაზის 2D სიგრძისგან სიზუსტეზე (0.15 მ) მეტით არ განსხვავდება',
      messages: {
        lengthDiffers: 'length_plan {declared} მ განსხვავდება დახაზული 2D სიგრძისგან {computed} მ {difference} მ-ით (ზღვარი {limit} მ)',
        notANumber: 'length_plan „{value}“ რიცხვი არ არის',
      },
    },
    'attributes/marker-label': {
      description: 'მოსაზღვრე ნაკვეთის ნიშნულების აღნიშვნები არ მეორდება',
      messages: { duplicate: 'ნიშნულის აღნიშვნა „{label}“ ორჯერ არის გამოყენებული (პირველად {firstFile} ფაილის ობიექტ {firstIndex}-ში)' },
    },
    'attributes/required': {
      description: 'თითოეულ ფენას აქვს კანონით მოთხოვნილი ველები: ნაკვეთის ფართობი, დანიშნულება, მეთოდი; შენობის ნომერი, სართულიანობა, მდგომარეობა; ვალდებულების ტიპი; ხაზობრივი ნაგებობის ტიპი, length_plan',
      messages: { missingField: '{role} ცხრილს არ აქვს ველი „{field}“ (მისაღები სახელები: {names})' },
    },
    'geometry/duplicate': {
      description: 'ფენაში არ არის ერთნაირი გეომეტრიის ორი ჩანაწერი, არც ერთი და იგივე იდენტიფიკატორის (საკადასტრო კოდი, ნაკვეთის id, შენობის ნომერი, ვალდებულების id) მქონე ორი ერთმანეთთან შეუხებელი ობიექტი',
      messages: {
        sameGeometry: 'იგივე გეომეტრიაა, რაც ამ ფენის ჩანაწერ {other}-ს: წაშალეთ ერთი',
        sameIdentifier: 'იგივე {field} „{value}“, რაც ჩანაწერ {other}-ს, ცალკე ობიექტზე: ერთი ობიექტი — ერთი ჩანაწერი; გააერთიანეთ ისინი ან თითოეულს მიეცით საკუთარი {field}',
      },
    },
    'geometry/empty': {
      description: 'ყოველ ჩანაწერს აქვს არაცარიელი გეომეტრია',
      messages: {
        noGeometry: 'ჩანაწერი გეომეტრიის გარეშე: ყოველ ჩანაწერს უნდა ჰქონდეს დახაზული ობიექტი',
        emptyGeometry: 'ჩანაწერი ცარიელი {type} გეომეტრიით',
      },
    },
    'geometry/pinched-multipart': {
      description: 'არ არის ჩანაწერი, რომლის ნაწილები ერთ წერტილში ეხება ერთმანეთს',
      messages: { pinched: 'ამ ჩანაწერის ნაწილები {first} და {second} ერთ წერტილში ეხება ერთმანეთს: შეინახეთ ცალკე ჩანაწერებად ან ერთ ფიგურად' },
    },
    'geometry/repeated-vertex': {
      description: 'არ არის ორი მეზობელი წვერო 0.001 მ-ზე ახლოს',
      messages: { repeated: 'ორი მეზობელი წვერო ერთმანეთისგან {distance} მ-ითაა დაშორებული (ემთხვევა {limit} მ-ზე ნაკლებისას): წაშალეთ ერთი' },
    },
    'geometry/valid': {
      description: 'ყოველი პოლიგონი OGC-ის მიხედვით სწორია: თვითგადაკვეთის, თვითზედდების, არასწორად მდებარე ხვრელების, დაუხურავი რგოლებისა და არასასრულო კოორდინატების გარეშე',
      messages: { invalid: 'არასწორი გეომეტრია ({kind}): {explanation}' },
    },
    'input/config-ignored': {
      description: 'წარდგენილი კომპლექტის შიგნით არსებული cadcheck.config.json არასოდეს გამოიყენება',
      messages: { ignored: '{file}: კომპლექტის შიგნით არსებული კონფიგურაცია არასოდეს გამოიყენება; წესებსა და დაშვებებს რეესტრი ადგენს (--config ან cadcheck.config.json კომპლექტის ზემოთ მდებარე საქაღალდეში)' },
    },
    'input/coordinates-plausible': {
      description: 'ყოველი კოორდინატა პროფილის არეალშია (საქართველო: გრძედი 39.9–46.8, განედი 40.9–43.7) და სასრული რიცხვია',
      messages: {
        outsideExtent: 'კოორდინატა ({x}, {y}) მდებარეობს გრძედზე {lon}, განედზე {lat}, {extent}-ის გარეთ: X/Y ხომ არ არის არეული, ზონა ან კოორდინატთა სისტემა ხომ არ არის არასწორი?',
        nonFinite: 'კოორდინატა სასრული რიცხვი არ არის ({x}, {y})',
      },
    },
    'input/crs-defined': {
      description: 'ყოველი ფენა აცხადებს თავის კოორდინატთა სისტემას (.prj, GeoJSON crs ან მანიფესტის crs)',
      messages: {
        noCrs: 'ფენას კოორდინატთა სისტემა არ აქვს: დაამატეთ მისი .prj ფაილი ან „crs“ cadcheck.json-ში',
        unparsableCrs: 'ფენის კოორდინატთა სისტემის ({source}) გაგება ვერ ხერხდება: {definition}',
        manifestCrsForGeojson: 'GeoJSON-ს „crs“ არ აქვს, ამიტომ RFC 7946-ით ის გრადუსებში (EPSG:4326) უნდა იყოს, მაგრამ მისი კოორდინატები გრადუსები ვერ იქნება: გამოიყენება მანიფესტის crs {crs}. ჩაწერეთ „crs“ ფაილში',
      },
    },
    'input/crs-expected': {
      description: 'ყოველი ფენა პროფილის ერთ-ერთ კოორდინატთა სისტემაშია (შედარება ხდება პარამეტრებით და არა სახელით)',
      messages: { unexpectedCrs: 'ფენა არის {actual}-ში; პროფილი მოელის {expected}-ს' },
    },
    'input/encoding': {
      description: 'არა-ASCII ტექსტიან .dbf-ს ახლავს .cpg, რომელიც მის კოდირებას ასახელებს',
      messages: { noCpg: '{file}-ში არის არა-ASCII ტექსტი, მაგრამ .cpg არ არის; წაკითხულია როგორც {encoding}. დაამატეთ .cpg (მაგ. UTF-8), რომ ქართული ტექსტი არ დამახინჯდეს' },
    },
    'input/geometry-type': {
      description: 'ყოველ ფენას აქვს მისი როლისთვის საჭირო გეომეტრიის ტიპი',
      messages: { wrongType: '{role} ფენაში არის {actual} გეომეტრიები; {role} ფენაში უნდა იყოს {expected}' },
    },
    'input/readable': {
      description: 'კომპლექტის ყოველი ფენა, ფოტოსურათი და მანიფესტის ფაილი იკითხება',
      messages: { unreadable: '{file} ვერ იკითხება: {reason}' },
    },
    'input/required-layers': {
      description: 'კომპლექტს აქვს მიწის ნაკვეთის ფენა',
      messages: {
        noParcelLayer: 'ნაკვეთის ფენა არ არის: დაარქვით parcel.shp (ან parcel.geojson, nakveti.shp, …) ან მიუთითეთ cadcheck.json-ის „layers“-ში',
        parcelLayerUnreadable: 'ნაკვეთის ფენა {file} ვერ წაიკითხა, ამიტომ ნაკვეთი აკლია',
      },
    },
    'input/too-complex': {
      description: 'შემოწმება დროისა და მეხსიერების ბიუჯეტში სრულდება',
      messages: {
        time: 'შემოწმება შეჩერდა {stage}-ზე {seconds} წმ-ის შემდეგ: გადააჭარბა დროის ბიუჯეტს, {limit} წმ (limits.maxCheckSeconds, cadcheck.config.json); მის შემდეგ არაფერი შემოწმებულა',
        memory: 'შემოწმება შეჩერდა {stage}-ზე: დასჭირდა ბიუჯეტზე მეტი მეხსიერება, {limit} MiB (limits.maxHeapMb, cadcheck.config.json); მის შემდეგ არაფერი შემოწმებულა',
      },
    },
    'input/unknown-layer': {
      description: 'ფენა, რომლის როლიც ვერც მანიფესტიდან და ვერც სახელიდან დგინდება, არ მოწმდება',
      messages: { unknownRole: '{file}: ფენის როლი უცნობია, ამიტომ ფენა არ მოწმდება. უახლოესი როლი: „{role}“ (დასაშვები სახელი „{name}“). დაარქვით ფაილს მისი როლის სახელი ({roles}; ყველა დასაშვები სახელი, ყველა ენაზე, არის docs/layer-names.md-ში) ან მიუთითეთ cadcheck.json-ის „layers“-ში' },
    },
    'metadata/dates': {
      description: 'surveyDate და drawingDate ნამდვილი თარიღებია (YYYY-MM-DD), აზომვა ნახაზის შემდეგ არ არის და არც ერთი მომავალში არ არის',
      messages: {
        notADate: '{fact} „{value}“ არ არის YYYY-MM-DD სახით ჩაწერილი ნამდვილი თარიღი',
        surveyAfterDrawing: 'surveyDate {surveyDate} არის drawingDate {drawingDate}-ის შემდეგ',
        inFuture: '{fact} {value} მომავალშია (დღეს არის {today}, {timeZone})',
      },
    },
    'metadata/manifest': {
      description: 'კომპლექტს აქვს cadcheck.json მანიფესტი, რომელიც იკითხება და შეესაბამება მანიფესტის სქემას',
      messages: {
        missing: 'cadcheck.json მანიფესტი არ არის: გაუშვით `cadcheck init` აზომვის საქაღალდეში და შეავსეთ',
        unparsable: 'cadcheck.json ვერ გამოიყენება ({reason}): ქაღალდის ვერსიის მონაცემები არ მოწმდება',
        invalidJson: 'cadcheck.json არ არის სწორი JSON: ის წყდება სტრიქონ {line}-ზე, სვეტ {column}-ზე ({near}); იქ ან მის წინ აკლია ან ზედმეტია მძიმე ან ბრჭყალი. ქაღალდის ვერსიის მონაცემები არ მოწმდება',
        codeList: 'სტრიქონი {line}, სვეტი {column}: „{key}“: {value} — {key} უნდა იყოს კოდების სია {min}–{max}, მაგ. [{min}]',
        oneOf: 'სტრიქონი {line}, სვეტი {column}: „{key}“: {value} — {key} უნდა იყოს ერთ-ერთი: {allowed}; ხომ არ გულისხმობდით „{closest}“?',
        layerRole: 'სტრიქონი {line}, სვეტი {column}: „{key}“ ფენის როლი არ არის — როლებია {allowed}; ხომ არ გულისხმობდით „{closest}“?',
        wholeNumber: 'სტრიქონი {line}, სვეტი {column}: „{key}“: {value} — {key} უნდა იყოს მთელი რიცხვი, არანაკლებ {min}, ბრჭყალების გარეშე, მაგ. {example}',
        number: 'სტრიქონი {line}, სვეტი {column}: „{key}“: {value} — {key} უნდა იყოს რიცხვი, არანაკლებ {min}, ბრჭყალების გარეშე, მაგ. {example}',
        text: 'სტრიქონი {line}, სვეტი {column}: „{key}“: {value} — {key} უნდა იყოს ტექსტი ბრჭყალებში, მაგ. {example}',
        trueFalse: 'სტრიქონი {line}, სვეტი {column}: „{key}“: {value} — {key} უნდა იყოს true ან false, ბრჭყალების გარეშე',
        object: 'სტრიქონი {line}, სვეტი {column}: „{key}“: {value} — {key} უნდა იყოს ობიექტი ფიგურულ ფრჩხილებში, მაგ. {example}',
        list: 'სტრიქონი {line}, სვეტი {column}: „{key}“: {value} — {key} უნდა იყოს სია კვადრატულ ფრჩხილებში, მაგ. {example}',
        schema: '{key} {problem}',
        unknownKey: 'უცნობი გასაღები „{key}“ (იგნორირებულია)',
        unknownKeyNear: 'სტრიქონი {line}, სვეტი {column}: უცნობი გასაღები „{key}“ (იგნორირებულია); ხომ არ გულისხმობდით „{closest}“?',
      },
    },
    'metadata/paper-matches-digital': {
      description: 'მანიფესტის ქაღალდის ვერსიის მონაცემები ემთხვევა ფენებს: მთელ მ²-მდე დამრგვალებული ნაკვეთის ფართობი, შენობების ნომრები, სართულიანობა და მდგომარეობა',
      messages: {
        parcelArea: 'paper.parcelArea {paper} მ² განსხვავდება ნაკვეთის ფენის დეკლარირებული ფართობის ატრიბუტისგან ({field}), მთელ მ²-მდე დამრგვალებით {digital} მ² (დეკლარირებულია {exact} მ²)',
        parcelAreaGeometry: 'paper.parcelArea {paper} მ² განსხვავდება ნაკვეთის პოლიგონის ფართობისგან, მთელ მ²-მდე დამრგვალებით {digital} მ² (დახაზულია {exact} მ²; ნაკვეთის ფენა ფართობს არ აცხადებს)',
        parcelAreaMixed: 'paper.parcelArea {paper} მ² განსხვავდება ნაკვეთების ფართობისგან, მთელ მ²-მდე დამრგვალებით {digital} მ² ({exact} მ²: დეკლარირებული ფართობის ატრიბუტი ({field}) სადაც არის, პოლიგონის ფართობი — სადაც არ არის)',
        buildingNotOnPaper: 'შენობა {number} ფენებშია, მაგრამ paper.buildings-ში არ არის',
        buildingNotInLayers: 'paper.buildings-ში მითითებულია შენობა {number}, რომელიც შენობების ფენაში არ არის',
        storeysDiffer: 'შენობა {number} ფენაში {digital}-სართულიანია, ქაღალდზე კი {paper}-სართულიანი',
        conditionDiffers: 'შენობა {number} ფენაში არის „{digital}“, ქაღალდზე კი „{paper}“',
      },
    },
    'metadata/required': {
      description: 'მანიფესტში მითითებულია surveyDate, performer.name, performer.id, applicant.name, crsName, scale და method',
      messages: { missingFact: '„{fact}“ აკლია ან ცარიელია' },
    },
    'metadata/scale': {
      description: 'მასშტაბი არის 1:500, 1:1000, 1:2000 ან 1000-ის ჯერადი უფრო დიდი; ინდივიდუალური საკუთრების საგნისთვის 1:100-დან 1:500-მდე',
      messages: {
        notAllowed: 'მასშტაბი 1:{scale} დაუშვებელია: გამოიყენეთ 1:500, 1:1000, 1:2000 ან 1000-ის ჯერადი უფრო დიდი',
        notAllowedIndividual: 'მასშტაბი 1:{scale} დაუშვებელია ინდივიდუალური საკუთრების საგნისთვის: გამოიყენეთ 1:100-დან 1:500-მდე',
      },
    },
    'metadata/source-parcels': {
      description: 'გაერთიანებისას (merge) sourceParcels-ში სულ მცირე 2 ნაკვეთია; გაყოფისას (division) — ზუსტად 1',
      messages: {
        mergeNeedsTwo: 'გაერთიანებისას sourceParcels-ში უნდა იყოს სულ მცირე 2 გაერთიანებული ნაკვეთის საკადასტრო კოდი; მითითებულია {count}',
        divisionNeedsOne: 'გაყოფისას sourceParcels-ში უნდა იყოს ზუსტად 1 გაყოფილი ნაკვეთის საკადასტრო კოდი; მითითებულია {count}',
      },
    },
    'photos/capture-date-matches-survey': {
      description: 'ყოველი JPEG ფოტოსურათი გადაღებულია აზომვის დღეს (DateTimeOriginal-ის ადგილობრივი თარიღი, პროფილის სასაათო სარტყელში, თუ წანაცვლება ჩაწერილია)',
      messages: { otherDate: '{file} გადაღებულია {captureDate}-ს ({when}) და არა აზომვის დღეს {surveyDate}' },
    },
    'photos/capture-date-present': {
      description: 'ყოველ JPEG ფოტოსურათს აქვს EXIF DateTimeOriginal (ან CreateDate), რომ გადაღების თარიღი შემოწმდეს',
      messages: {
        missing: '{file}-ს არ აქვს EXIF გადაღების თარიღი (DateTimeOriginal ან CreateDate): გადაღების თარიღი ვერ მოწმდება',
        unreadable: '{file}-ის EXIF გადაღების თარიღი ნამდვილი თარიღი არ არის („{value}“): გადაღების თარიღი ვერ მოწმდება',
        exifBroken: '{file}-ს არ აქვს წაკითხვადი EXIF გადაღების თარიღი: {reason}',
      },
    },
    'photos/clock-disagrees': {
      description: 'ფოტოსურათის GPS თარიღი/დრო (UTC), პროფილის სასაათო სარტყელში გადაყვანილი, ემთხვევა გადაღების თარიღს',
      messages: { otherDate: '{file}: GPS-ის საათი აჩვენებს {gpsDateTime} UTC, ანუ {gpsDate} ({timeZone}), კამერის გადაღების თარიღი კი {captureDate}-ია: კამერის საათი შეიძლება არასწორი იყოს' },
    },
    'photos/duplicate': {
      description: 'კომპლექტის არც ერთ ორ ფოტოფაილს ერთნაირი შიგთავსი (SHA-256) არ აქვს',
      messages: {
        sameContent: '{file} იგივე გამოსახულებაა, რაც {original} (SHA-256 {sha256}): ყოველმა ფოტოსურათმა ობიექტის თავისი ხედი უნდა აჩვენოს',
        otherSubmission: '{file} იგივე გამოსახულებაა, რაც კომპლექტ {submission}-ის {original} (SHA-256 {sha256}): ფოტოსურათი სხვა სამუშაოდანაა აღებული',
      },
    },
    'photos/is-jpeg': {
      description: 'ყოველი .jpg/.jpeg ფაილი მთლიანი JPEG გამოსახულებაა (ბაიტებით და არა სახელით); სხვა გამოსახულებები არ ითვლება',
      messages: {
        notJpeg: '{file} დასახელებულია .jpg-ად, მაგრამ JPEG გამოსახულება არ არის (მისი ბაიტებია {type}): შეინახეთ JPEG-ად',
        damaged: '{file} დაზიანებული JPEG-ია: {reason}',
        otherImage: '{file} არის {type} გამოსახულება და არა JPEG: მე-5 მუხლი JPG ფოტოსურათებს ითხოვს, ამიტომ არ ითვლება',
      },
    },
    'photos/min-count': {
      description: 'თანდართულია სულ მცირე 3 JPEG ფოტოსურათი (საზღვრის კუთხეები და საერთო ხედი)',
      messages: { tooFew: 'თანდართულია {count} JPEG ფოტოსურათი; მე-5 მუხლი ითხოვს სულ მცირე {min}-ს (საზღვრის კუთხეები და საერთო ხედი)' },
    },
    'photos/near-parcel': {
      description: 'GPS პოზიციის მქონე ფოტოსურათი გადაღებულია აზომილი ნაკვეთიდან photoMaxDistance-ის (200 მ) ფარგლებში',
      messages: {
        farFromParcels: '{file} გადაღებულია უახლოესი ნაკვეთიდან {distance} მ-ზე (ზღვარი {limit} მ): ამ ობიექტზე იყო გადაღებული?',
        cannotPlace: '{file}-ის GPS პოზიცია (განედი {lat}, გრძედი {lon}) ვერ განთავსდება {crs}-ში: ამ ობიექტზე იყო გადაღებული?',
      },
    },
    'photos/not-in-future': {
      description: 'არც ერთი JPEG ფოტოსურათის გადაღების დრო არ არის ნახაზის თარიღის ან ახლანდელი მომენტის შემდეგ',
      messages: {
        afterNow: '{file}-ის გადაღების დრო მომავალშია: {captureDateTime} ({zone}) არის ახლანდელი მომენტის შემდეგ ({now}, {timeZone})',
        afterDrawing: '{file} გადაღებულია {captureDate}-ს, ნახაზის თარიღის {drawingDate} შემდეგ',
      },
    },
    'tolerance/registered-gap': {
      description: 'აზომილ ნაკვეთსა და რეგისტრირებულ მოსაზღვრე ნაკვეთს შორის არ არის 0.30 მ-ზე ვიწრო ღრეჩო',
      messages: {
        gap: 'ღრეჩო სიგანით {width} მ ({limit} მ-ზე ვიწრო) ნაკვეთსა და რეგისტრირებულ ნაკვეთს {cadCode} შორის, ფართობით {area} მ²: საზღვარი რეგისტრირებულს უნდა მიჰყვებოდეს',
        notChecked: 'არ შემოწმდა: რეგისტრირებული მონაცემები არ არის (მიუთითეთ --registered-ით)',
      },
    },
    'tolerance/registered-overlap': {
      description: 'აზომილი ნაკვეთის ზედდება რეგისტრირებულ ნაკვეთთან (საკუთარი საწყისი ნაკვეთების გარდა) 0.30 მ-ს არ აღემატება',
      messages: {
        overlap: 'ნაკვეთის ზედდება რეგისტრირებულ ნაკვეთთან {cadCode} სიგანით {width} მ (ზღვარი {limit} მ), ფართობით {area} მ²',
        tolerated: 'ნაკვეთის ზედდება რეგისტრირებულ ნაკვეთთან {cadCode} სიგანით {width} მ, {limit} მ დაშვების ფარგლებში (დასაშვებია), ფართობით {area} მ²',
        notChecked: 'არ შემოწმდა: რეგისტრირებული მონაცემები არ არის (მიუთითეთ --registered-ით)',
        otherSubmission: 'ნაკვეთის ზედდება კომპლექტ {submission}-ის ნაკვეთთან {otherParcel} სიგანით {width} მ (ზღვარი {limit} მ), ფართობით {area} მ²: ამ მიწას ორივე ითხოვს',
      },
    },
    'tolerance/vertex-near-miss': {
      description: 'ნაკვეთის წვერო სხვა ნაკვეთის (აზომილის ან რეგისტრირებულის) წვეროსთან ან გვერდთან 0.15 მ-ზე ახლოს არ არის, თუ არ ემთხვევა',
      messages: {
        nearVertex: 'წვერო {other}-ის წვეროდან {distance} მ-ზეა ({limit} მ-ზე ახლოს, მაგრამ არ ემთხვევა): შეაერთეთ ისინი',
        nearEdge: 'წვერო {other}-ის გვერდიდან {distance} მ-ზეა ({limit} მ-ზე ახლოს, მაგრამ მასზე არ არის): დასვით გვერდზე ან გადაწიეთ',
        tooManyNearMisses: 'ნაკვეთს {parcel} უკვე აქვს {max} თითქმის დამთხვეული წვერო; დანარჩენი წვეროები ცალ-ცალკე არ შემოწმდა: ფენა თავის თავზეა დახატული, გადახატეთ იგი',
      },
    },
    'topology/building-within-parcel': {
      description: 'შენობა-ნაგებობა ნაკვეთ(ებ)ის ფარგლებშია: არც ერთი ნაწილი 0.15 მ სიზუსტეზე მეტად არ გამოდის',
      messages: { protrudes: 'შენობა {building} ნაკვეთიდან {width} მ-ით გამოდის (ზღვარი {limit} მ)' },
    },
    'topology/contours-match-registered': {
      description: 'გაერთიანებისას ან გაყოფისას ახალი ნაკვეთები ერთად ფარავს რეგისტრირებულ საწყის ნაკვეთებს 0.30 მ სიზუსტით',
      messages: {
        beyondSources: 'ახალი ნაკვეთები რეგისტრირებულ საწყის ნაკვეთებს {width} მ-ით სცდება (ზღვარი {limit} მ), ფართობით {area} მ²',
        sourceUncovered: 'რეგისტრირებული საწყისი ნაკვეთების ნაწილი სიგანით {width} მ (ზღვარი {limit} მ) ახალი ნაკვეთებით არ არის დაფარული, ფართობით {area} მ²',
        sourceNotFound: 'საწყისი ნაკვეთი {cadCode} არ არის რეგისტრირებულ მონაცემებში აზომვის მახლობლად: კონტური ვერ შედარდება',
        notChecked: 'არ შემოწმდა: რეგისტრირებული მონაცემები არ არის (მიუთითეთ --registered-ით)',
      },
    },
    'topology/line-duplicate': {
      description: 'არც ორი ხაზოვანი ჩანაწერი, არც ერთის ორი ნაწილი ერთმანეთის გასწვრივ 0.15 მ სიზუსტეზე მეტ მანძილზე არ მიდის',
      messages: {
        duplicateRecord: 'ხაზი {line} მიდის ხაზ {other}-ის გასწვრივ {length} მ-ზე (ზღვარი {limit} მ): ის გაორმაგებულია',
        duplicatePart: 'ხაზ {line}-ის ნაწილები {part} და {otherPart} ერთმანეთის გასწვრივ მიდის {length} მ-ზე (ზღვარი {limit} მ): ის გაორმაგებულია',
      },
    },
    'topology/line-single-piece': {
      description: 'ხაზობრივი ნაგებობის ჩანაწერი ერთი ბმული ხაზია: მისი ნაწილები ერთდება (ბოლოები 0.001 მ-ის ფარგლებში)',
      messages: { broken: 'ხაზი გაწყვეტილია {pieces} დაუკავშირებელ ნაწილად; უახლოესები ერთმანეთისგან {gap} მ-ითაა დაშორებული' },
    },
    'topology/parcel-gap': {
      description: 'კომპლექტის ნაკვეთებს შორის არ არის 1 მ-მდე სიგანის დაუფარავი ზოლი: 0.15 მ სიზუსტეზე განიერი შეცდომაა, ვიწრო — გაფრთხილება',
      messages: {
        gap: 'დაუფარავი ზოლი სიგანით {width} მ ნაკვეთებს {parcels} შორის (ზღვარი {limit} მ)',
        withinAccuracy: 'დაუფარავი ზოლი სიგანით {width} მ ნაკვეთებს {parcels} შორის, {limit} მ სიზუსტის ფარგლებში: შეაერთეთ საერთო საზღვარი',
        enclosedArea: 'აუზომავი ჩაკეტილი არე სიგანით {width} მ ნაკვეთებს {parcels} შორის (უფრო განიერი, ვიდრე ღრეჩოსთვის შესაძლო {limit} მ)',
      },
    },
    'topology/parcel-overlap': {
      description: 'კომპლექტის ნაკვეთებს შორის ზედდება არ არის: 0.15 მ სიზუსტეზე განიერი შეცდომაა, ვიწრო — გაფრთხილება',
      messages: {
        overlap: 'ნაკვეთის {parcel} ზედდება ნაკვეთთან {other} სიგანით {width} მ (ზღვარი {limit} მ)',
        withinAccuracy: 'ნაკვეთის {parcel} ზედდება ნაკვეთთან {other} სიგანით {width} მ, {limit} მ სიზუსტის ფარგლებში: შეაერთეთ საერთო საზღვარი',
        tooManyOverlaps: 'ნაკვეთი {parcel} უკვე ზედდებაშია {max} ნაკვეთთან; კიდევ {count} მოსაზღვრე ცალ-ცალკე არ გაიზომა: ფენა თავის თავზეა დახატული, გადახატეთ იგი',
      },
    },
    'topology/point-on-line-vertex': {
      description: 'თანმდევი წერტილი ხაზობრივი ნაგებობის ხაზების წვეროზე მდებარეობს 0.15 მ სიზუსტით',
      messages: {
        offVertex: 'წერტილი {point} ხაზობრივი ნაგებობის უახლოესი წვეროდან {distance} მ-ზეა (ზღვარი {limit} მ)',
        noLine: 'წერტილ {point}-ს დასადები ხაზი არ აქვს: კომპლექტში ხაზობრივი ნაგებობის წვეროები არ არის',
      },
    },
    'topology/servitude-within-parcel': {
      description: 'სერვიტუტი ნაკვეთ(ებ)ის ფარგლებშია: არც ერთი ნაწილი 0.15 მ სიზუსტეზე მეტად არ გამოდის',
      messages: { protrudes: 'სერვიტუტი {servitude} ნაკვეთის საზღვარს {width} მ-ით სცდება (ზღვარი {limit} მ)' },
    },
    // Profiles ua-1051 and kz-pcm.
    "kz/closed-contours": {
      description: "გარდატეხის წერტილების ყოველი კონტური ჩაკეტილია (ბოლო წერტილი იმეორებს პირველის ნომერს ან კოორდინატებს) და აქვს სულ მცირე 3 განსხვავებული წერტილი",
      messages: {
        notClosed: "კონტური {contour} ჩაკეტილი არ არის: მთავრდება წერტილით {last}, პირველი წერტილიდან {first} {distance} მ-ზე; ბოლოს გაიმეორეთ წერტილი {first}",
        tooFew: "კონტურ {contour}-ს აქვს {count} განსხვავებული წერტილი; ნაკვეთის საზღვარს სულ მცირე 3 სჭირდება",
      },
    },
    "kz/parseable-lines": {
      description: "გარდატეხის წერტილების ფაილის ყოველი სტრიქონი იკითხება როგორც „ნომერი X Y“ (ან არის კონტურის სათაური, კომენტარი, ცარიელი), და ფაილში წერტილებია",
      messages: {
        unparseable: "სტრიქონი {line} ვერ იკითხება როგორც „ნომერი X Y“: {reason} ({text})",
        noPoints: "ფაილში გარდატეხის წერტილები არ არის",
      },
    },
    "kz/point-numbers": {
      description: "კონტურში გარდატეხის წერტილების ნომრები არ მეორდება (გარდა პირველისა, რომელიც კეტავს), კონტურებისთვის საერთო ნომერს ერთი კოორდინატები აქვს, მთელრიცხვა ნუმერაციაში გამოტოვება არ არის",
      messages: {
        repeated: "წერტილი {number} კონტურ {contour}-ში ორჯერ გვხვდება (სტრიქონები {first} და {line})",
        conflicting: "კონტურ {contour}-ის წერტილი {number} (სტრიქონი {line}) კონტურ {other}-ის წერტილიდან {number} (სტრიქონი {first}) {distance} მ-ზეა: ერთი ნომერი — ორი ადგილი",
        missing: "კონტურ {contour}-ში წერტილ {from}-ს მოსდევს წერტილი {to}: აკლია {count} ნომერი",
      },
    },
    "ua/area-matches-geometry": {
      description: "ნაკვეთის დეკლარირებული ფართობი (Area/Size თავის MeasurementUnit ერთეულში) უდრის დახაზული პოლიგონის ბრტყელ ფართობს ფაილის Error ცდომილებით ან ჩაწერილი რიცხვის დამრგვალების სიზუსტით",
      messages: {
        areaDiffers: "{boundary} აცხადებს {size} {unit} ({declared} მ²), დახაზულ პოლიგონს კი აქვს {computed} მ²: სხვაობა {difference} მ² (ზღვარი {limit} მ²)",
      },
    },
    "ua/closed-boundaries": {
      description: "ყოველი საზღვარი (ნაკვეთის, სავარგულის, შეზღუდვის, ხვრელის) შედგება პოლიხაზებისგან, რომლებიც ბოლოებით ერთდება და საწყისში იკეტება",
      messages: {
        empty: "{boundary}-ის საზღვარში პოლიხაზები არ არის",
        broken: "{boundary}-ის საზღვარი გაწყვეტილია პოლიხაზებს {line} და {next} შორის: მათ საერთო ბოლო წერტილი არ აქვთ",
        notClosed: "{boundary}-ის საზღვარი ჩაკეტილი არ არის: მთავრდება წერტილით {last} და არა პირველი წერტილით {first}",
      },
    },
    "ua/crs-declared": {
      description: "გაცვლის ფაილი აცხადებს კოორდინატთა სისტემას InfoPart/MetricInfo/CoordinateSystem-ში; USC-2000 კოორდინატები გაუს–კრიუგერის 4–7 ზონაშია",
      messages: {
        missing: "ფაილი კოორდინატთა სისტემას არ აცხადებს (InfoPart/MetricInfo/CoordinateSystem): მისი კოორდინატები ვერ განთავსდება",
        notPlaced: "გამოცხადებულია კოორდინატთა სისტემა {name}, მაგრამ cadcheck ვერ განათავსებს მას რუკაზე: მოწმდება მხოლოდ გეომეტრია",
        zoneUnknown: "USC-2000 ორდინატა {easting} არ იწყება გაუს–კრიუგერის ზონის ნომრით 4–7: X/Y ხომ არ არის არეული, ან სხვა სისტემაა?",
      },
    },
    "ua/point-accuracy": {
      description: "ყოველ წერტილს აქვს რიცხვითი კოორდინატები X და Y და სიზუსტეები MX და MY, რომლებიც ≥ 0 რიცხვებია",
      messages: {
        missing: "წერტილ {uidp}-ს არ აქვს {field}",
        notANumber: "წერტილი {uidp}: {field} „{value}“ რიცხვი არ არის",
        negative: "წერტილი {uidp}: {field} {value} უარყოფითია; სიზუსტე ≥ 0",
      },
    },
    "ua/polyline-refs": {
      description: "ყოველ პოლიხაზს აქვს უნიკალური ULID და მინიმუმ 2 წერტილი PointInfo-დან; საზღვრის ყოველი ხაზი მიუთითებს არსებულ პოლიხაზზე; ყოველი დამაგრებული წერტილი არის PointInfo-ში",
      messages: {
        unknownPoint: "პოლიხაზი {ulid} მიუთითებს წერტილ {uidp}-ზე, რომელიც PointInfo-ში არ არის",
        unknownPolyline: "{boundary}-ის საზღვარი მიუთითებს პოლიხაზ {ulid}-ზე, რომელიც MetricInfo/Polyline-ში არ არის",
        duplicatePolyline: "პოლიხაზის ნომერი (ULID) {ulid} ორჯერ არის გამოყენებული: პოლიხაზები {first} და {second}",
        tooShort: "პოლიხაზ {ulid}-ს აქვს {count} წერტილი; პოლიხაზს სულ მცირე 2 სჭირდება",
        unknownControlPoint: "ControlPoint ასახელებს წერტილს {uidp}, რომელიც PointInfo-ში არ არის",
      },
    },
    "ua/schema": {
      description: "გაცვლის ფაილი შეესაბამება გაცვლის ფორმატის XML სქემას (ვერსია 0.7), რომლითაც მას სახელმწიფო მიწის კადასტრი ამოწმებს",
      messages: {
        missingChild: "<{element}>-ს აკლია {expected}, რასაც გაცვლის ფორმატი ამ ადგილას მოითხოვს; სტრიქონი {line}, სვეტი {column} ({path}); ადგილები: {count}",
        unexpected: "<{element}> ამ ადგილას დაუშვებელია; გაცვლის ფორმატი აქ ელის {expected}; სტრიქონი {line}, სვეტი {column} ({path}); ადგილები: {count}",
        unexpectedHere: "<{element}> ამ ადგილას დაუშვებელია; სტრიქონი {line}, სვეტი {column} ({path}); ადგილები: {count}",
        textNotAllowed: "<{element}> შეიცავს ტექსტს, გაცვლის ფორმატი კი მასში ელემენტებს მოითხოვს; სტრიქონი {line}, სვეტი {column} ({path}); ადგილები: {count}",
        textInsteadOf: "<{element}> შეიცავს ტექსტს, გაცვლის ფორმატი კი მასში ერთ-ერთ ელემენტს მოითხოვს: {expected} (მაგ. <M/> და არა M); სტრიქონი {line}, სვეტი {column} ({path}); ადგილები: {count}",
        attributeNotAllowed: "<{element}>-ს აქვს ატრიბუტი {value}=…, რომელიც გაცვლის ფორმატში არ არსებობს; სტრიქონი {line}, სვეტი {column} ({path}); ადგილები: {count}",
        notInList: "<{element}> შეიცავს „{value}“-ს, რომელიც არ არის ფორმატის მნიშვნელობებს შორის {expected}; სტრიქონი {line}, სვეტი {column} ({path}); ადგილები: {count}",
        badPattern: "<{element}> შეიცავს „{value}“-ს, რომელსაც არ აქვს მოთხოვნილი ფორმა ({expected}); სტრიქონი {line}, სვეტი {column} ({path}); ადგილები: {count}",
        badLength: "<{element}> შეიცავს „{value}“-ს დაუშვებელი სიგრძით (სიგრძე {expected}); სტრიქონი {line}, სვეტი {column} ({path}); ადგილები: {count}",
        notNumber: "<{element}> შეიცავს „{value}“-ს, რომელიც რიცხვი არ არის (დაწერეთ ციფრები ათწილადი წერტილით, მაგ. 5592000.25); სტრიქონი {line}, სვეტი {column} ({path}); ადგილები: {count}",
        notWholeNumber: "<{element}> შეიცავს „{value}“-ს, რომელიც მთელი რიცხვი არ არის; სტრიქონი {line}, სვეტი {column} ({path}); ადგილები: {count}",
        notDate: "<{element}> შეიცავს „{value}“-ს, რომელიც არ არის თარიღი ფორმით წწწწ-თთ-დდ; სტრიქონი {line}, სვეტი {column} ({path}); ადგილები: {count}",
        notBoolean: "<{element}> შეიცავს „{value}“-ს, უნდა იყოს true ან false; სტრიქონი {line}, სვეტი {column} ({path}); ადგილები: {count}",
        wrongType: "<{element}> შეიცავს „{value}“-ს, რომელიც არ არის {expected} ტიპის; სტრიქონი {line}, სვეტი {column} ({path}); ადგილები: {count}",
        other: "<{element}>: {detail}; სტრიქონი {line}, სვეტი {column} ({path}); ადგილები: {count}",
        more: "სქემის კიდევ სხვადასხვა პრობლემა, აქ არ ჩამოთვლილი: {count}",
        otherVersion: "ფაილი მიუთითებს გაცვლის ფორმატის ვერსიას {version}; cadcheck მას ამოწმებს ვერსიით {checked}, რომელსაც სახელმწიფო მიწის კადასტრი იღებს",
      },
    },
    "ua/unique-point-ids": {
      description: "PointInfo-ს ყოველ წერტილს აქვს UIDP და არც ერთ ორ წერტილს არ აქვს ერთნაირი",
      messages: {
        duplicate: "წერტილის ნომერი (UIDP) {uidp} ორჯერ არის გამოყენებული: PointInfo-ს წერტილები {first} და {second}",
        missingId: "PointInfo-ს წერტილ {index}-ს ნომერი (UIDP) არ აქვს",
      },
    },
  },
};

// Kazakh: report labels and every rule's description and messages (terms after the PCM rules: жер учаскесі, бұрылыс нүктелері, шекара, сервитут, қабаттасу).
import type { Labels, Noun, Translation } from './types.js';

/** Kazakh does not decline a noun after a numeral: 1 қате, 5 қате. */
const NOUNS: Record<Noun, string> = { error: 'қате', warning: 'ескерту', info: 'ескертпе', finding: 'нәтиже', submission: 'жиынтық' };

const labels: Labels = {
  htmlLang: 'kk',
  severity: { error: 'қате', warning: 'ескерту', info: 'ескертпе' },
  pass: 'ҚАБЫЛДАНДЫ',
  fail: 'ҚАБЫЛДАНБАДЫ',
  count: (count, noun) => `${count} ${NOUNS[noun]}`,
  at: 'нүктеде',
  measured: 'өлшенді',
  limit: 'шегі',
  profile: 'профиль',
  noFile: '(жиынтық)',
  moreFindings: (count, ruleId) => `… және осы файлда ${ruleId} ережесі бойынша тағы ${count} нәтиже (барлығы --format json ішінде)`,
  infosHidden: '(ескертпелер жасырылды; --verbose оларды көрсетеді)',
  andMore: (count) => `(және тағы ${count})`,
  turnedOff: 'конфигурацияда өшірілген',
  reportTitle: 'cadcheck есебі',
  map: 'Карта',
  findings: 'Тексеру нәтижелері',
  photos: 'Фотосуреттер',
  layers: 'Қабаттар',
  nothingToDraw: 'Салатын ештеңе жоқ: бірде-бір қабатты профильдің координаттар жүйесіне орналастыру мүмкін болмады.',
  notDrawn: 'Салынбады (координаттар жүйесі белгісіз):',
  legend: { parcel: 'жер учаскесі', building: 'ғимарат-құрылыс', obligation: 'ауыртпалық', lines: 'сызықтар', points: 'нүктелер', problemArea: 'ақаулы аймақ', registered: 'тіркелген көрші' },
  columns: { severity: 'Деңгей', finding: 'Нәтиже', file: 'Файл', measured: 'Өлшенді', location: 'Орны', role: 'Рөлі', geometry: 'Геометрия', features: 'Объектілер', crs: 'Координаттар жүйесі' },
  noFindings: 'Ескертулер жоқ.',
  noPhotos: 'Фотосуреттер жоқ.',
  noThumbnail: 'нобай жоқ',
  noCaptureDate: 'түсірілген күні жоқ',
  surveyDate: 'түсірілім күні',
  unknown: 'белгісіз',
  coordinatesIn: 'координаттар жүйесі',
  overMaxWarnings: 'ескертулер --max-warnings рұқсат еткеннен көп',
  hiddenNote: (count, showsWarnings) =>
    `Басқа деңгейдегі ${count} нәтиже көрсетілмеді (${showsWarnings ? '--verbose ескертпелерді көрсетеді' : '--quiet болмаса, ескертулер де көрсетіледі'}).`,
  showOnMap: 'картада көрсету',
  noLocation: 'орны жоқ',
  footer: (name, version) => `${name} ${version} жасады. Карта профильдің координаттар жүйесінде, тордың солтүстігі жоғары қаратылып салынған; ондағы нөмірлер — нәтижелер кестесінің жолдары.`,
  ruleCrashed: (ruleId, error) => `${ruleId} ережесі апатты түрде тоқтады (бұл cadcheck қатесі, ол туралы хабарлаңыз): ${error}`,
  notPlaced: 'Тексерілмеді: қабат жер бетіне орналастырылмаған (оның координаталар жүйесі белгісіз немесе күтілгендей емес, не координаталары елден тыс жатыр; input/crs-defined, input/crs-expected және input/coordinates-plausible қараңыз), сондықтан онда ештеңе өлшенбейді',
  batchTable: {
    submission: 'ЖИЫНТЫҚ', verdict: 'НӘТИЖЕ', errors: 'ҚАТЕЛЕР', warnings: 'ЕСКЕРТУЛЕР', firstError: 'БІРІНШІ ҚАТЕ',
    checked: (count) => `тексерілген жиынтықтар: ${count} — `, passed: (count) => `қабылданды: ${count}`, failed: (count) => `қабылданбады: ${count}`,
    unchanged: (count, ref) => `${ref} бері өзгермеген: ${count}, тексерілмеді`, interrupted: (count) => `үзілді: ${count} тексерілмеді`,
  },
  progress: {
    reading: (file) => `${file} оқылуда`,
    read: (file, features) => `${file} оқылды: ${features} нысан`,
    registered: 'тіркелген учаскелер оқылуда',
    rule: (ruleId, done, total) => `${ruleId} ${done}/${total} ереже`,
  },
  applicant: 'өтініш беруші',
  address: 'мекенжай',
  cadastralCode: 'кадастрлық код',
  photoFindings: (numbers) => `нәтижелер ${numbers}`,
  mapCluster: (count, numbers) => `мұнда ${count} нәтиже: ${numbers} (ажырату үшін үлкейтіңіз)`,
  zoom: { zoomIn: 'үлкейту', zoomOut: 'кішірейту', reset: 'бүкіл сызба', hint: 'тышқан дөңгелегі масштабты өзгертеді, сүйреу картаны жылжытады' },
  mapAria: {
    map: (crs) => `Қабаттар мен нәтижелердің картасы, ${crs}, солтүстік жоғарыда`,
    scaleBar: (metres) => `масштаб сызғышы ${metres} м`,
    north: (crs) => `солтүстік (${crs} торының солтүстігі)`,
  },
  roles: { parcel: 'учаске', building: 'ғимарат', obligation: 'ауыртпалық', linear: 'желілік құрылыс', sides: 'учаске жақтары', points: 'ілеспе нүктелер', markers: 'көршілер белгілері' },
  geometryTypes: { Point: 'нүкте', LineString: 'сызық', Polygon: 'полигон', MultiPoint: 'мультинүкте', MultiLineString: 'мультисызық', MultiPolygon: 'мультиполигон', GeometryCollection: 'геометриялар жиыны' },
  law: {
    names: {
      'ge-388': { law: 'Грузия Үкіметінің № 388 қаулысы (2016)', annex: '1-қосымша' },
      'ua-1051': { law: 'Украина Министрлер Кабинетінің № 1051 қаулысы (2012)', annex: null },
      'kz-pcm': { law: '№ 252/НҚ бұйрық (2023), Жария кадастрлық картаны жүргізу қағидалары', annex: null },
    },
    words: [['the exchange file format', 'алмасу файлының пішімі'], ['Annex', 'қосымша'], ['Items', 'тт.'], ['Item', 'т.'], ['Art.', 'бап']],
  },
  howToFix: 'қалай түзетуге болады',
  fixIn: (ruleId) => `қалай түзетуге болады: cadcheck explain ${ruleId}`,
};

export const kk: Translation = {
  labels,
  rules: {
    'attributes/allowed-values': {
      description: 'Кодталған атрибуттардың рұқсат етілген мәні бар: учаскенің мақсаты мен тәсілі, ғимараттың жай-күйі мен қабат саны, ауыртпалық түрі, сызықтық құрылыс түрі, бағдар белгісі',
      messages: {
        notInList: '{field} «{value}» — рұқсат етілмеген мән (рұқсат етілгені: {allowed})',
        notStoreys: 'қабат саны «{value}» — ≥ 0 бүтін сан емес (0 = анықталмады)',
        notLabel: 'бағдар белгісі «{value}» — бас латын әріптері емес (A, B, … Z, AA, …)',
      },
    },
    'attributes/area-matches-geometry': {
      description: 'Учаскенің мәлімделген ауданы оның көпбұрышының жазық ауданынан areaTolerance-тен (әдепкі 1 м²) артық ауытқымайды',
      messages: {
        areaDiffers: 'Мәлімделген аудан {declared} м² сызылған {computed} м² ауданнан {difference} м²-ге ерекшеленеді (шегі {limit} м²)',
        notANumber: 'Мәлімделген аудан «{value}» — сан емес',
      },
    },
    'attributes/building-number': {
      description: 'Ғимарат нөмірлері 01…09, 10…, 100… түрінде жазылған және жиынтықта қайталанбайды',
      messages: {
        badPattern: 'Ғимарат нөмірі «{number}» 01…09, 10…, 100… түрінде жазылмаған',
        duplicate: 'Ғимарат нөмірі «{number}» екі рет қолданылған (алғаш {firstFile} файлының {firstIndex} объектісінде)',
      },
    },
    'attributes/complete': {
      description: 'Ешбір жазбада ешбір міндетті өріс бос емес',
      messages: { blank: '«{field}» толтырылмаған' },
    },
    'attributes/linear-length': {
      description: 'Сызықтық құрылыстың length_plan мәні оның сызығының 2D ұзындығынан дәлдіктен (0,15 м) артық ауытқымайды',
      messages: {
        lengthDiffers: 'length_plan {declared} м сызылған 2D ұзындықтан {computed} м {difference} м-ге ерекшеленеді (шегі {limit} м)',
        notANumber: 'length_plan «{value}» — сан емес',
      },
    },
    'attributes/marker-label': {
      description: 'Көршілес учаскелердің бағдар белгілері қайталанбайды',
      messages: { duplicate: 'Бағдар белгісі «{label}» екі рет қолданылған (алғаш {firstFile} файлының {firstIndex} объектісінде)' },
    },
    'attributes/required': {
      description: 'Әр қабатта заң талап ететін өрістер бар: учаскенің ауданы, мақсаты, тәсілі; ғимараттың нөмірі, қабат саны, жай-күйі; ауыртпалық түрі; сызықтық құрылыстың түрі мен length_plan',
      messages: { missingField: '{role} кестесінде «{field}» өрісі жоқ (қабылданатын атаулар: {names})' },
    },
    'geometry/duplicate': {
      description: 'Қабатта геометриясы бірдей екі жазба жоқ, бір-біріне тимейтін, идентификаторы (кадастрлық код, учаске id, ғимарат нөмірі, ауыртпалық id) бірдей екі объект те жоқ',
      messages: {
        sameGeometry: 'Геометриясы осы қабаттың {other} жазбасымен бірдей: біреуін жойыңыз',
        sameIdentifier: '{field} мәні «{value}» {other} жазбасымен бірдей, бірақ бөлек объектіде: бір объект — бір жазба; оларды біріктіріңіз немесе әрқайсысына өз {field} беріңіз',
      },
    },
    'geometry/empty': {
      description: 'Әр жазбаның бос емес геометриясы бар',
      messages: {
        noGeometry: 'Геометриясыз жазба: әр жазбаның сызылған объектісі болуы керек',
        emptyGeometry: 'Бос {type} геометриясы бар жазба',
      },
    },
    'geometry/pinched-multipart': {
      description: 'Бөліктері бір нүктеде ғана түйісетін жазба жоқ',
      messages: { pinched: 'Осы жазбаның {first} және {second} бөліктері бір нүктеде түйіседі: оларды бөлек жазбалар немесе бір пішін ретінде сақтаңыз' },
    },
    'geometry/repeated-vertex': {
      description: '0,001 м-ден жақын тұрған екі көршілес төбе жоқ',
      messages: { repeated: 'Екі көршілес төбенің арақашықтығы {distance} м ({limit} м-ден кем болса, сәйкес келеді): біреуін жойыңыз' },
    },
    'geometry/valid': {
      description: 'Әр көпбұрыш OGC бойынша дұрыс: өзін-өзі қиюсыз, өзін-өзі жабусыз, орны қате тесіксіз, тұйықталмаған сақинасыз және шексіз координатасыз',
      messages: { invalid: 'Дұрыс емес геометрия ({kind}): {explanation}' },
    },
    'input/config-ignored': {
      description: 'Жиынтықтың ішіндегі cadcheck.config.json ешқашан қолданылмайды',
      messages: { ignored: '{file}: жиынтықтың ішіндегі конфигурация ешқашан қолданылмайды; ережелер мен рұқсаттарды тізілім белгілейді (--config немесе жиынтықтан жоғары қалтадағы cadcheck.config.json)' },
    },
    'input/coordinates-plausible': {
      description: 'Әр координата профиль аумағында жатыр (Грузия: бойлық 39,9–46,8, ендік 40,9–43,7) және шекті сан болып табылады',
      messages: {
        outsideExtent: '({x}, {y}) координатасы бойлық {lon}, ендік {lat} нүктесінде, {extent} аумағынан тыс: X/Y ауысып кетті ме, аймақ не координаттар жүйесі қате ме?',
        nonFinite: 'Координата шекті сан емес ({x}, {y})',
      },
    },
    'input/crs-defined': {
      description: 'Әр қабат өз координаттар жүйесін көрсетеді (.prj, GeoJSON crs немесе манифесттегі crs)',
      messages: {
        noCrs: 'Қабаттың координаттар жүйесі жоқ: оның .prj файлын немесе cadcheck.json ішіне «crs» қосыңыз',
        unparsableCrs: 'Қабаттың координаттар жүйесін ({source}) түсіну мүмкін емес: {definition}',
        manifestCrsForGeojson: 'GeoJSON ішінде «crs» жоқ, сондықтан RFC 7946 бойынша ол градуста (EPSG:4326) болар еді, бірақ оның координаталары градус бола алмайды: манифесттің crs {crs} қолданылады. Файлға «crs» жазыңыз',
      },
    },
    'input/crs-expected': {
      description: 'Әр қабат профильдің координаттар жүйелерінің бірінде (атауы емес, параметрлері салыстырылады)',
      messages: { unexpectedCrs: 'Қабат {actual} жүйесінде; профиль {expected} күтеді' },
    },
    'input/encoding': {
      description: 'ASCII емес мәтіні бар .dbf файлымен бірге кодтауын атайтын .cpg файлы беріледі',
      messages: { noCpg: '{file} ішінде ASCII емес мәтін бар, бірақ .cpg жоқ; ол {encoding} ретінде оқылды. Грузин мәтіні бұзылмас үшін .cpg қосыңыз (мысалы, UTF-8)' },
    },
    'input/geometry-type': {
      description: 'Әр қабатта оның рөліне қажет геометрия түрі бар',
      messages: { wrongType: '{role} қабатында {actual} геометриялары бар; {role} қабатында {expected} болуы керек' },
    },
    'input/readable': {
      description: 'Жиынтықтың әр қабаты, фотосуреті және манифест файлы оқылады',
      messages: { unreadable: '{file} оқылмайды: {reason}' },
    },
    'input/required-layers': {
      description: 'Жиынтықта жер учаскесінің қабаты бар',
      messages: {
        noParcelLayer: 'Учаске қабаты жоқ: оны parcel.shp (немесе parcel.geojson, nakveti.shp, …) деп атаңыз немесе cadcheck.json «layers» бөлімінде көрсетіңіз',
        parcelLayerUnreadable: '{file} учаске қабаты оқылмады, сондықтан учаске жоқ',
      },
    },
    'input/too-complex': {
      description: 'Тексеру уақыт пен жад бюджетінің ішінде аяқталады',
      messages: {
        time: 'Тексеру {stage} кезеңінде {seconds} с өткен соң тоқтатылды: уақыт бюджеті {limit} с асып кетті (limits.maxCheckSeconds, cadcheck.config.json); одан кейінгісі тексерілмеді',
        memory: 'Тексеру {stage} кезеңінде тоқтатылды: оған {limit} МиБ жад бюджетінен көп жад қажет болды (limits.maxHeapMb, cadcheck.config.json); одан кейінгісі тексерілмеді',
      },
    },
    'input/unknown-layer': {
      description: 'Рөлі манифесттен де, атауынан да анықталмайтын қабат тексерілмейді',
      messages: { unknownRole: '{file}: қабаттың рөлі белгісіз, сондықтан қабат тексерілмейді. Ең жақын рөл: «{role}» (рұқсат етілген атау «{name}»). Файлды рөлі бойынша атаңыз ({roles}; әр тілдегі барлық рұқсат етілген атаулар docs/layer-names.md ішінде) немесе cadcheck.json «layers» бөлімінде көрсетіңіз' },
    },
    'metadata/dates': {
      description: 'surveyDate пен drawingDate — ЖЖЖЖ-АА-КК түріндегі нақты күндер, түсірілім сызбадан кейін емес және ешқайсысы болашақта емес',
      messages: {
        notADate: '{fact} «{value}» — ЖЖЖЖ-АА-КК түрінде жазылған нақты күн емес',
        surveyAfterDrawing: 'surveyDate {surveyDate} drawingDate {drawingDate} күнінен кейін',
        inFuture: '{fact} {value} болашақта (бүгін {timeZone} бойынша {today})',
      },
    },
    'metadata/manifest': {
      description: 'Жиынтықта талданатын және манифест сұлбасына сәйкес келетін cadcheck.json манифесі бар',
      messages: {
        missing: 'cadcheck.json манифесі жоқ: түсірілім қалтасында `cadcheck init` орындап, оны толтырыңыз',
        unparsable: 'cadcheck.json пайдалану мүмкін емес ({reason}): қағаз нұсқаның мәліметтері тексерілмейді',
        invalidJson: 'cadcheck.json дұрыс JSON емес: ол {line}-жолда, {column}-бағанда үзіледі ({near}); сол жерде не одан сәл бұрын үтір не тырнақша жетіспейді не артық. Қағаз нұсқасының мәліметтері тексерілмейді',
        codeList: '{line}-жол, {column}-баған: «{key}»: {value} — {key} {min}–{max} кодтарының тізімі болуы керек, мысалы [{min}]',
        oneOf: '{line}-жол, {column}-баған: «{key}»: {value} — {key} мыналардың бірі болуы керек: {allowed}; «{closest}» болуы мүмкін бе?',
        layerRole: '{line}-жол, {column}-баған: «{key}» қабат рөлі емес — рөлдер: {allowed}; «{closest}» болуы мүмкін бе?',
        wholeNumber: '{line}-жол, {column}-баған: «{key}»: {value} — {key} кемінде {min} бүтін сан болуы керек, тырнақшасыз, мысалы {example}',
        number: '{line}-жол, {column}-баған: «{key}»: {value} — {key} кемінде {min} сан болуы керек, тырнақшасыз, мысалы {example}',
        text: '{line}-жол, {column}-баған: «{key}»: {value} — {key} тырнақшадағы мәтін болуы керек, мысалы {example}',
        trueFalse: '{line}-жол, {column}-баған: «{key}»: {value} — {key} true не false болуы керек, тырнақшасыз',
        object: '{line}-жол, {column}-баған: «{key}»: {value} — {key} фигуралық жақшадағы объект болуы керек, мысалы {example}',
        list: '{line}-жол, {column}-баған: «{key}»: {value} — {key} тік жақшадағы тізім болуы керек, мысалы {example}',
        schema: '{key} {problem}',
        unknownKey: 'Белгісіз кілт «{key}» (ескерілмеді)',
        unknownKeyNear: '{line}-жол, {column}-баған: белгісіз кілт «{key}» (ескерілмеді); «{closest}» болуы мүмкін бе?',
      },
    },
    'metadata/paper-matches-digital': {
      description: 'Манифесттегі қағаз нұсқаның мәліметтері қабаттармен сәйкес: бүтін м²-ге дөңгелектенген учаске ауданы, ғимарат нөмірлері, қабат саны және жай-күйі',
      messages: {
        parcelArea: 'paper.parcelArea {paper} м² учаске қабатының мәлімделген аудан атрибутынан ({field}) өзгеше: бүтін м²-ге дейін дөңгелектегенде {digital} м² (мәлімделгені {exact} м²)',
        parcelAreaGeometry: 'paper.parcelArea {paper} м² учаске полигонының ауданынан өзгеше: бүтін м²-ге дейін дөңгелектегенде {digital} м² (сызбада {exact} м²; учаске қабаты ауданды мәлімдемейді)',
        parcelAreaMixed: 'paper.parcelArea {paper} м² учаскелердің ауданынан өзгеше: бүтін м²-ге дейін дөңгелектегенде {digital} м² ({exact} м²: бар жерде мәлімделген аудан атрибуты ({field}), жоқ жерде полигон ауданы)',
        buildingNotOnPaper: '{number} ғимараты қабаттарда бар, бірақ paper.buildings ішінде жоқ',
        buildingNotInLayers: 'paper.buildings ішінде {number} ғимараты көрсетілген, ол ғимараттар қабатында жоқ',
        storeysDiffer: '{number} ғимаратының қабатта қабат саны {digital}, ал қағазда {paper}',
        conditionDiffers: '{number} ғимараты қабатта «{digital}», ал қағазда «{paper}»',
      },
    },
    'metadata/required': {
      description: 'Манифестте surveyDate, performer.name, performer.id, applicant.name, crsName, scale және method көрсетілген',
      messages: { missingFact: '«{fact}» жоқ немесе толтырылмаған' },
    },
    'metadata/scale': {
      description: 'Масштаб 1:500, 1:1000, 1:2000 немесе 1000-ға еселік одан үлкен; жеке меншік объектісі үшін 1:100-ден 1:500-ге дейін',
      messages: {
        notAllowed: '1:{scale} масштабына рұқсат жоқ: 1:500, 1:1000, 1:2000 немесе 1000-ға еселік одан үлкенін қолданыңыз',
        notAllowedIndividual: '1:{scale} масштабына жеке меншік объектісі үшін рұқсат жоқ: 1:100-ден 1:500-ге дейін қолданыңыз',
      },
    },
    'metadata/source-parcels': {
      description: 'Біріктіруде (merge) sourceParcels ішінде кемінде 2 учаске; бөлуде (division) дәл 1 учаске',
      messages: {
        mergeNeedsTwo: 'Біріктіруде sourceParcels ішінде біріктірілетін кемінде 2 учаскенің кадастрлық коды болуы керек; {count} көрсетілген',
        divisionNeedsOne: 'Бөлуде sourceParcels ішінде бөлінетін дәл 1 учаскенің кадастрлық коды болуы керек; {count} көрсетілген',
      },
    },
    'photos/capture-date-matches-survey': {
      description: 'Әр JPEG фотосурет түсірілім күні түсірілген (DateTimeOriginal жергілікті күні, ығысу жазылса — профильдің уақыт белдеуінде)',
      messages: { otherDate: '{file} түсірілім күні {surveyDate} емес, {captureDate} ({when}) түсірілген' },
    },
    'photos/capture-date-present': {
      description: 'Түсірілген күнін тексеру үшін әр JPEG фотосуретте EXIF DateTimeOriginal (немесе CreateDate) бар',
      messages: {
        missing: '{file} ішінде EXIF түсірілген күні жоқ (DateTimeOriginal немесе CreateDate): түсірілген күнін тексеру мүмкін емес',
        unreadable: '{file} ішіндегі EXIF түсірілген күні нақты күн емес («{value}»): түсірілген күнін тексеру мүмкін емес',
        exifBroken: '{file} ішінде оқылатын EXIF түсірілген күні жоқ: {reason}',
      },
    },
    'photos/clock-disagrees': {
      description: 'Фотосуреттің GPS күні/уақыты (UTC) профильдің уақыт белдеуіне келтірілгенде түсірілген күнге сәйкес келеді',
      messages: { otherDate: '{file}: GPS сағаты {gpsDateTime} UTC көрсетеді, бұл {timeZone} бойынша {gpsDate}, ал камераның түсірілген күні {captureDate}: камера сағаты қате болуы мүмкін' },
    },
    'photos/duplicate': {
      description: 'Жиынтықтың ешбір екі фотосурет файлының мазмұны (SHA-256) бірдей емес',
      messages: {
        sameContent: '{file} — {original} суретімен бірдей (SHA-256 {sha256}): әр фотосурет объектінің өз көрінісін көрсетуі керек',
        otherSubmission: '{file} — {submission} жиынтығының {original} суретімен бірдей (SHA-256 {sha256}): фотосурет басқа жұмыстан алынған',
      },
    },
    'photos/is-jpeg': {
      description: 'Әр .jpg/.jpeg файлы — тұтас JPEG сурет (атауы бойынша емес, байттары бойынша); басқа сурет файлдары есептелмейді',
      messages: {
        notJpeg: '{file} .jpg деп аталған, бірақ JPEG сурет емес (байттары — {type}): оны JPEG ретінде сақтаңыз',
        damaged: '{file} — зақымдалған JPEG: {reason}',
        otherImage: '{file} — JPEG емес, {type} суреті: 5-бап JPG фотосуреттерін талап етеді, сондықтан ол есептелмейді',
      },
    },
    'photos/min-count': {
      description: 'Кемінде 3 JPEG фотосурет (шекара бұрыштары және жалпы көрініс) қоса берілген',
      messages: { tooFew: '{count} JPEG фотосурет қоса берілген; 5-бап кемінде {min} талап етеді (шекара бұрыштары және жалпы көрініс)' },
    },
    'photos/near-parcel': {
      description: 'GPS орны бар фотосурет түсірілген учаскеден photoMaxDistance (200 м) шегінде түсірілген',
      messages: {
        farFromParcels: '{file} ең жақын учаскеден {distance} м қашықтықта түсірілген (шегі {limit} м): ол осы объектіде түсірілді ме?',
        cannotPlace: '{file} GPS орнын (ендік {lat}, бойлық {lon}) {crs} жүйесіне орналастыру мүмкін емес: ол осы объектіде түсірілді ме?',
      },
    },
    'photos/not-in-future': {
      description: 'Ешбір JPEG фотосуреттің түсірілген уақыты сызба күнінен немесе қазіргі сәттен кейін емес',
      messages: {
        afterNow: '{file} түсірілген уақыты болашақта: {captureDateTime} ({zone}) қазіргі сәттен кейін ({timeZone} бойынша {now})',
        afterDrawing: '{file} {captureDate} күні, сызба күнінен {drawingDate} кейін түсірілген',
      },
    },
    'tolerance/registered-gap': {
      description: 'Түсірілген учаске мен тіркелген көршілес учаске арасында 0,30 м-ден тар саңылау жоқ',
      messages: {
        gap: 'Учаске мен тіркелген {cadCode} учаскесі арасында ені {width} м ({limit} м-ден тар), ауданы {area} м² саңылау: шекара тіркелген шекарамен жүруі керек',
        notChecked: 'Тексерілмеді: тіркелген деректер жоқ (оларды --registered арқылы беріңіз)',
      },
    },
    'tolerance/registered-overlap': {
      description: 'Түсірілген учаске тіркелген учаскемен (өзінің бастапқы учаскелерінен басқа) 0,30 м-ден артық қабаттаспайды',
      messages: {
        overlap: 'Учаске тіркелген {cadCode} учаскесімен ені {width} м қабаттасады (шегі {limit} м), ауданы {area} м²',
        tolerated: 'Учаске тіркелген {cadCode} учаскесімен ені {width} м қабаттасады, {limit} м рұқсат шегінде (рұқсат етіледі), ауданы {area} м²',
        notChecked: 'Тексерілмеді: тіркелген деректер жоқ (оларды --registered арқылы беріңіз)',
        otherSubmission: 'Учаске {submission} жиынтығының {otherParcel} учаскесімен ені {width} м қабаттасады (шегі {limit} м), ауданы {area} м²: бұл жерге екеуі де үміттенеді',
      },
    },
    'tolerance/vertex-near-miss': {
      description: 'Учаске төбесі басқа учаскенің (түсірілген немесе тіркелген) төбесіне не қабырғасына, онымен сәйкес келмесе, 0,15 м-ден жақын емес',
      messages: {
        nearVertex: 'Төбе {other} төбесінен {distance} м қашықтықта ({limit} м-ден жақын, бірақ сәйкес емес): оларды біріктіріңіз',
        nearEdge: 'Төбе {other} қабырғасынан {distance} м қашықтықта ({limit} м-ден жақын, бірақ онда емес): оны қабырғаға қойыңыз немесе алыстатыңыз',
        tooManyNearMisses: '{parcel} учаскесінде {max} дерлік сәйкес төбе бар; қалған төбелері жеке тексерілмеді: қабат өз үстіне салынған, оны қайта сызыңыз',
      },
    },
    'topology/building-within-parcel': {
      description: 'Ғимарат-құрылыс учаске (учаскелер) ішінде жатыр: ешбір бөлігі 0,15 м дәлдіктен кеңірек шығып тұрмайды',
      messages: { protrudes: '{building} ғимараты учаскеден {width} м шығып тұр (шегі {limit} м)' },
    },
    'topology/contours-match-registered': {
      description: 'Біріктіруде немесе бөлуде жаңа учаскелер бірге тіркелген бастапқы учаскелерді 0,30 м дәлдікпен жабады',
      messages: {
        beyondSources: 'Жаңа учаскелер тіркелген бастапқы учаскелерден {width} м шығып тұр (шегі {limit} м), ауданы {area} м²',
        sourceUncovered: 'Тіркелген бастапқы учаскелердің ені {width} м (шегі {limit} м) бөлігі жаңа учаскелермен жабылмаған, ауданы {area} м²',
        sourceNotFound: '{cadCode} бастапқы учаскесі түсірілім маңындағы тіркелген деректерде жоқ: контурды салыстыру мүмкін емес',
        notChecked: 'Тексерілмеді: тіркелген деректер жоқ (оларды --registered арқылы беріңіз)',
      },
    },
    'topology/line-duplicate': {
      description: 'Ешбір екі сызық жазбасы да, бір жазбаның екі бөлігі де бір-бірінің бойымен 0,15 м дәлдіктен ұзақ жүрмейді',
      messages: {
        duplicateRecord: '{line} сызығы {other} сызығының бойымен {length} м жүреді (шегі {limit} м): ол екі рет сызылған',
        duplicatePart: '{line} сызығының {part} және {otherPart} бөліктері бір-бірінің бойымен {length} м жүреді (шегі {limit} м): ол екі рет сызылған',
      },
    },
    'topology/line-single-piece': {
      description: 'Сызықтық құрылыс жазбасы — бір байланысқан сызық: оның бөліктері түйіседі (ұштары 0,001 м шегінде)',
      messages: { broken: 'Сызық байланыспайтын {pieces} бөлікке бөлінген; ең жақындарының арасы {gap} м' },
    },
    'topology/parcel-gap': {
      description: 'Жиынтық учаскелерінің арасында ені 1 м-ге дейінгі жабылмаған жолақ жоқ: 0,15 м дәлдіктен кең болса — қате, тар болса — ескерту',
      messages: {
        gap: '{parcels} учаскелерінің арасында ені {width} м жабылмаған жолақ (шегі {limit} м)',
        withinAccuracy: '{parcels} учаскелерінің арасында ені {width} м жабылмаған жолақ, {limit} м дәлдік шегінде: ортақ шекараны біріктіріңіз',
        enclosedArea: '{parcels} учаскелерінің арасында ені {width} м түсірілмеген тұйық аймақ (саңылау бола алатын {limit} м-ден кең)',
      },
    },
    'topology/parcel-overlap': {
      description: 'Жиынтық учаскелері қабаттаспайды: 0,15 м дәлдіктен кең болса — қате, тар болса — ескерту',
      messages: {
        overlap: '{parcel} учаскесі {other} учаскесімен ені {width} м қабаттасады (шегі {limit} м)',
        withinAccuracy: '{parcel} учаскесі {other} учаскесімен ені {width} м қабаттасады, {limit} м дәлдік шегінде: ортақ шекараны біріктіріңіз',
        tooManyOverlaps: '{parcel} учаскесі {max} учаскемен қабаттасып қойған; тағы {count} көрші учаске жеке өлшенбеді: қабат өз үстіне салынған, оны қайта сызыңыз',
      },
    },
    'topology/point-on-line-vertex': {
      description: 'Ілеспе нүкте сызықтық құрылыс сызықтарының төбесінде 0,15 м дәлдікпен жатыр',
      messages: {
        offVertex: '{point} нүктесі сызықтық құрылыстың ең жақын төбесінен {distance} м қашықтықта (шегі {limit} м)',
        noLine: '{point} нүктесі жататын сызық жоқ: жиынтықта сызықтық құрылыс төбелері жоқ',
      },
    },
    'topology/servitude-within-parcel': {
      description: 'Сервитут учаске (учаскелер) ішінде жатыр: ешбір бөлігі 0,15 м дәлдіктен кеңірек шығып тұрмайды',
      messages: { protrudes: '{servitude} сервитуты учаскеден {width} м шығып тұр (шегі {limit} м)' },
    },
    // Profiles ua-1051 and kz-pcm.
    "kz/closed-contours": {
      description: "Бұрылыс нүктелерінің әр контуры тұйықталған (соңғы нүкте біріншінің нөмірін немесе координаттарын қайталайды) және кемінде 3 түрлі нүктеден тұрады",
      messages: {
        notClosed: "{contour} контуры тұйықталмаған: ол {last} нүктесімен, бірінші {first} нүктесінен {distance} м жерде аяқталады; соңында {first} нүктесін қайталаңыз",
        tooFew: "{contour} контурында {count} түрлі нүкте бар; учаске шекарасына кемінде 3 қажет",
      },
    },
    "kz/parseable-lines": {
      description: "Бұрылыс нүктелері файлының әр жолы «нөмір X Y» ретінде оқылады (немесе контур тақырыбы, түсініктеме не бос жол), және файлда нүктелер бар",
      messages: {
        unparseable: "{line} жолын «нөмір X Y» ретінде оқу мүмкін емес: {reason} ({text})",
        noPoints: "Файлда бұрылыс нүктелері жоқ",
      },
    },
    "kz/point-numbers": {
      description: "Контурда бұрылыс нүктелерінің нөмірлері қайталанбайды (тұйықтайтын біріншіден басқа), контурларға ортақ нөмірдің координаттары бірдей, бүтін сандық нөмірлеуде бос орын жоқ",
      messages: {
        repeated: "{number} нүктесі {contour} контурында екі рет кездеседі ({first} және {line} жолдары)",
        conflicting: "{contour} контурының {number} нүктесі ({line} жол) {other} контурының {number} нүктесінен ({first} жол) {distance} м жерде: бір нөмір — екі орын",
        missing: "{contour} контурында {from} нүктесінен кейін {to} нүктесі келеді: {count} нөмір жетіспейді",
      },
    },
    "ua/area-matches-geometry": {
      description: "Учаскенің мәлімделген ауданы (Area/Size өз MeasurementUnit бірлігінде) сызылған полигонның жазық ауданына файлдың Error қателігімен немесе жазылған санның дөңгелектеу дәлдігімен тең",
      messages: {
        areaDiffers: "{boundary} {size} {unit} ({declared} м²) мәлімдейді, ал сызылған полигонның ауданы {computed} м²: айырмасы {difference} м² (шегі {limit} м²)",
      },
    },
    "ua/closed-boundaries": {
      description: "Әр шекара (учаске, алқап, шектеу, тесік) ұштары бір-біріне жалғасып, басында тұйықталатын көпсызықтардан тұрады",
      messages: {
        empty: "{boundary} шекарасында көпсызықтар жоқ",
        broken: "{boundary} шекарасы {line} және {next} көпсызықтарының арасында үзілген: олардың ортақ ұш нүктесі жоқ",
        notClosed: "{boundary} шекарасы тұйықталмаған: ол бірінші {first} нүктесімен емес, {last} нүктесімен аяқталады",
      },
    },
    "ua/crs-declared": {
      description: "Алмасу файлы координаттар жүйесін InfoPart/MetricInfo/CoordinateSystem ішінде көрсетеді; USC-2000 координаттары Гаусс–Крюгердің 4–7 аймағында жатыр",
      messages: {
        missing: "Файл координаттар жүйесін көрсетпейді (InfoPart/MetricInfo/CoordinateSystem): оның координаттарын орналастыру мүмкін емес",
        notPlaced: "{name} координаттар жүйесі көрсетілген, бірақ cadcheck оны картаға орналастыра алмайды: тек геометрия тексеріледі",
        zoneUnknown: "USC-2000 ординатасы {easting} Гаусс–Крюгердің 4–7 аймақ нөмірінен басталмайды: X/Y ауысып кетті ме, әлде басқа жүйе ме?",
      },
    },
    "ua/point-accuracy": {
      description: "Әр нүктенің X және Y сандық координаттары және ≥ 0 сан болып табылатын MX және MY дәлдіктері бар",
      messages: {
        missing: "{uidp} нүктесінде {field} жоқ",
        notANumber: "{uidp} нүктесі: {field} «{value}» — сан емес",
        negative: "{uidp} нүктесі: {field} {value} теріс; дәлдік ≥ 0",
      },
    },
    "ua/polyline-refs": {
      description: "Әр полисызықтың бірегей ULID-і және PointInfo-дан кемінде 2 нүктесі бар; шекараның әр сызығы бар полисызыққа сілтейді; әр бекітілген нүкте PointInfo-да бар",
      messages: {
        unknownPoint: "{ulid} көпсызығы PointInfo ішінде жоқ {uidp} нүктесіне сілтейді",
        unknownPolyline: "{boundary} шекарасы MetricInfo/Polyline ішінде жоқ {ulid} көпсызығына сілтейді",
        duplicatePolyline: "Көпсызық нөмірі (ULID) {ulid} екі рет қолданылған: {first} және {second} көпсызықтары",
        tooShort: "{ulid} көпсызығында {count} нүкте бар; көпсызыққа кемінде 2 қажет",
        unknownControlPoint: "ControlPoint PointInfo-да жоқ {uidp} нүктесін атайды",
      },
    },
    "ua/schema": {
      description: "Алмасу файлы алмасу форматының 0.7 нұсқалы XML схемасына сәйкес келеді, Мемлекеттік жер кадастры оны осы схема бойынша тексереді",
      messages: {
        missingChild: "<{element}> ішінде {expected} жетіспейді, алмасу форматы оларды осы жерде талап етеді; жол {line}, баған {column} ({path}); орындар: {count}",
        unexpected: "<{element}> бұл жерде рұқсат етілмейді; алмасу форматы мұнда {expected} күтеді; жол {line}, баған {column} ({path}); орындар: {count}",
        unexpectedHere: "<{element}> бұл жерде рұқсат етілмейді; жол {line}, баған {column} ({path}); орындар: {count}",
        textNotAllowed: "<{element}> мәтін қамтиды, ал алмасу форматы оның ішінде элементтерді талап етеді; жол {line}, баған {column} ({path}); орындар: {count}",
        textInsteadOf: "<{element}> мәтін қамтиды, ал алмасу форматы оның ішінде {expected} элементтерінің бірін талап етеді (мысалы, M емес, <M/>); жол {line}, баған {column} ({path}); орындар: {count}",
        attributeNotAllowed: "<{element}> элементінде {value}=… атрибуты бар, алмасу форматында ондай атрибут жоқ; жол {line}, баған {column} ({path}); орындар: {count}",
        notInList: "<{element}> «{value}» мәнін қамтиды, ол формат мәндерінің арасында жоқ {expected}; жол {line}, баған {column} ({path}); орындар: {count}",
        badPattern: "<{element}> «{value}» мәнін қамтиды, оның пішіні талап етілгендей емес ({expected}); жол {line}, баған {column} ({path}); орындар: {count}",
        badLength: "<{element}> «{value}» мәнін қамтиды, оның ұзындығы рұқсат етілмеген (ұзындық {expected}); жол {line}, баған {column} ({path}); орындар: {count}",
        notNumber: "<{element}> «{value}» мәнін қамтиды, ол сан емес (цифрларды ондық нүктемен жазыңыз, мысалы 5592000.25); жол {line}, баған {column} ({path}); орындар: {count}",
        notWholeNumber: "<{element}> «{value}» мәнін қамтиды, ол бүтін сан емес; жол {line}, баған {column} ({path}); орындар: {count}",
        notDate: "<{element}> «{value}» мәнін қамтиды, ол ЖЖЖЖ-АА-КК пішініндегі күн емес; жол {line}, баған {column} ({path}); орындар: {count}",
        notBoolean: "<{element}> «{value}» мәнін қамтиды, ал true немесе false болуы керек; жол {line}, баған {column} ({path}); орындар: {count}",
        wrongType: "<{element}> «{value}» мәнін қамтиды, ол {expected} түріне жатпайды; жол {line}, баған {column} ({path}); орындар: {count}",
        other: "<{element}>: {detail}; жол {line}, баған {column} ({path}); орындар: {count}",
        more: "Мұнда келтірілмеген схеманың басқа да әртүрлі мәселелері: {count}",
        otherVersion: "Файлда алмасу форматының {version} нұсқасы көрсетілген; cadcheck оны Мемлекеттік жер кадастры қабылдайтын {checked} нұсқасы бойынша тексереді",
      },
    },
    "ua/unique-point-ids": {
      description: "PointInfo ішіндегі әр нүктенің UIDP-і бар және ешбір екі нүктенің UIDP-і бірдей емес",
      messages: {
        duplicate: "Нүкте нөмірі (UIDP) {uidp} екі рет қолданылған: PointInfo ішіндегі {first} және {second} нүктелері",
        missingId: "PointInfo ішіндегі {index} нүктесінің нөмірі (UIDP) жоқ",
      },
    },
  },
};

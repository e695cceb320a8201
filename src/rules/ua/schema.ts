// ua/schema: the exchange file fits the format's XML Schema (version 0.7), which the State Land Cadastre checks before
// anything else (§70: the file is in the exchange format the Cadastre publishes). The reader ran the validator; this rule
// words each distinct problem for a surveyor, with its place, and caps a flood at MAX_PROBLEMS.
import { defineRule } from '../../engine/define-rule.js';
import type { UaSchemaProblem } from '../../model/ukraine.js';

/** Distinct problems reported per file; past it, one finding says how many more. */
const MAX_PROBLEMS = 50;

/** The XML Schema types of the format's values, told in words (anything else is named as the schema names it). */
const TYPE_MESSAGES = {
  'xs:double': 'notNumber',
  'xs:decimal': 'notNumber',
  'xs:int': 'notWholeNumber',
  'xs:integer': 'notWholeNumber',
  'xs:date': 'notDate',
  'xs:boolean': 'notBoolean',
} as const;

function messageOf(problem: UaSchemaProblem) {
  switch (problem.kind) {
    case 'missingChild': return problem.expected ? 'missingChild' : 'other';
    case 'unexpected': return problem.expected ? 'unexpected' : 'unexpectedHere';
    case 'textNotAllowed': return problem.expected ? 'textInsteadOf' : 'textNotAllowed';
    case 'attributeNotAllowed': return 'attributeNotAllowed';
    case 'notInList': return 'notInList';
    case 'badPattern': return 'badPattern';
    case 'badLength': return 'badLength';
    case 'wrongType': return TYPE_MESSAGES[problem.expected as keyof typeof TYPE_MESSAGES] ?? 'wrongType';
    default: return 'other';
  }
}

export default defineRule({
  id: 'ua/schema',
  meta: {
    severity: 'error',
    basis: '§70 (the exchange file format)',
    description: 'The exchange file fits the XML Schema of the exchange format, version 0.7, as the State Land Cadastre checks it',
    messages: {
      missingChild: '<{element}> lacks {expected}, which the exchange format requires there; line {line}, column {column} ({path}); places: {count}',
      unexpected: '<{element}> is not allowed at this place; the exchange format expects {expected} there; line {line}, column {column} ({path}); places: {count}',
      unexpectedHere: '<{element}> is not allowed at this place; line {line}, column {column} ({path}); places: {count}',
      textNotAllowed: '<{element}> holds text, but the exchange format wants elements inside it; line {line}, column {column} ({path}); places: {count}',
      textInsteadOf: '<{element}> holds text, but the exchange format wants an element inside it, one of {expected} (e.g. <M/>, not M); line {line}, column {column} ({path}); places: {count}',
      attributeNotAllowed: '<{element}> has an attribute {value}=…, which the exchange format does not have; line {line}, column {column} ({path}); places: {count}',
      notInList: "<{element}> holds '{value}', which is not one of the format's values {expected}; line {line}, column {column} ({path}); places: {count}",
      badPattern: "<{element}> holds '{value}', which is not in the form the format requires ({expected}); line {line}, column {column} ({path}); places: {count}",
      badLength: "<{element}> holds '{value}', whose length is not allowed (length {expected}); line {line}, column {column} ({path}); places: {count}",
      notNumber: "<{element}> holds '{value}', which is not a number (write digits with a decimal point, e.g. 5592000.25); line {line}, column {column} ({path}); places: {count}",
      notWholeNumber: "<{element}> holds '{value}', which is not a whole number; line {line}, column {column} ({path}); places: {count}",
      notDate: "<{element}> holds '{value}', which is not a date in the form YYYY-MM-DD; line {line}, column {column} ({path}); places: {count}",
      notBoolean: "<{element}> holds '{value}', which is neither true nor false; line {line}, column {column} ({path}); places: {count}",
      wrongType: "<{element}> holds '{value}', which is not of the type {expected}; line {line}, column {column} ({path}); places: {count}",
      other: '<{element}>: {detail}; line {line}, column {column} ({path}); places: {count}',
      more: '{count} more distinct schema problems are not listed',
      otherVersion: 'The file says it is in exchange format version {version}; cadcheck holds it against version {checked}, the one the State Land Cadastre accepts',
    },
    translations: {
      ka: {
        description: 'გაცვლის ფაილი შეესაბამება გაცვლის ფორმატის XML სქემას (ვერსია 0.7), რომლითაც მას სახელმწიფო მიწის კადასტრი ამოწმებს',
        messages: {
          missingChild: '<{element}>-ს აკლია {expected}, რასაც გაცვლის ფორმატი ამ ადგილას მოითხოვს; სტრიქონი {line}, სვეტი {column} ({path}); ადგილები: {count}',
          unexpected: '<{element}> ამ ადგილას დაუშვებელია; გაცვლის ფორმატი აქ ელის {expected}; სტრიქონი {line}, სვეტი {column} ({path}); ადგილები: {count}',
          unexpectedHere: '<{element}> ამ ადგილას დაუშვებელია; სტრიქონი {line}, სვეტი {column} ({path}); ადგილები: {count}',
          textNotAllowed: '<{element}> შეიცავს ტექსტს, გაცვლის ფორმატი კი მასში ელემენტებს მოითხოვს; სტრიქონი {line}, სვეტი {column} ({path}); ადგილები: {count}',
          textInsteadOf: '<{element}> შეიცავს ტექსტს, გაცვლის ფორმატი კი მასში ერთ-ერთ ელემენტს მოითხოვს: {expected} (მაგ. <M/> და არა M); სტრიქონი {line}, სვეტი {column} ({path}); ადგილები: {count}',
          attributeNotAllowed: '<{element}>-ს აქვს ატრიბუტი {value}=…, რომელიც გაცვლის ფორმატში არ არსებობს; სტრიქონი {line}, სვეტი {column} ({path}); ადგილები: {count}',
          notInList: '<{element}> შეიცავს „{value}“-ს, რომელიც არ არის ფორმატის მნიშვნელობებს შორის {expected}; სტრიქონი {line}, სვეტი {column} ({path}); ადგილები: {count}',
          badPattern: '<{element}> შეიცავს „{value}“-ს, რომელსაც არ აქვს მოთხოვნილი ფორმა ({expected}); სტრიქონი {line}, სვეტი {column} ({path}); ადგილები: {count}',
          badLength: '<{element}> შეიცავს „{value}“-ს დაუშვებელი სიგრძით (სიგრძე {expected}); სტრიქონი {line}, სვეტი {column} ({path}); ადგილები: {count}',
          notNumber: '<{element}> შეიცავს „{value}“-ს, რომელიც რიცხვი არ არის (დაწერეთ ციფრები ათწილადი წერტილით, მაგ. 5592000.25); სტრიქონი {line}, სვეტი {column} ({path}); ადგილები: {count}',
          notWholeNumber: '<{element}> შეიცავს „{value}“-ს, რომელიც მთელი რიცხვი არ არის; სტრიქონი {line}, სვეტი {column} ({path}); ადგილები: {count}',
          notDate: '<{element}> შეიცავს „{value}“-ს, რომელიც არ არის თარიღი ფორმით წწწწ-თთ-დდ; სტრიქონი {line}, სვეტი {column} ({path}); ადგილები: {count}',
          notBoolean: '<{element}> შეიცავს „{value}“-ს, უნდა იყოს true ან false; სტრიქონი {line}, სვეტი {column} ({path}); ადგილები: {count}',
          wrongType: '<{element}> შეიცავს „{value}“-ს, რომელიც არ არის {expected} ტიპის; სტრიქონი {line}, სვეტი {column} ({path}); ადგილები: {count}',
          other: '<{element}>: {detail}; სტრიქონი {line}, სვეტი {column} ({path}); ადგილები: {count}',
          more: 'სქემის კიდევ სხვადასხვა პრობლემა, აქ არ ჩამოთვლილი: {count}',
          otherVersion: 'ფაილი მიუთითებს გაცვლის ფორმატის ვერსიას {version}; cadcheck მას ამოწმებს ვერსიით {checked}, რომელსაც სახელმწიფო მიწის კადასტრი იღებს',
        },
        fix: 'ჩაწერეთ შედეგში დასახელებული ელემენტი იქ, სადაც ფორმატი მას ელოდება, ფორმატის რიგით (ხელახლა გააკეთეთ ექსპორტი 0.7 ფორმატის მწერი პროგრამიდან, ან ხელით გაასწორეთ მითითებულ სტრიქონზე); რიცხვები ათობითი წერტილით, თარიღები `YYYY-MM-DD` სახით, ერთეულები ფორმატის ელემენტებით (`<MeasurementUnit><M/></MeasurementUnit>`).',
      },
      ru: {
        description: 'Обменный файл соответствует XML-схеме обменного формата версии 0.7, по которой его проверяет Государственный земельный кадастр',
        messages: {
          missingChild: 'В <{element}> не хватает {expected}, которые обменный формат требует в этом месте; строка {line}, столбец {column} ({path}); мест: {count}',
          unexpected: '<{element}> не допускается в этом месте; обменный формат ожидает здесь {expected}; строка {line}, столбец {column} ({path}); мест: {count}',
          unexpectedHere: '<{element}> не допускается в этом месте; строка {line}, столбец {column} ({path}); мест: {count}',
          textNotAllowed: '<{element}> содержит текст, а обменный формат требует в нём элементов; строка {line}, столбец {column} ({path}); мест: {count}',
          textInsteadOf: '<{element}> содержит текст, а обменный формат требует в нём элемента, одного из {expected} (например, <M/>, а не M); строка {line}, столбец {column} ({path}); мест: {count}',
          attributeNotAllowed: '<{element}> имеет атрибут {value}=…, которого нет в обменном формате; строка {line}, столбец {column} ({path}); мест: {count}',
          notInList: '<{element}> содержит «{value}», чего нет среди значений формата {expected}; строка {line}, столбец {column} ({path}); мест: {count}',
          badPattern: '<{element}> содержит «{value}», что не имеет требуемой формы ({expected}); строка {line}, столбец {column} ({path}); мест: {count}',
          badLength: '<{element}> содержит «{value}» недопустимой длины (длина {expected}); строка {line}, столбец {column} ({path}); мест: {count}',
          notNumber: '<{element}> содержит «{value}», что не является числом (пишите цифры с десятичной точкой, например 5592000.25); строка {line}, столбец {column} ({path}); мест: {count}',
          notWholeNumber: '<{element}> содержит «{value}», что не является целым числом; строка {line}, столбец {column} ({path}); мест: {count}',
          notDate: '<{element}> содержит «{value}», что не является датой в форме ГГГГ-ММ-ДД; строка {line}, столбец {column} ({path}); мест: {count}',
          notBoolean: '<{element}> содержит «{value}», а должно быть true или false; строка {line}, столбец {column} ({path}); мест: {count}',
          wrongType: '<{element}> содержит «{value}», что не относится к типу {expected}; строка {line}, столбец {column} ({path}); мест: {count}',
          other: '<{element}>: {detail}; строка {line}, столбец {column} ({path}); мест: {count}',
          more: 'Ещё различных проблем схемы, не перечисленных здесь: {count}',
          otherVersion: 'Файл указывает версию обменного формата {version}; cadcheck проверяет его по версии {checked}, которую принимает Государственный земельный кадастр',
        },
        fix: 'Запишите названный в результате элемент там, где его ждёт формат, в порядке формата (экспортируйте файл заново программой, пишущей формат 0.7, или исправьте вручную в указанной строке); числа — с десятичной точкой, даты — как `YYYY-MM-DD`, единицы — элементами формата (`<MeasurementUnit><M/></MeasurementUnit>`).',
      },
      uk: {
        description: 'Обмінний файл відповідає XML-схемі обмінного формату версії 0.7, за якою його перевіряє Державний земельний кадастр',
        messages: {
          missingChild: 'У <{element}> бракує {expected}, що їх обмінний формат вимагає в цьому місці; рядок {line}, стовпець {column} ({path}); місць: {count}',
          unexpected: '<{element}> не дозволено в цьому місці; обмінний формат очікує тут {expected}; рядок {line}, стовпець {column} ({path}); місць: {count}',
          unexpectedHere: '<{element}> не дозволено в цьому місці; рядок {line}, стовпець {column} ({path}); місць: {count}',
          textNotAllowed: '<{element}> містить текст, а обмінний формат вимагає в ньому елементів; рядок {line}, стовпець {column} ({path}); місць: {count}',
          textInsteadOf: '<{element}> містить текст, а обмінний формат вимагає в ньому елемента, одного з {expected} (наприклад, <M/>, а не M); рядок {line}, стовпець {column} ({path}); місць: {count}',
          attributeNotAllowed: '<{element}> має атрибут {value}=…, якого обмінний формат не має; рядок {line}, стовпець {column} ({path}); місць: {count}',
          notInList: '<{element}> містить «{value}», чого немає серед значень формату {expected}; рядок {line}, стовпець {column} ({path}); місць: {count}',
          badPattern: '<{element}> містить «{value}», що не має потрібної форми ({expected}); рядок {line}, стовпець {column} ({path}); місць: {count}',
          badLength: '<{element}> містить «{value}» недозволеної довжини (довжина {expected}); рядок {line}, стовпець {column} ({path}); місць: {count}',
          notNumber: '<{element}> містить «{value}», що не є числом (пишіть цифри з десятковою крапкою, наприклад 5592000.25); рядок {line}, стовпець {column} ({path}); місць: {count}',
          notWholeNumber: '<{element}> містить «{value}», що не є цілим числом; рядок {line}, стовпець {column} ({path}); місць: {count}',
          notDate: '<{element}> містить «{value}», що не є датою у формі РРРР-ММ-ДД; рядок {line}, стовпець {column} ({path}); місць: {count}',
          notBoolean: '<{element}> містить «{value}», а має бути true або false; рядок {line}, стовпець {column} ({path}); місць: {count}',
          wrongType: '<{element}> містить «{value}», що не належить до типу {expected}; рядок {line}, стовпець {column} ({path}); місць: {count}',
          other: '<{element}>: {detail}; рядок {line}, стовпець {column} ({path}); місць: {count}',
          more: 'Ще відмінних проблем схеми, не наведених тут: {count}',
          otherVersion: 'Файл зазначає версію обмінного формату {version}; cadcheck перевіряє його за версією {checked}, яку приймає Державний земельний кадастр',
        },
        fix: 'Запишіть названий у результаті елемент там, де його чекає формат, у порядку формату (експортуйте файл знову програмою, що пише формат 0.7, або виправте вручну у вказаному рядку); числа — з десятковою крапкою, дати — як `YYYY-MM-DD`, одиниці — елементами формату (`<MeasurementUnit><M/></MeasurementUnit>`).',
      },
      kk: {
        description: 'Алмасу файлы алмасу форматының 0.7 нұсқалы XML схемасына сәйкес келеді, Мемлекеттік жер кадастры оны осы схема бойынша тексереді',
        messages: {
          missingChild: '<{element}> ішінде {expected} жетіспейді, алмасу форматы оларды осы жерде талап етеді; жол {line}, баған {column} ({path}); орындар: {count}',
          unexpected: '<{element}> бұл жерде рұқсат етілмейді; алмасу форматы мұнда {expected} күтеді; жол {line}, баған {column} ({path}); орындар: {count}',
          unexpectedHere: '<{element}> бұл жерде рұқсат етілмейді; жол {line}, баған {column} ({path}); орындар: {count}',
          textNotAllowed: '<{element}> мәтін қамтиды, ал алмасу форматы оның ішінде элементтерді талап етеді; жол {line}, баған {column} ({path}); орындар: {count}',
          textInsteadOf: '<{element}> мәтін қамтиды, ал алмасу форматы оның ішінде {expected} элементтерінің бірін талап етеді (мысалы, M емес, <M/>); жол {line}, баған {column} ({path}); орындар: {count}',
          attributeNotAllowed: '<{element}> элементінде {value}=… атрибуты бар, алмасу форматында ондай атрибут жоқ; жол {line}, баған {column} ({path}); орындар: {count}',
          notInList: '<{element}> «{value}» мәнін қамтиды, ол формат мәндерінің арасында жоқ {expected}; жол {line}, баған {column} ({path}); орындар: {count}',
          badPattern: '<{element}> «{value}» мәнін қамтиды, оның пішіні талап етілгендей емес ({expected}); жол {line}, баған {column} ({path}); орындар: {count}',
          badLength: '<{element}> «{value}» мәнін қамтиды, оның ұзындығы рұқсат етілмеген (ұзындық {expected}); жол {line}, баған {column} ({path}); орындар: {count}',
          notNumber: '<{element}> «{value}» мәнін қамтиды, ол сан емес (цифрларды ондық нүктемен жазыңыз, мысалы 5592000.25); жол {line}, баған {column} ({path}); орындар: {count}',
          notWholeNumber: '<{element}> «{value}» мәнін қамтиды, ол бүтін сан емес; жол {line}, баған {column} ({path}); орындар: {count}',
          notDate: '<{element}> «{value}» мәнін қамтиды, ол ЖЖЖЖ-АА-КК пішініндегі күн емес; жол {line}, баған {column} ({path}); орындар: {count}',
          notBoolean: '<{element}> «{value}» мәнін қамтиды, ал true немесе false болуы керек; жол {line}, баған {column} ({path}); орындар: {count}',
          wrongType: '<{element}> «{value}» мәнін қамтиды, ол {expected} түріне жатпайды; жол {line}, баған {column} ({path}); орындар: {count}',
          other: '<{element}>: {detail}; жол {line}, баған {column} ({path}); орындар: {count}',
          more: 'Мұнда келтірілмеген схеманың басқа да әртүрлі мәселелері: {count}',
          otherVersion: 'Файлда алмасу форматының {version} нұсқасы көрсетілген; cadcheck оны Мемлекеттік жер кадастры қабылдайтын {checked} нұсқасы бойынша тексереді',
        },
        fix: 'Нәтижеде аталған элементті пішім күтетін жерге, пішім ретімен жазыңыз (файлды 0.7 пішімін жазатын бағдарламамен қайта экспорттаңыз немесе көрсетілген жолда қолмен түзетіңіз); сандарды ондық нүктемен, күндерді `YYYY-MM-DD` түрінде, бірліктерді пішім элементтерімен (`<MeasurementUnit><M/></MeasurementUnit>`) жазыңыз.',
      },
    },
  },
  check({ submission, report }) {
    for (const exchange of submission.ukraine ?? []) {
      const layer = { role: 'parcel' as const, file: exchange.file };
      if (exchange.formatVersion && exchange.formatVersion !== '0.7') {
        report({ messageId: 'otherVersion', layer, severity: 'warning', data: { version: exchange.formatVersion, checked: '0.7' } });
      }
      const problems = exchange.schemaProblems ?? [];
      for (const problem of problems.slice(0, MAX_PROBLEMS)) {
        const { element, path, line, column, count, detail } = problem;
        report({ messageId: messageOf(problem), layer, data: { element, path, line, column, count, detail, expected: problem.expected ?? '', value: problem.value ?? '' } });
      }
      if (problems.length > MAX_PROBLEMS) report({ messageId: 'more', layer, data: { count: problems.length - MAX_PROBLEMS } });
    }
  },
});

// metadata/manifest: the submission has a manifest that parses and fits its schema (Art. 7).
import { defineRule } from '../../engine/define-rule.js';
import { textOf } from '../fields.js';
import { lazySchemaCheck, type SchemaProblem } from '../../engine/json-schema.js';
import { closestId, comparableName, editDistance } from '../../engine/suggest.js';

import { packageJson } from '../../package-root.js';

const manifestSchema = packageJson<{ properties: Record<string, unknown> }>('schema/manifest.schema.json');
const checkManifest = lazySchemaCheck(manifestSchema);

/** Items of a list named by their place ([3]) count as one key ([*]): one problem repeated down a list is one finding. */
const SHOWN_ITEMS = 3;

/**
 * The schema's problems with each repeated one said once: 60,000 bad codes in `method` are one finding naming the first
 * few and the count, not 60,000 findings. A problem met once is reported as before.
 */
function groupedProblems(problems: SchemaProblem[]): SchemaProblem[] {
  const groups = new Map<string, SchemaProblem[]>();
  for (const problem of problems) {
    const key = `${problem.path.replace(/\[\d+\]/g, '[*]')}\u0000${problem.message}`;
    const group = groups.get(key);
    if (group) group.push(problem);
    else groups.set(key, [problem]);
  }
  return [...groups.values()].map((group) => {
    if (group.length === 1) return group[0]!;
    const shown = group.slice(0, SHOWN_ITEMS).map((problem) => problem.path).join(', ');
    const more = group.length > SHOWN_ITEMS ? ', …' : '';
    return { path: group[0]!.path.replace(/\[\d+\]/g, '[*]'), message: `${group[0]!.message} (${group.length} items: ${shown}${more})` };
  });
}

type FormId = 'codeList' | 'oneOf' | 'layerRole' | 'wholeNumber' | 'number' | 'text' | 'trueFalse' | 'object' | 'list';

/** What a correct value looks like, for the keys whose form a surveyor may not guess. */
const EXAMPLES: Record<string, string> = {
  scale: '500', 'paper.parcelArea': '1234', 'paper.buildings[*].storeys': '2',
  surveyDate: '"2024-05-14"', drawingDate: '"2024-05-14"', crs: '"EPSG:32638"', profile: '"ge-388"',
  'paper.buildings[*].number': '"01"', 'paper.buildings[*].condition': '"built"',
  sourceParcels: '["01.14.07.012.034"]', 'paper.buildings': '[{ "number": "01", "storeys": 2, "condition": "built" }]',
  performer: '{ "name": "…", "id": "…" }', applicant: '{ "name": "…", "id": "…" }', paper: '{ "parcelArea": 1234 }', layers: '{ "parcel": "parcel.shp" }',
};

interface SchemaNode { type?: string; enum?: unknown[]; minimum?: number; maximum?: number; items?: SchemaNode; properties?: Record<string, SchemaNode>; additionalProperties?: SchemaNode }

/** The schema of a path ("paper.buildings[0].storeys"), or null. */
function schemaAt(path: string): SchemaNode | null {
  let node: SchemaNode | undefined = manifestSchema as SchemaNode;
  for (const part of path.replace(/\[(\d+|\*)\]/g, '.[]').split('.').filter(Boolean)) {
    node = part === '[]' ? node?.items : node?.properties?.[part] ?? node?.additionalProperties;
    if (!node) return null;
  }
  return node ?? null;
}

function valueAt(data: unknown, path: string): unknown {
  let value = data;
  for (const part of path.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** A value as it is written in the JSON, shortened. */
function written(value: unknown): string {
  const text = JSON.stringify(value) ?? 'null';
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** The message saying the expected form of a wrong value, with where it is written; null for a problem said as the schema says it. */
function expectedForm(problem: SchemaProblem, data: Record<string, unknown>, positions: ReadonlyMap<string, { line: number; column: number }> | null): { key: string; messageId: FormId; data: Record<string, string | number> } | null {
  const path = problem.path;
  if (!path) return null;
  // A wrong code inside method (method[2]) is about the whole list.
  const codeList = /^method(\[[\d*]+\])?$/.test(path);
  const key = codeList ? 'method' : path;
  const where = positions?.get(key) ?? positions?.get(key.replace(/\[\*\]/, '[0]')) ?? { line: 1, column: 1 };
  const at = { line: where.line, column: where.column };
  const value = written(valueAt(data, key.replace(/\[\*\]/, '[0]')));
  if (codeList) return { key, messageId: 'codeList', data: { ...at, key, value, min: 1, max: 6 } };
  const parent = path.replace(/\.[^.]*$/, '');
  if (parent === 'layers' && /is not an allowed name/.test(problem.message)) {
    const name = path.slice('layers.'.length);
    const roles = ((manifestSchema as { properties: { layers: { propertyNames: { enum: string[] } } } }).properties.layers.propertyNames.enum);
    const keyAt = positions?.get(`${path}#key`) ?? where;
    return { key, messageId: 'layerRole', data: { line: keyAt.line, column: keyAt.column, key: name, allowed: roles.join(', '), closest: closestId(name, roles) ?? roles[0]! } };
  }
  const node = schemaAt(path);
  if (!node) return null;
  const example = EXAMPLES[path.replace(/\[\d+\]/g, '[*]')];
  if (node.enum) {
    const allowed = node.enum.map(String);
    return { key, messageId: 'oneOf', data: { ...at, key, value, allowed: allowed.map((v) => `"${v}"`).join(', '), closest: closestId(textOf(valueAt(data, path)), allowed) ?? allowed[0]! } };
  }
  switch (node.type) {
    case 'integer': return { key, messageId: 'wholeNumber', data: { ...at, key, value, min: node.minimum ?? 0, example: example ?? '1' } };
    case 'number': return { key, messageId: 'number', data: { ...at, key, value, min: node.minimum ?? 0, example: example ?? '1' } };
    case 'string': return { key, messageId: 'text', data: { ...at, key, value, example: example ?? '"…"' } };
    case 'boolean': return { key, messageId: 'trueFalse', data: { ...at, key, value } };
    case 'object': return { key, messageId: 'object', data: { ...at, key, value, example: example ?? '{ … }' } };
    case 'array': return { key, messageId: 'list', data: { ...at, key, value, example: example ?? '[ … ]' } };
    default: return null;
  }
}

export default defineRule({
  id: 'metadata/manifest',
  meta: {
    severity: 'error',
    basis: 'Art. 7',
    description: 'The submission has a cadcheck.json manifest that parses and fits the manifest schema',
    messages: {
      missing: 'No cadcheck.json manifest: run `cadcheck init` in the survey folder and fill it in',
      unparsable: 'cadcheck.json cannot be used ({reason}): the paper-version facts are not checked',
      invalidJson: 'cadcheck.json is not valid JSON: it breaks at line {line}, column {column} ({near}); a comma or quote is missing or extra there or just before. The paper-version facts are not checked',
      schema: '{key} {problem}',
      unknownKey: 'Unknown key "{key}" (ignored)',
      unknownKeyNear: 'Line {line}, column {column}: unknown key "{key}" (ignored); did you mean "{closest}"?',
      codeList: 'Line {line}, column {column}: "{key}": {value} — {key} must be a list of codes {min}–{max}, e.g. [{min}]',
      oneOf: 'Line {line}, column {column}: "{key}": {value} — {key} must be one of {allowed}; did you mean "{closest}"?',
      layerRole: 'Line {line}, column {column}: "{key}" is not a layer role — the roles are {allowed}; did you mean "{closest}"?',
      wholeNumber: 'Line {line}, column {column}: "{key}": {value} — {key} must be a whole number of at least {min}, without quotes, e.g. {example}',
      number: 'Line {line}, column {column}: "{key}": {value} — {key} must be a number of at least {min}, without quotes, e.g. {example}',
      text: 'Line {line}, column {column}: "{key}": {value} — {key} must be text in quotes, e.g. {example}',
      trueFalse: 'Line {line}, column {column}: "{key}": {value} — {key} must be true or false, without quotes',
      object: 'Line {line}, column {column}: "{key}": {value} — {key} must be an object in braces, e.g. {example}',
      list: 'Line {line}, column {column}: "{key}": {value} — {key} must be a list in brackets, e.g. {example}',
    },
    translations: {
      ka: {
        description: 'კომპლექტს აქვს cadcheck.json მანიფესტი, რომელიც იკითხება და შეესაბამება მანიფესტის სქემას',
        messages: {
          missing: 'cadcheck.json მანიფესტი არ არის: გაუშვით `cadcheck init` აზომვის საქაღალდეში და შეავსეთ',
          unparsable: 'cadcheck.json ვერ გამოიყენება ({reason}): ქაღალდის ვერსიის მონაცემები არ მოწმდება',
          invalidJson: 'cadcheck.json არ არის სწორი JSON: ის წყდება სტრიქონ {line}-ზე, სვეტ {column}-ზე ({near}); იქ ან მის წინ აკლია ან ზედმეტია მძიმე ან ბრჭყალი. ქაღალდის ვერსიის მონაცემები არ მოწმდება',
          schema: '{key} {problem}',
          unknownKey: 'უცნობი გასაღები „{key}“ (იგნორირებულია)',
          unknownKeyNear: 'სტრიქონი {line}, სვეტი {column}: უცნობი გასაღები „{key}“ (იგნორირებულია); ხომ არ გულისხმობდით „{closest}“?',
          codeList: 'სტრიქონი {line}, სვეტი {column}: „{key}“: {value} — {key} უნდა იყოს კოდების სია {min}–{max}, მაგ. [{min}]',
          oneOf: 'სტრიქონი {line}, სვეტი {column}: „{key}“: {value} — {key} უნდა იყოს ერთ-ერთი: {allowed}; ხომ არ გულისხმობდით „{closest}“?',
          layerRole: 'სტრიქონი {line}, სვეტი {column}: „{key}“ ფენის როლი არ არის — როლებია {allowed}; ხომ არ გულისხმობდით „{closest}“?',
          wholeNumber: 'სტრიქონი {line}, სვეტი {column}: „{key}“: {value} — {key} უნდა იყოს მთელი რიცხვი, არანაკლებ {min}, ბრჭყალების გარეშე, მაგ. {example}',
          number: 'სტრიქონი {line}, სვეტი {column}: „{key}“: {value} — {key} უნდა იყოს რიცხვი, არანაკლებ {min}, ბრჭყალების გარეშე, მაგ. {example}',
          text: 'სტრიქონი {line}, სვეტი {column}: „{key}“: {value} — {key} უნდა იყოს ტექსტი ბრჭყალებში, მაგ. {example}',
          trueFalse: 'სტრიქონი {line}, სვეტი {column}: „{key}“: {value} — {key} უნდა იყოს true ან false, ბრჭყალების გარეშე',
          object: 'სტრიქონი {line}, სვეტი {column}: „{key}“: {value} — {key} უნდა იყოს ობიექტი ფიგურულ ფრჩხილებში, მაგ. {example}',
          list: 'სტრიქონი {line}, სვეტი {column}: „{key}“: {value} — {key} უნდა იყოს სია კვადრატულ ფრჩხილებში, მაგ. {example}',
        },
        fix: 'გაასწორეთ მნიშვნელობა შეტყობინებაში მითითებულ სტრიქონსა და სვეტში, მასში მოცემული სახით; `cadcheck init` შესადარებელ შაბლონს წერს.',
      },
      ru: {
        description: 'В комплекте есть манифест cadcheck.json, который разбирается и соответствует схеме манифеста',
        messages: {
          missing: 'Нет манифеста cadcheck.json: выполните `cadcheck init` в папке съёмки и заполните его',
          unparsable: 'cadcheck.json нельзя использовать ({reason}): сведения бумажной версии не проверяются',
          invalidJson: 'cadcheck.json — не корректный JSON: он обрывается в строке {line}, столбце {column} ({near}); там или чуть раньше не хватает или лишняя запятая или кавычка. Сведения бумажной версии не проверяются',
          schema: '{key} {problem}',
          unknownKey: 'Неизвестный ключ «{key}» (пропущен)',
          unknownKeyNear: 'Строка {line}, столбец {column}: неизвестный ключ «{key}» (пропущен); может быть, «{closest}»?',
          codeList: 'Строка {line}, столбец {column}: «{key}»: {value} — {key} должен быть списком кодов {min}–{max}, например [{min}]',
          oneOf: 'Строка {line}, столбец {column}: «{key}»: {value} — {key} должен быть одним из: {allowed}; может быть, «{closest}»?',
          layerRole: 'Строка {line}, столбец {column}: «{key}» — не роль слоя; роли: {allowed}; может быть, «{closest}»?',
          wholeNumber: 'Строка {line}, столбец {column}: «{key}»: {value} — {key} должен быть целым числом не меньше {min}, без кавычек, например {example}',
          number: 'Строка {line}, столбец {column}: «{key}»: {value} — {key} должен быть числом не меньше {min}, без кавычек, например {example}',
          text: 'Строка {line}, столбец {column}: «{key}»: {value} — {key} должен быть текстом в кавычках, например {example}',
          trueFalse: 'Строка {line}, столбец {column}: «{key}»: {value} — {key} должен быть true или false, без кавычек',
          object: 'Строка {line}, столбец {column}: «{key}»: {value} — {key} должен быть объектом в фигурных скобках, например {example}',
          list: 'Строка {line}, столбец {column}: «{key}»: {value} — {key} должен быть списком в квадратных скобках, например {example}',
        },
        fix: 'Исправьте значение в строке и столбце, названных в сообщении, в указанном там виде; `cadcheck init` пишет шаблон для сравнения.',
      },
      uk: {
        description: 'У комплекті є маніфест cadcheck.json, який розбирається й відповідає схемі маніфесту',
        messages: {
          missing: 'Немає маніфесту cadcheck.json: виконайте `cadcheck init` у папці зйомки й заповніть його',
          unparsable: 'cadcheck.json не можна використати ({reason}): відомості паперової версії не перевіряються',
          invalidJson: 'cadcheck.json — некоректний JSON: він уривається в рядку {line}, стовпці {column} ({near}); там або трохи раніше бракує або зайва кома чи лапка. Відомості паперової версії не перевіряються',
          schema: '{key} {problem}',
          unknownKey: 'Невідомий ключ «{key}» (пропущено)',
          unknownKeyNear: 'Рядок {line}, стовпець {column}: невідомий ключ «{key}» (пропущено); можливо, «{closest}»?',
          codeList: 'Рядок {line}, стовпець {column}: «{key}»: {value} — {key} має бути списком кодів {min}–{max}, наприклад [{min}]',
          oneOf: 'Рядок {line}, стовпець {column}: «{key}»: {value} — {key} має бути одним із: {allowed}; можливо, «{closest}»?',
          layerRole: 'Рядок {line}, стовпець {column}: «{key}» — не роль шару; ролі: {allowed}; можливо, «{closest}»?',
          wholeNumber: 'Рядок {line}, стовпець {column}: «{key}»: {value} — {key} має бути цілим числом не менше {min}, без лапок, наприклад {example}',
          number: 'Рядок {line}, стовпець {column}: «{key}»: {value} — {key} має бути числом не менше {min}, без лапок, наприклад {example}',
          text: 'Рядок {line}, стовпець {column}: «{key}»: {value} — {key} має бути текстом у лапках, наприклад {example}',
          trueFalse: 'Рядок {line}, стовпець {column}: «{key}»: {value} — {key} має бути true або false, без лапок',
          object: 'Рядок {line}, стовпець {column}: «{key}»: {value} — {key} має бути об’єктом у фігурних дужках, наприклад {example}',
          list: 'Рядок {line}, стовпець {column}: «{key}»: {value} — {key} має бути списком у квадратних дужках, наприклад {example}',
        },
        fix: 'Виправте значення в рядку і стовпці, названих у повідомленні, у вказаному там вигляді; `cadcheck init` пише шаблон для порівняння.',
      },
      kk: {
        description: 'Жиынтықта талданатын және манифест сұлбасына сәйкес келетін cadcheck.json манифесі бар',
        messages: {
          missing: 'cadcheck.json манифесі жоқ: түсірілім қалтасында `cadcheck init` орындап, оны толтырыңыз',
          unparsable: 'cadcheck.json пайдалану мүмкін емес ({reason}): қағаз нұсқаның мәліметтері тексерілмейді',
          invalidJson: 'cadcheck.json дұрыс JSON емес: ол {line}-жолда, {column}-бағанда үзіледі ({near}); сол жерде не одан сәл бұрын үтір не тырнақша жетіспейді не артық. Қағаз нұсқасының мәліметтері тексерілмейді',
          schema: '{key} {problem}',
          unknownKey: 'Белгісіз кілт «{key}» (ескерілмеді)',
          unknownKeyNear: '{line}-жол, {column}-баған: белгісіз кілт «{key}» (ескерілмеді); «{closest}» болуы мүмкін бе?',
          codeList: '{line}-жол, {column}-баған: «{key}»: {value} — {key} {min}–{max} кодтарының тізімі болуы керек, мысалы [{min}]',
          oneOf: '{line}-жол, {column}-баған: «{key}»: {value} — {key} мыналардың бірі болуы керек: {allowed}; «{closest}» болуы мүмкін бе?',
          layerRole: '{line}-жол, {column}-баған: «{key}» қабат рөлі емес — рөлдер: {allowed}; «{closest}» болуы мүмкін бе?',
          wholeNumber: '{line}-жол, {column}-баған: «{key}»: {value} — {key} кемінде {min} бүтін сан болуы керек, тырнақшасыз, мысалы {example}',
          number: '{line}-жол, {column}-баған: «{key}»: {value} — {key} кемінде {min} сан болуы керек, тырнақшасыз, мысалы {example}',
          text: '{line}-жол, {column}-баған: «{key}»: {value} — {key} тырнақшадағы мәтін болуы керек, мысалы {example}',
          trueFalse: '{line}-жол, {column}-баған: «{key}»: {value} — {key} true не false болуы керек, тырнақшасыз',
          object: '{line}-жол, {column}-баған: «{key}»: {value} — {key} фигуралық жақшадағы объект болуы керек, мысалы {example}',
          list: '{line}-жол, {column}-баған: «{key}»: {value} — {key} тік жақшадағы тізім болуы керек, мысалы {example}',
        },
        fix: 'Хабарламада аталған жол мен бағандағы мәнді онда берілген түрде түзетіңіз; `cadcheck init` салыстыру үшін үлгі жазады.',
      },
    },
  },
  check({ submission, report }) {
    const { manifest } = submission;
    const file = manifest.file;
    if (manifest.data === null) {
      if (manifest.syntax) report({ messageId: 'invalidJson', file, data: { ...manifest.syntax, near: manifest.syntax.near || '—' } });
      // A manifest too big or too deep to read is input/readable's finding already: one finding, not two.
      else if (manifest.problem && !submission.problems.some((problem) => problem.file === file)) report({ messageId: 'unparsable', file, data: { reason: manifest.problem } });
      else if (!manifest.problem) report({ messageId: 'missing', file });
      return;
    }
    const said = new Set<string>();
    for (const problem of groupedProblems(checkManifest(manifest.data))) {
      const form = expectedForm(problem, manifest.data, manifest.positions ?? null);
      if (form) {
        // One finding per key: "method": ["a", "b"] is one wrong list, not two wrong codes.
        if (said.has(form.key)) continue;
        said.add(form.key);
        report({ messageId: form.messageId, file, data: form.data });
      } else {
        report({ messageId: 'schema', file, data: { key: problem.path || '(root)', problem: problem.message } });
      }
    }
    // Unknown top-level keys are a warning, not an error: forward compatibility (SUBMISSION.md).
    for (const key of Object.keys(manifest.data)) {
      if (key in manifestSchema.properties) continue;
      // A misspelt key ("surveydate", "survey_date") is most likely a fact the surveyor meant to give: say which.
      const closest = closestId(key, Object.keys(manifestSchema.properties));
      const near = closest !== null && (comparableName(key) === comparableName(closest) || editDistance(key.toLowerCase(), closest.toLowerCase()) <= Math.max(2, Math.floor(closest.length / 4)));
      const where = manifest.positions?.get(`${key}#key`);
      if (near && where) report({ messageId: 'unknownKeyNear', file, severity: 'warning', data: { key, closest, line: where.line, column: where.column } });
      else report({ messageId: 'unknownKey', file, severity: 'warning', data: { key } });
    }
  },
});

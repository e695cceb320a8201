// input/config-ignored: a cadcheck.config.json inside a submission is never applied, and the report says it was there.
import { defineRule } from '../../engine/define-rule.js';

export default defineRule({
  id: 'input/config-ignored',
  meta: {
    severity: 'warning',
    basis: null,
    description: 'A cadcheck.config.json inside the submission is never applied',
    messages: {
      ignored: '{file}: a configuration inside the submission is never applied; rules and tolerances come from the registry (--config, or a cadcheck.config.json above the submission)',
    },
    translations: {
      ka: {
        description: 'წარდგენილი კომპლექტის შიგნით არსებული cadcheck.config.json არასოდეს გამოიყენება',
        messages: { ignored: '{file}: კომპლექტის შიგნით არსებული კონფიგურაცია არასოდეს გამოიყენება; წესებსა და დაშვებებს რეესტრი ადგენს (--config ან cadcheck.config.json კომპლექტის ზემოთ მდებარე საქაღალდეში)' },
        fix: 'აზომველო: ნუ ჩადებთ `cadcheck.config.json`-ს ჩასაბარებელში (ის თქვენს სამუშაო საქაღალდეში რჩება, აზომვის საქაღალდის ზემოთ, თუ იყენებთ). რეესტრო: არაფერია გასაკეთებელი; თქვენი კონფიგურაცია გამოყენებულია.',
      },
      ru: {
        description: 'cadcheck.config.json внутри комплекта никогда не применяется',
        messages: { ignored: '{file}: конфигурация внутри комплекта никогда не применяется; правила и допуски задаёт реестр (--config или cadcheck.config.json в папке выше комплекта)' },
        fix: 'Исполнителю: не кладите `cadcheck.config.json` в сдаваемый комплект (он остаётся в вашей рабочей папке, над папкой съёмки, если вы им пользуетесь). Реестру: делать ничего не нужно, ваша конфигурация применена.',
      },
      uk: {
        description: 'cadcheck.config.json усередині комплекту ніколи не застосовується',
        messages: { ignored: '{file}: конфігурація всередині комплекту ніколи не застосовується; правила й допуски задає реєстр (--config або cadcheck.config.json у теці вище комплекту)' },
        fix: 'Виконавцю: не кладіть `cadcheck.config.json` до комплекту, що здається (він лишається у вашій робочій теці, над текою зйомки, якщо ви ним користуєтеся). Реєстру: робити нічого не треба, вашу конфігурацію застосовано.',
      },
      kk: {
        description: 'Жиынтықтың ішіндегі cadcheck.config.json ешқашан қолданылмайды',
        messages: { ignored: '{file}: жиынтықтың ішіндегі конфигурация ешқашан қолданылмайды; ережелер мен рұқсаттарды тізілім белгілейді (--config немесе жиынтықтан жоғары қалтадағы cadcheck.config.json)' },
        fix: 'Орындаушыға: `cadcheck.config.json` файлын тапсырылатын жинаққа салмаңыз (ол сіздің жұмыс қалтаңызда, түсірілім қалтасының үстінде қалады). Тізілімге: ештеңе істеудің қажеті жоқ, сіздің конфигурацияңыз қолданылды.',
      },
    },
  },
  check({ submission, report }) {
    for (const problem of submission.problems) {
      if (problem.kind === 'ignored-config') report({ messageId: 'ignored', file: problem.file, data: { file: problem.file } });
    }
  },
});

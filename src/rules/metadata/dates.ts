// metadata/dates: survey and drawing dates are real dates, in order, and not in the future (Art. 7(12), 7(26)(c)).
import { defineRule } from '../../engine/define-rule.js';
import { textOf } from '../fields.js';
import { dateInZone, factAt, isBlank, isIsoDate, surveyDateOf } from './facts.js';

export default defineRule({
  id: 'metadata/dates',
  meta: {
    severity: 'error',
    basis: 'Art. 7(12), 7(26)(c)',
    description: 'surveyDate and drawingDate are real YYYY-MM-DD dates, the survey is not after the drawing, and neither is in the future',
    messages: {
      notADate: '{fact} "{value}" is not a real date written YYYY-MM-DD',
      surveyAfterDrawing: 'surveyDate {surveyDate} is after drawingDate {drawingDate}',
      inFuture: '{fact} {value} is in the future (today is {today} in {timeZone})',
    },
    translations: {
      ka: {
        description: 'surveyDate და drawingDate ნამდვილი თარიღებია (YYYY-MM-DD), აზომვა ნახაზის შემდეგ არ არის და არც ერთი მომავალში არ არის',
        messages: {
          notADate: '{fact} „{value}“ არ არის YYYY-MM-DD სახით ჩაწერილი ნამდვილი თარიღი',
          surveyAfterDrawing: 'surveyDate {surveyDate} არის drawingDate {drawingDate}-ის შემდეგ',
          inFuture: '{fact} {value} მომავალშია (დღეს არის {today}, {timeZone})',
        },
        fix: 'ჩაწერეთ თარიღები YYYY-MM-DD სახით და შეამოწმეთ მათი რიგი.',
      },
      ru: {
        description: 'surveyDate и drawingDate — настоящие даты ГГГГ-ММ-ДД, съёмка не позже составления чертежа и ни одна из дат не в будущем',
        messages: {
          notADate: '{fact} «{value}» — не настоящая дата в виде ГГГГ-ММ-ДД',
          surveyAfterDrawing: 'surveyDate {surveyDate} позже drawingDate {drawingDate}',
          inFuture: '{fact} {value} в будущем (сегодня {today} в {timeZone})',
        },
        fix: 'Запишите даты в виде YYYY-MM-DD и проверьте их порядок.',
      },
      uk: {
        description: 'surveyDate і drawingDate — справжні дати РРРР-ММ-ДД, зйомка не пізніше складання креслення і жодна з дат не в майбутньому',
        messages: {
          notADate: '{fact} «{value}» — не справжня дата у вигляді РРРР-ММ-ДД',
          surveyAfterDrawing: 'surveyDate {surveyDate} пізніше за drawingDate {drawingDate}',
          inFuture: '{fact} {value} у майбутньому (сьогодні {today} у {timeZone})',
        },
        fix: 'Запишіть дати у вигляді YYYY-MM-DD і перевірте їхній порядок.',
      },
      kk: {
        description: 'surveyDate пен drawingDate — ЖЖЖЖ-АА-КК түріндегі нақты күндер, түсірілім сызбадан кейін емес және ешқайсысы болашақта емес',
        messages: {
          notADate: '{fact} «{value}» — ЖЖЖЖ-АА-КК түрінде жазылған нақты күн емес',
          surveyAfterDrawing: 'surveyDate {surveyDate} drawingDate {drawingDate} күнінен кейін',
          inFuture: '{fact} {value} болашақта (бүгін {timeZone} бойынша {today})',
        },
        fix: 'Күндерді YYYY-MM-DD түрінде жазыңыз және олардың ретін тексеріңіз.',
      },
    },
  },
  check({ submission, settings, now, surveyDateOverride, report }) {
    const manifest = submission.manifest.data;
    const file = submission.manifest.file;
    const today = dateInZone(now, settings.timeZone);
    const dates: Record<string, string> = {};
    const facts: Array<[string, unknown]> = [['surveyDate', surveyDateOf(manifest, surveyDateOverride)], ['drawingDate', factAt(manifest, 'drawingDate')]];
    for (const [fact, value] of facts) {
      if (isBlank(value)) continue; // metadata/required speaks for a missing survey date
      if (!isIsoDate(value)) {
        report({ messageId: 'notADate', file, data: { fact, value: textOf(value) } });
        continue;
      }
      dates[fact] = value;
      // ISO dates compare correctly as strings.
      if (value > today) report({ messageId: 'inFuture', file, data: { fact, value, today, timeZone: settings.timeZone } });
    }
    if (dates.surveyDate && dates.drawingDate && dates.surveyDate > dates.drawingDate) {
      report({ messageId: 'surveyAfterDrawing', file, data: { surveyDate: dates.surveyDate, drawingDate: dates.drawingDate } });
    }
  },
});

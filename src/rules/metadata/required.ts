// metadata/required: the paper-version facts the law requires are in the manifest (Art. 7).
import { defineRule } from '../../engine/define-rule.js';
import { factAt, isBlank, surveyDateOf } from './facts.js';

/** Each required fact and the article that requires it. */
const REQUIRED_FACTS = ['surveyDate', 'performer.name', 'performer.id', 'applicant.name', 'crsName', 'scale', 'method'] as const;

export default defineRule({
  id: 'metadata/required',
  meta: {
    severity: 'error',
    basis: 'Art. 7(4), 7(12)–(14), 7(25)–(26)',
    description: 'The manifest gives surveyDate, performer.name, performer.id, applicant.name, crsName, scale and method',
    messages: { missingFact: '"{fact}" is missing or blank' },
    translations: {
      ka: {
        description: 'მანიფესტში მითითებულია surveyDate, performer.name, performer.id, applicant.name, crsName, scale და method',
        messages: { missingFact: '„{fact}“ აკლია ან ცარიელია' },
        fix: 'შეავსეთ მონაცემი cadcheck.json-ში.',
      },
      ru: {
        description: 'В манифесте указаны surveyDate, performer.name, performer.id, applicant.name, crsName, scale и method',
        messages: { missingFact: '«{fact}» отсутствует или не заполнено' },
        fix: 'Заполните сведение в cadcheck.json.',
      },
      uk: {
        description: 'У маніфесті зазначено surveyDate, performer.name, performer.id, applicant.name, crsName, scale і method',
        messages: { missingFact: '«{fact}» відсутнє або не заповнене' },
        fix: 'Заповніть відомість у cadcheck.json.',
      },
      kk: {
        description: 'Манифестте surveyDate, performer.name, performer.id, applicant.name, crsName, scale және method көрсетілген',
        messages: { missingFact: '«{fact}» жоқ немесе толтырылмаған' },
        fix: 'cadcheck.json ішіндегі мәліметті толтырыңыз.',
      },
    },
  },
  check({ submission, surveyDateOverride, report }) {
    const manifest = submission.manifest.data;
    if (!manifest) return; // metadata/manifest speaks for a missing manifest
    for (const fact of REQUIRED_FACTS) {
      const value = fact === 'surveyDate' ? surveyDateOf(manifest, surveyDateOverride) : factAt(manifest, fact);
      if (isBlank(value)) report({ messageId: 'missingFact', file: submission.manifest.file, data: { fact } });
    }
  },
});

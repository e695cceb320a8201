// metadata/scale: the drawing's scale is one the law allows (Art. 7(2); Art. 2(7) for objects of individual ownership).
import { defineRule } from '../../engine/define-rule.js';
import { factAt } from './facts.js';

/** Art. 7(2): 1:500, 1:1000, 1:2000 or a larger multiple of a thousand. */
function isRegularScale(denominator: number): boolean {
  return denominator === 500 || (denominator >= 1000 && denominator % 1000 === 0);
}

export default defineRule({
  id: 'metadata/scale',
  meta: {
    severity: 'error',
    basis: 'Art. 7(2), 2(7)',
    description: 'The scale is 1:500, 1:1000, 1:2000 or a larger multiple of 1000; for an object of individual ownership, 1:100 to 1:500',
    messages: {
      notAllowed: 'Scale 1:{scale} is not allowed: use 1:500, 1:1000, 1:2000 or a larger multiple of 1000',
      notAllowedIndividual: 'Scale 1:{scale} is not allowed for an object of individual ownership: use 1:100 to 1:500',
    },
    translations: {
      ka: {
        description: 'მასშტაბი არის 1:500, 1:1000, 1:2000 ან 1000-ის ჯერადი უფრო დიდი; ინდივიდუალური საკუთრების საგნისთვის 1:100-დან 1:500-მდე',
        messages: {
          notAllowed: 'მასშტაბი 1:{scale} დაუშვებელია: გამოიყენეთ 1:500, 1:1000, 1:2000 ან 1000-ის ჯერადი უფრო დიდი',
          notAllowedIndividual: 'მასშტაბი 1:{scale} დაუშვებელია ინდივიდუალური საკუთრების საგნისთვის: გამოიყენეთ 1:100-დან 1:500-მდე',
        },
        fix: 'დაბეჭდეთ ნახაზი დასაშვებ მასშტაბში და ეს მნიშვნელი ჩაწერეთ `scale`-ში.',
      },
      ru: {
        description: 'Масштаб 1:500, 1:1000, 1:2000 или больший, кратный 1000; для объекта индивидуальной собственности — от 1:100 до 1:500',
        messages: {
          notAllowed: 'Масштаб 1:{scale} не допускается: используйте 1:500, 1:1000, 1:2000 или больший, кратный 1000',
          notAllowedIndividual: 'Масштаб 1:{scale} не допускается для объекта индивидуальной собственности: используйте от 1:100 до 1:500',
        },
        fix: 'Напечатайте чертёж в допустимом масштабе и запишите этот знаменатель в `scale`.',
      },
      uk: {
        description: 'Масштаб 1:500, 1:1000, 1:2000 або більший, кратний 1000; для об\'єкта індивідуальної власності — від 1:100 до 1:500',
        messages: {
          notAllowed: 'Масштаб 1:{scale} не допускається: використовуйте 1:500, 1:1000, 1:2000 або більший, кратний 1000',
          notAllowedIndividual: 'Масштаб 1:{scale} не допускається для об\'єкта індивідуальної власності: використовуйте від 1:100 до 1:500',
        },
        fix: 'Надрукуйте креслення в допустимому масштабі й запишіть цей знаменник у `scale`.',
      },
      kk: {
        description: 'Масштаб 1:500, 1:1000, 1:2000 немесе 1000-ға еселік одан үлкен; жеке меншік объектісі үшін 1:100-ден 1:500-ге дейін',
        messages: {
          notAllowed: '1:{scale} масштабына рұқсат жоқ: 1:500, 1:1000, 1:2000 немесе 1000-ға еселік одан үлкенін қолданыңыз',
          notAllowedIndividual: '1:{scale} масштабына жеке меншік объектісі үшін рұқсат жоқ: 1:100-ден 1:500-ге дейін қолданыңыз',
        },
        fix: 'Сызбаны рұқсат етілген масштабта басып шығарыңыз және сол бөлімді `scale` ішіне жазыңыз.',
      },
    },
  },
  check({ submission, report }) {
    const manifest = submission.manifest.data;
    const scale = factAt(manifest, 'scale');
    // A missing scale is metadata/required's; a scale that is not a whole number is metadata/manifest's.
    if (typeof scale !== 'number' || !Number.isInteger(scale) || scale < 1) return;
    const file = submission.manifest.file;
    if (factAt(manifest, 'kind') === 'individual-ownership') {
      if (scale < 100 || scale > 500) report({ messageId: 'notAllowedIndividual', file, data: { scale } });
    } else if (!isRegularScale(scale)) {
      report({ messageId: 'notAllowed', file, data: { scale } });
    }
  },
});

// attributes/building-number: buildings are numbered 01…09, 10…, 100… and no number is used twice (Art. 7(20)(a), 8(3)(b.a)).
import { defineRule } from '../../engine/define-rule.js';
import type { Feature, Layer } from '../../model.js';
import { fieldOf, isBlankValue, textOf } from '../fields.js';
import { layersWithRole } from '../layers.js';

// Reading (i) of Art. 7(20)(a), backed by Art. 8(3)(b.a)'s "01, 02, … 110": two digits at least, no other leading zero.
const NUMBER_PATTERN = /^(0[1-9]|[1-9][0-9]+)$/;

export default defineRule({
  id: 'attributes/building-number',
  meta: {
    severity: 'error',
    basis: 'Art. 7(20)(a), 8(3)(b.a)',
    description: 'Building numbers are written 01…09, 10…, 100… and are unique in the submission',
    messages: {
      badPattern: 'Building number "{number}" is not written 01…09, 10…, 100…',
      duplicate: 'Building number "{number}" is used twice (first by feature {firstIndex} of {firstFile})',
    },
    translations: {
      ka: {
        description: 'შენობების ნომრები იწერება 01…09, 10…, 100… და კომპლექტში არ მეორდება',
        messages: {
          badPattern: 'შენობის ნომერი „{number}“ არ არის ჩაწერილი 01…09, 10…, 100… სახით',
          duplicate: 'შენობის ნომერი „{number}“ ორჯერ არის გამოყენებული (პირველად {firstFile} ფაილის ობიექტ {firstIndex}-ში)',
        },
        fix: 'შეინახეთ ნომერი ტექსტად (C ველი) და ჩაწერეთ ორი ციფრით: 01, 02, … ყოველ შენობას თავისი ნომერი მიეცით.',
      },
      ru: {
        description: 'Номера зданий записаны как 01…09, 10…, 100… и не повторяются в комплекте',
        messages: {
          badPattern: 'Номер здания «{number}» записан не в виде 01…09, 10…, 100…',
          duplicate: 'Номер здания «{number}» использован дважды (впервые — объектом {firstIndex} файла {firstFile})',
        },
        fix: 'Храните номер как текст (поле C) и пишите двумя цифрами: 01, 02, … У каждого здания свой номер.',
      },
      uk: {
        description: 'Номери будівель записано як 01…09, 10…, 100… і вони не повторюються в комплекті',
        messages: {
          badPattern: 'Номер будівлі «{number}» записано не у вигляді 01…09, 10…, 100…',
          duplicate: 'Номер будівлі «{number}» використано двічі (уперше — об\'єктом {firstIndex} файлу {firstFile})',
        },
        fix: 'Зберігайте номер як текст (поле C) і пишіть двома цифрами: 01, 02, … Кожна будівля має свій номер.',
      },
      kk: {
        description: 'Ғимарат нөмірлері 01…09, 10…, 100… түрінде жазылған және жиынтықта қайталанбайды',
        messages: {
          badPattern: 'Ғимарат нөмірі «{number}» 01…09, 10…, 100… түрінде жазылмаған',
          duplicate: 'Ғимарат нөмірі «{number}» екі рет қолданылған (алғаш {firstFile} файлының {firstIndex} объектісінде)',
        },
        fix: 'Нөмірді мәтін ретінде сақтаңыз (C өрісі) және екі цифрмен жазыңыз: 01, 02, … Әр ғимараттың өз нөмірі болсын.',
      },
    },
  },
  check({ submission, settings, report }) {
    const firstByNumber = new Map<string, { layer: Layer; feature: Feature }>();
    for (const layer of layersWithRole(submission, 'building')) {
      const name = fieldOf(layer, settings, 'number');
      if (name === null) continue;
      for (const feature of layer.features) {
        const value = feature.properties[name];
        if (isBlankValue(value)) continue;
        // A numeric .dbf field cannot hold "01": the number 1 is reported as "1".
        const number = textOf(value);
        if (!NUMBER_PATTERN.test(number)) report({ messageId: 'badPattern', layer, feature, data: { number } });
        const first = firstByNumber.get(number);
        if (first) report({ messageId: 'duplicate', layer, feature, data: { number, firstIndex: first.feature.index, firstFile: first.layer.file } });
        else firstByNumber.set(number, { layer, feature });
      }
    }
  },
});

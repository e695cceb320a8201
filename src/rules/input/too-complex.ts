// input/too-complex: a check that overran its time or heap budget (limits.maxCheckSeconds, limits.maxHeapMb) was
// stopped, and says where. The finding is made by the main thread when it stops the check thread (src/worker/too-complex.ts):
// a rule cannot report that it is itself too slow. Always an error: a check that did not finish cannot pass.
import { defineRule } from '../../engine/define-rule.js';

export default defineRule({
  id: 'input/too-complex',
  meta: {
    severity: 'error',
    basis: null,
    description: 'The check of a submission finishes within its time and memory budget',
    messages: {
      time: 'Check stopped at {stage} after {seconds} s: over the time budget of {limit} s (limits.maxCheckSeconds in cadcheck.config.json); what comes after it was not checked',
      memory: 'Check stopped at {stage}: it needed more memory than the budget of {limit} MiB (limits.maxHeapMb in cadcheck.config.json); what comes after it was not checked',
    },
    translations: {
      ka: {
        description: 'შემოწმება დროისა და მეხსიერების ბიუჯეტში სრულდება',
        messages: {
          time: 'შემოწმება შეჩერდა {stage}-ზე {seconds} წმ-ის შემდეგ: გადააჭარბა დროის ბიუჯეტს, {limit} წმ (limits.maxCheckSeconds, cadcheck.config.json); მის შემდეგ არაფერი შემოწმებულა',
          memory: 'შემოწმება შეჩერდა {stage}-ზე: დასჭირდა ბიუჯეტზე მეტი მეხსიერება, {limit} MiB (limits.maxHeapMb, cadcheck.config.json); მის შემდეგ არაფერი შემოწმებულა',
        },
        fix: 'ძალიან დიდი მიწოდება დაყავით უფრო მცირე კომპლექტებად, ან ამოიღეთ ის, რაც დასახელებულ წესს ანელებს (ერთი ნაკვეთის ათასობით ასლი, ათიათასობით ხვრელიანი პოლიგონი). რეესტრს, რომელიც მუნიციპალიტეტის მთელ ფენებს ნელ ან დატვირთულ მანქანაზე ამოწმებს, შეუძლია ბიუჯეტები გაზარდოს თავის cadcheck.config.json-ში.',
      },
      ru: {
        description: 'Проверка укладывается в бюджет времени и памяти',
        messages: {
          time: 'Проверка остановлена на {stage} через {seconds} с: превышен бюджет времени {limit} с (limits.maxCheckSeconds, cadcheck.config.json); дальнейшее не проверено',
          memory: 'Проверка остановлена на {stage}: ей нужно больше памяти, чем бюджет {limit} МиБ (limits.maxHeapMb, cadcheck.config.json); дальнейшее не проверено',
        },
        fix: 'Разделите очень большую сдачу на меньшие комплекты или уберите то, что замедляет названное правило (тысячи копий одного участка, полигон с десятками тысяч отверстий). Реестр, проверяющий целые муниципальные слои на медленной или загруженной машине, может поднять бюджеты в своём cadcheck.config.json.',
      },
      uk: {
        description: 'Перевірка вкладається в бюджет часу й пам’яті',
        messages: {
          time: 'Перевірку зупинено на {stage} через {seconds} с: перевищено бюджет часу {limit} с (limits.maxCheckSeconds, cadcheck.config.json); подальше не перевірено',
          memory: 'Перевірку зупинено на {stage}: їй потрібно більше пам’яті, ніж бюджет {limit} МіБ (limits.maxHeapMb, cadcheck.config.json); подальше не перевірено',
        },
        fix: 'Розділіть дуже велику здачу на менші комплекти або приберіть те, що сповільнює назване правило (тисячі копій однієї ділянки, полігон із десятками тисяч отворів). Реєстр, що перевіряє цілі муніципальні шари на повільній чи завантаженій машині, може підняти бюджети у своєму cadcheck.config.json.',
      },
      kk: {
        description: 'Тексеру уақыт пен жад бюджетінің ішінде аяқталады',
        messages: {
          time: 'Тексеру {stage} кезеңінде {seconds} с өткен соң тоқтатылды: уақыт бюджеті {limit} с асып кетті (limits.maxCheckSeconds, cadcheck.config.json); одан кейінгісі тексерілмеді',
          memory: 'Тексеру {stage} кезеңінде тоқтатылды: оған {limit} МиБ жад бюджетінен көп жад қажет болды (limits.maxHeapMb, cadcheck.config.json); одан кейінгісі тексерілмеді',
        },
        fix: 'Өте үлкен тапсырманы кішірек жинақтарға бөліңіз немесе аталған ережені баяулататынды алып тастаңыз (бір учаскенің мыңдаған көшірмесі, он мыңдаған тесігі бар полигон). Бүкіл муниципалдық қабаттарды баяу не жүктелген машинада тексеретін тізілім өзінің cadcheck.config.json ішінде бюджеттерді арттыра алады.',
      },
    },
  },
  check() {
    // Reported by the main thread (src/worker/too-complex.ts), never from inside the check it stops.
  },
});

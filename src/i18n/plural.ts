// Counted nouns in Russian and Ukrainian, which share the East Slavic plural rule.

/** 1 ошибка / помилка, 2 ошибки / помилки, 5 ошибок / помилок: one form for 1, one for 2–4, one for the rest (11–14 included). */
export function slavicPlural(count: number, [one, few, many]: [string, string, string]): string {
  const mod10 = count % 10;
  const mod100 = count % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

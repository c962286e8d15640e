/**
 * A moment as a person in Japan reads it: Japan Standard Time (UTC+9, no daylight saving),
 * `2026年12月2日 8:02` in Japanese and `2 Dec 2026, 08:02 JST` in English. Never ISO in a sentence.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function jstWords(at: Date): { ja: string; en: string } {
  const t = new Date(at.getTime() + 9 * 3600_000);
  const y = t.getUTCFullYear();
  const mo = t.getUTCMonth();
  const d = t.getUTCDate();
  const h = t.getUTCHours();
  const mi = String(t.getUTCMinutes()).padStart(2, '0');
  return { ja: `${y}年${mo + 1}月${d}日 ${h}:${mi}`, en: `${d} ${MONTHS[mo]} ${y}, ${String(h).padStart(2, '0')}:${mi} JST` };
}

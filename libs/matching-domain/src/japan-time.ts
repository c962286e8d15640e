/**
 * Dates and times as a person reads them: Japan time (a fixed +09:00, no daylight saving), never
 * an ISO string. Japanese `2026年12月2日 8:02`, English `2 Dec 2026, 08:02 JST`.
 */
import type { Bilingual } from './senior-profile.types';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(at: Date | string): { y: number; mo: number; d: number; h: number; mi: number } | null {
  const ms = at instanceof Date ? at.getTime() : Date.parse(at);
  if (!Number.isFinite(ms)) return null;
  const j = new Date(ms + 9 * 3_600_000);
  return { y: j.getUTCFullYear(), mo: j.getUTCMonth(), d: j.getUTCDate(), h: j.getUTCHours(), mi: j.getUTCMinutes() };
}

/** `2026年12月2日 8:02` / `2 Dec 2026, 08:02 JST`; an unreadable value reads as 日時不明 / unknown time. */
export function japanDateTime(at: Date | string): Bilingual {
  const p = parts(at);
  if (!p) return { ja: '日時不明', en: 'unknown time' };
  const mm = String(p.mi).padStart(2, '0');
  return {
    ja: `${p.y}年${p.mo + 1}月${p.d}日 ${p.h}:${mm}`,
    en: `${p.d} ${MONTHS_EN[p.mo]} ${p.y}, ${String(p.h).padStart(2, '0')}:${mm} JST`,
  };
}

/** `2026年12月2日` / `2 Dec 2026` (Japan date). */
export function japanDay(at: Date | string): Bilingual {
  const p = parts(at);
  if (!p) return { ja: '日付不明', en: 'unknown date' };
  return { ja: `${p.y}年${p.mo + 1}月${p.d}日`, en: `${p.d} ${MONTHS_EN[p.mo]} ${p.y}` };
}

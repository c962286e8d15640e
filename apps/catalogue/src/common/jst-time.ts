/** An instant as ISO 8601 in Japan time with its offset, e.g. 2026-11-01T09:00:00+09:00 (seconds precision). */
export function jstIso(instant: Date): string {
  const shifted = new Date(Math.floor(instant.getTime() / 1000) * 1000 + 9 * 3_600_000);
  return shifted.toISOString().replace(/\.\d{3}Z$/, '+09:00');
}

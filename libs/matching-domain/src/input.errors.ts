/** Thrown when a request, an offering list, a config or an aggregation input is malformed. */
export class MatchingInputError extends Error {
  readonly code = 'invalid_input' as const;

  constructor(
    readonly subject: string,
    readonly issues: readonly string[],
  ) {
    super(`invalid ${subject}: ${issues.join('; ')}`);
    this.name = 'MatchingInputError';
  }
}

export const JIS_CODE_5 = /^\d{5}$/;
export const CATEGORY_CODE = /^[a-z][a-z0-9_]*$/;
export const MONTH_KEY = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Parses an ISO-8601 instant; returns NaN-free epoch ms or null. */
export function parseInstantMs(iso: string): number | null {
  if (typeof iso !== 'string' || iso.length === 0) return null;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : null;
}

export function assertValidNow(now: Date, subject: string): number {
  const ms = now instanceof Date ? now.getTime() : NaN;
  if (!Number.isFinite(ms)) throw new MatchingInputError(subject, ['now must be a valid Date']);
  return ms;
}

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/** Calendar month 'YYYY-MM' of an instant in Japan Standard Time (UTC+9, no DST). */
export function monthKeyJst(at: Date): string {
  const ms = at.getTime();
  if (!Number.isFinite(ms)) throw new MatchingInputError('instant', ['not a valid Date']);
  return new Date(ms + JST_OFFSET_MS).toISOString().slice(0, 7);
}

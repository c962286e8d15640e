/**
 * List sizes: a `limit` outside 1…max is a client mistake, refused as BAD_USER_INPUT naming the
 * argument, never clamped silently. Documented in apps/matching/README.md.
 */
import { badInput } from '@sanpuku/platform';

export const LIST_LIMIT = { default: 50, max: 200 } as const;
export const NEXT_CANDIDATES_LIMIT = { default: 3, max: 50 } as const;

export function checkedLimit(limit: number | null | undefined, bounds: { default: number; max: number }, path = '/limit'): number {
  if (limit === null || limit === undefined) return bounds.default;
  if (!Number.isInteger(limit) || limit < 1 || limit > bounds.max) {
    throw badInput(
      path,
      `limit must be a whole number from 1 to ${bounds.max}`,
      `件数（limit）は1〜${bounds.max}の整数で指定してください`,
      limit < 1 ? 'too_small' : 'too_big',
    );
  }
  return limit;
}

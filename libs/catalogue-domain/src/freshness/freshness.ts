/**
 * How fresh a listing's capacity status and details are. Days are counted as calendar days in
 * Japan time (JST, UTC+9, no DST): confirmed at 23:50 JST and checked at 00:10 JST the next day is
 * 1 day. A confirmation is stale when MORE than `staleAfterDays` days have passed (on day N it is
 * still fresh, on day N+1 stale). A confirmation in the future (clock skew) counts as 0 days and is
 * flagged. A missing confirmation is stale.
 */

export interface FreshnessPolicy {
  capacityStaleAfterDays: number;
  detailsStaleAfterDays: number;
}

/** Defaults: capacity changes quickly (2 weeks), details slowly (about 6 months). */
export const DEFAULT_FRESHNESS_POLICY: Readonly<FreshnessPolicy> = { capacityStaleAfterDays: 14, detailsStaleAfterDays: 180 };

export interface ConfirmationFreshness {
  /** ISO 8601 instant of the confirmation, or null when never confirmed. */
  confirmedAt: string | null;
  /** Whole JST calendar days since the confirmation (≥ 0), or null when never confirmed. */
  daysSince: number | null;
  staleAfterDays: number;
  stale: boolean;
  confirmedInFuture: boolean;
}

export interface ListingFreshness {
  capacity: ConfirmationFreshness;
  details: ConfirmationFreshness;
  /** True when either is stale. */
  stale: boolean;
}

const DAY_MS = 86_400_000;
const JST_OFFSET_MS = 9 * 3_600_000;

function toDate(value: Date | string, label: string): Date {
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) throw new RangeError(`${label} is not a valid date-time: ${String(value)}`);
  return d;
}

/** JST calendar day number (days since 1970-01-01 JST) of an instant. */
export function japanDayNumber(instant: Date): number {
  return Math.floor((instant.getTime() + JST_OFFSET_MS) / DAY_MS);
}

/** Signed number of JST calendar days from `from` to `to`. */
export function japanCalendarDaysBetween(from: Date | string, to: Date | string): number {
  return japanDayNumber(toDate(to, 'to')) - japanDayNumber(toDate(from, 'from'));
}

export function assessConfirmationFreshness(
  confirmedAt: Date | string | null | undefined,
  now: Date,
  staleAfterDays: number,
): ConfirmationFreshness {
  if (!Number.isInteger(staleAfterDays) || staleAfterDays < 0) throw new RangeError('staleAfterDays must be a whole number ≥ 0');
  if (confirmedAt === null || confirmedAt === undefined)
    return { confirmedAt: null, daysSince: null, staleAfterDays, stale: true, confirmedInFuture: false };
  const at = toDate(confirmedAt, 'confirmedAt');
  const raw = japanCalendarDaysBetween(at, toDate(now, 'now'));
  const confirmedInFuture = at.getTime() > now.getTime();
  const daysSince = Math.max(0, raw);
  return { confirmedAt: at.toISOString(), daysSince, staleAfterDays, stale: daysSince > staleAfterDays, confirmedInFuture };
}

/** Freshness of an offering's capacity confirmation and details confirmation at `now`. */
export function assessListingFreshness(
  offering: { capacity: { confirmedAt: string | null }; detailsConfirmedAt: string | null },
  now: Date,
  policy: FreshnessPolicy = DEFAULT_FRESHNESS_POLICY,
): ListingFreshness {
  const capacity = assessConfirmationFreshness(offering.capacity.confirmedAt, now, policy.capacityStaleAfterDays);
  const details = assessConfirmationFreshness(offering.detailsConfirmedAt, now, policy.detailsStaleAfterDays);
  return { capacity, details, stale: capacity.stale || details.stale };
}

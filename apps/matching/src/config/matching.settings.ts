import { z } from 'zod';
import { loadEnv } from '@sanpuku/platform';

/**
 * The matching service's own settings, validated at boot (a bad value fails with a message that
 * names the variable). Tests pass overrides to `MatchingAppModule.forRoot(runtime, overrides)`.
 */
export interface MatchingSettings {
  /** An operator must accept, reject or hold a referral within this many hours, or it expires. */
  readonly respondWithinHours: number;
  /** How often the expiry sweep runs (ms); 0 = never on a timer (call `ReferralExpiryService.sweep`). */
  readonly expirySweepMs: number;
  /** Unmet-demand cells with fewer requests than this are suppressed (count withheld). */
  readonly unmetMinCellCount: number;
  /** Score points within which candidates rotate (matching-domain rotation.bandWidth). */
  readonly rotationBandWidth: number;
  /** Top positions that count as exposure and are balanced by rotation. */
  readonly rotationTopPositions: number;
  /** Whether a language mismatch excludes an offering (default: shown as information only). */
  readonly languageIsHardFilter: boolean;
  /** How many next candidates a requester is offered when a referral expires or is rejected. */
  readonly nextCandidatesOffered: number;
  /**
   * How often provision records, provenance confirmations and access-log entries past their
   * 3-year retention are purged (ms); 0 = never on a timer (call `RetentionService.purgeExpired`).
   */
  readonly retentionPurgeMs: number;
  /**
   * Days after the last of a senior's requests closed (fulfilled or unmet, no referral still live)
   * before the senior's own rows are erased by the scheduled job (which runs every
   * `retentionPurgeMs`). See apps/matching/README.md, "Data lifecycle".
   */
  readonly personalDataRetentionDays: number;
}

export const MATCHING_SETTINGS = Symbol('MATCHING_SETTINGS');

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

export const MatchingEnv = {
  MATCHING_RESPOND_WITHIN_HOURS: z.coerce.number().positive().max(24 * 60).default(72),
  MATCHING_EXPIRY_SWEEP_MS: z.coerce.number().int().min(0).max(86_400_000).default(300_000),
  MATCHING_UNMET_MIN_CELL_COUNT: z.coerce.number().int().min(1).max(1000).default(5),
  MATCHING_ROTATION_BAND_WIDTH: z.coerce.number().min(0).max(100).default(5),
  MATCHING_ROTATION_TOP_POSITIONS: z.coerce.number().int().min(1).max(20).default(3),
  MATCHING_LANGUAGE_HARD_FILTER: bool.default('false'),
  MATCHING_NEXT_CANDIDATES: z.coerce.number().int().min(1).max(20).default(3),
  MATCHING_RETENTION_PURGE_MS: z.coerce.number().int().min(0).max(7 * 86_400_000).default(86_400_000),
  MATCHING_PERSONAL_DATA_RETENTION_DAYS: z.coerce.number().int().min(1).max(3 * 366).default(90),
};

export function matchingSettingsFromEnv(env: Record<string, string | undefined> = process.env): MatchingSettings {
  const e = loadEnv('matching', MatchingEnv, env);
  return {
    respondWithinHours: e.MATCHING_RESPOND_WITHIN_HOURS,
    expirySweepMs: e.MATCHING_EXPIRY_SWEEP_MS,
    unmetMinCellCount: e.MATCHING_UNMET_MIN_CELL_COUNT,
    rotationBandWidth: e.MATCHING_ROTATION_BAND_WIDTH,
    rotationTopPositions: e.MATCHING_ROTATION_TOP_POSITIONS,
    languageIsHardFilter: e.MATCHING_LANGUAGE_HARD_FILTER,
    nextCandidatesOffered: e.MATCHING_NEXT_CANDIDATES,
    retentionPurgeMs: e.MATCHING_RETENTION_PURGE_MS,
    personalDataRetentionDays: e.MATCHING_PERSONAL_DATA_RETENTION_DAYS,
  };
}

import { z } from 'zod';
import { loadEnv } from '@sanpuku/platform';

/**
 * The catalogue's own settings, validated at boot (a bad value fails naming the variable).
 * Tests pass overrides to `CatalogueAppModule.forRoot(runtime, overrides)`.
 */
export interface CatalogueSettings {
  /** A listing's capacity status is flagged stale when more than this many JST calendar days old. */
  readonly capacityStaleAfterDays: number;
  /** A listing's details are flagged stale when more than this many JST calendar days old. */
  readonly detailsStaleAfterDays: number;
  /** The clock (tests move it to show staleness). */
  readonly now: () => Date;
}

export const CATALOGUE_SETTINGS = Symbol('CATALOGUE_SETTINGS');

export const CatalogueEnv = {
  CATALOGUE_CAPACITY_STALE_DAYS: z.coerce.number().int().min(0).max(3650).default(14),
  CATALOGUE_DETAILS_STALE_DAYS: z.coerce.number().int().min(0).max(3650).default(180),
};

export function catalogueSettingsFromEnv(env: Record<string, string | undefined> = process.env): CatalogueSettings {
  const e = loadEnv('catalogue', CatalogueEnv, env);
  return {
    capacityStaleAfterDays: e.CATALOGUE_CAPACITY_STALE_DAYS,
    detailsStaleAfterDays: e.CATALOGUE_DETAILS_STALE_DAYS,
    now: () => new Date(),
  };
}

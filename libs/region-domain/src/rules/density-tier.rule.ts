import { ClassificationPolicy } from '../policy/classification.policy';
import { atLeast } from './threshold.compare';

/** 中山間等地域 (rural), 一般市 (general city), 大都市部 (large city). */
export type DensityTier = 'rural' | 'general_city' | 'large_city';

export const DENSITY_TIER_LABELS: Readonly<Record<DensityTier, { ja: string; en: string }>> = Object.freeze({
  rural: { ja: '中山間等地域', en: 'rural / hilly and mountainous area' },
  general_city: { ja: '一般市', en: 'general city' },
  large_city: { ja: '大都市部', en: 'large city' },
});

/** Persons per km². Area must be positive. */
export function populationDensity(population: number, areaKm2: number): number {
  return population / areaKm2;
}

/** rural < 200 ≤ general_city < 2,000 ≤ large_city (seed defaults; lower bounds inclusive). */
export function densityTier(densityPerKm2: number, tiers: ClassificationPolicy['densityTiers']): DensityTier {
  if (atLeast(densityPerKm2, tiers.largeCityMinPerKm2)) return 'large_city';
  if (atLeast(densityPerKm2, tiers.generalCityMinPerKm2)) return 'general_city';
  return 'rural';
}

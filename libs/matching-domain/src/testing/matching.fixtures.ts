import type {
  FilterOutcome,
  HardFilterEvaluation,
  HardFilterName,
  HelpRequestFacts,
  HelpRequestPreferences,
  OfferingReadModel,
} from '@sanpuku/matching-domain';

/** Evaluation time used by the scenarios (passed in; the lib never reads the clock). */
export const NOW = new Date('2026-11-20T00:00:00.000Z');
export const DAY_MS = 86_400_000;
export const daysBefore = (days: number, from: Date = NOW): string => new Date(from.getTime() - days * DAY_MS).toISOString();

/** Chiyoda-ku, Tokyo. */
export const CHIYODA = '13101';
export const SENIOR_HOME = { lat: 35.694, lng: 139.753 };

type RequestOverrides = Partial<Omit<HelpRequestFacts, 'preferences'>> & {
  preferences?: Partial<HelpRequestPreferences>;
};

export function aRequest(o: RequestOverrides = {}): HelpRequestFacts {
  const { preferences, ...rest } = o;
  return {
    careLevel: 'support_1',
    ageBand: '80_84',
    municipalityCode: CHIYODA,
    location: SENIOR_HOME,
    needs: ['meal_delivery'],
    ...rest,
    preferences: { coverage: 'any', ...preferences },
  };
}

export function anOffering(o: Partial<OfferingReadModel> = {}): OfferingReadModel {
  return {
    id: 'off-1',
    organizationId: 'org-1',
    categories: ['meal_delivery'],
    coverage: 'not_covered',
    priceYen: 600,
    priceUnit: 'per_visit',
    eligibleCareLevels: [],
    days: [1, 2, 3, 4, 5],
    languages: [],
    capacity: 'available',
    capacityConfirmedAt: daysBefore(1),
    serviceArea: { kind: 'municipalities', codes: [CHIYODA] },
    base: { lat: 35.69, lng: 139.75 },
    ...o,
  };
}

export function outcomeOf(evaluation: HardFilterEvaluation, filter: HardFilterName): FilterOutcome {
  const found = evaluation.outcomes.find((x) => x.filter === filter);
  if (!found) throw new Error(`no outcome for filter ${filter}`);
  return found;
}

export { seededRandom } from '@sanpuku/kernel';

export const randInt = (rnd: () => number, min: number, max: number): number => min + Math.floor(rnd() * (max - min + 1));

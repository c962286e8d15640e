import { z } from 'zod';
import { Topics } from '../topics';
import { defineEvent } from '../registry';
import { DensityTier, JisCode5, Segment, Uuid } from './common';

/**
 * A municipality's market-viability segment changed (or was first computed) in a
 * classification run. Figures only; no personal data exists at this level.
 */
export const SegmentChangedV1 = defineEvent({
  type: 'region.classification.segment-changed',
  dataversion: '1',
  topic: Topics.regionClassification,
  schema: z.object({
    municipalityCode: JisCode5,
    runId: Uuid,
    policyId: z.string().min(1),
    previousSegment: Segment.nullable(),
    segment: Segment,
    tier: DensityTier,
    densityPerKm2: z.number().nonnegative(),
    sufficiency: z.number().min(0).max(1).nullable(),
    /** Monotonic per municipality, so read models can ignore out-of-order deliveries. */
    version: z.number().int().positive(),
  }),
  example: {
    municipalityCode: '13101',
    runId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    policyId: 'seed-2024@1',
    previousSegment: null,
    segment: 'A',
    tier: 'large_city',
    densityPerKm2: 5000.5,
    sufficiency: 0.93,
    version: 1,
  },
});

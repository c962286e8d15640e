import { z } from 'zod';
import { Topics } from '../topics';
import { defineEvent } from '../registry';
import { Uuid } from './common';

/**
 * A classification run was stored (every run, also one that changed no segment and so wrote no
 * `segment-changed` event): what instances that keep the latest run's figures in memory need to
 * drop them. Figures and ids only.
 */
export const ClassificationRunStoredV1 = defineEvent({
  type: 'region.classification-run.stored',
  dataversion: '1',
  topic: Topics.regionClassificationRun,
  schema: z.object({
    runId: Uuid,
    policyId: z.string().min(1),
    level: z.enum(['city', 'wards']),
    /** When the run finished: runs are ordered by it ("the latest run"). */
    finishedAt: z.string().datetime({ offset: true }),
    unitCount: z.number().int().nonnegative(),
    segmentChanges: z.number().int().nonnegative(),
  }),
  example: {
    runId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    policyId: 'seed-default@1',
    level: 'city',
    finishedAt: '2026-11-27T00:00:00.000Z',
    unitCount: 17,
    segmentChanges: 17,
  },
});

/**
 * A dataset version was imported (municipalities, town blocks, shops or boundaries), committed
 * with its rows: the municipalities' own figures (names, population, area) may have changed.
 */
export const DatasetImportedV1 = defineEvent({
  type: 'region.dataset.imported',
  dataversion: '1',
  topic: Topics.regionDataset,
  schema: z.object({
    datasetVersionId: Uuid,
    kind: z.enum(['municipalities', 'town_blocks', 'resources', 'boundaries']),
    rowCount: z.number().int().nonnegative(),
    /** What the version covers: prefecture codes (municipalities, boundaries), municipality codes (town blocks) or shop categories (resources). */
    scope: z.array(z.string().min(1)),
  }),
  example: {
    datasetVersionId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    kind: 'municipalities',
    rowCount: 17,
    scope: ['37'],
  },
});

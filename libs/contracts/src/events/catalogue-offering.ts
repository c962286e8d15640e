import { z } from 'zod';
import { Topics } from '../topics';
import { defineEvent } from '../registry';
import { CareLevel, CategoryCode, InsuranceCoverage, JisCode5, Uuid } from './common';

const OfferingRef = {
  offeringId: Uuid,
  organizationId: Uuid,
  /** Monotonic per offering, so read models can ignore out-of-order deliveries. */
  version: z.number().int().positive(),
};

const ServiceArea = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('municipalities'), codes: z.array(JisCode5).min(1) }),
  z.object({ kind: z.literal('radius'), lat: z.number(), lng: z.number(), radiusM: z.number().positive() }),
  z.object({ kind: z.literal('polygon'), geometry: z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(z.tuple([z.number(), z.number()]))) }) }),
]);

/** The matchable facts of a published offering (no personal data: an offering is a business listing). */
export const OfferingSnapshot = z.object({
  ...OfferingRef,
  /** Business listing text (not personal data): shown in shortlists. */
  title: z.string().min(1),
  organizationName: z.string().min(1),
  categories: z.array(CategoryCode).min(1),
  coverage: InsuranceCoverage,
  priceYen: z.number().int().nonnegative(),
  priceUnit: z.enum(['per_hour', 'per_visit', 'per_month', 'free']),
  /** Empty: no certification required. */
  eligibleCareLevels: z.array(CareLevel).default([]),
  minAge: z.number().int().min(0).max(130).nullable().default(null),
  maxAge: z.number().int().min(0).max(130).nullable().default(null),
  /** 0 = Sunday … 6 = Saturday; empty = by arrangement. */
  days: z.array(z.number().int().min(0).max(6)).default([]),
  /** BCP-47 tags; empty = Japanese only. */
  languages: z.array(z.string()).default([]),
  capacity: z.enum(['available', 'waitlist', 'full']),
  capacityConfirmedAt: z.string().datetime({ offset: true }),
  serviceArea: ServiceArea,
  base: z.object({ lat: z.number(), lng: z.number() }).nullable(),
});

const snapshotExample = {
  offeringId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  organizationId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  version: 1,
  title: '【デモ】ひだまり配食 夕食お届け',
  organizationName: '【デモ】ひだまり配食株式会社',
  categories: ['meal_delivery'],
  coverage: 'not_covered' as const,
  priceYen: 600,
  priceUnit: 'per_visit' as const,
  eligibleCareLevels: [],
  minAge: null,
  maxAge: null,
  days: [1, 2, 3, 4, 5],
  languages: ['ja'],
  capacity: 'available' as const,
  capacityConfirmedAt: '2026-11-01T09:00:00+09:00',
  serviceArea: { kind: 'municipalities' as const, codes: ['13101'] },
  base: { lat: 35.69, lng: 139.75 },
};

export const OfferingPublishedV1 = defineEvent({
  type: 'catalogue.offering.published',
  dataversion: '1',
  topic: Topics.catalogueOffering,
  schema: OfferingSnapshot,
  example: snapshotExample,
});

export const OfferingUpdatedV1 = defineEvent({
  type: 'catalogue.offering.updated',
  dataversion: '1',
  topic: Topics.catalogueOffering,
  schema: OfferingSnapshot,
  example: { ...snapshotExample, version: 2, priceYen: 650 },
});

export const OfferingWithdrawnV1 = defineEvent({
  type: 'catalogue.offering.withdrawn',
  dataversion: '1',
  topic: Topics.catalogueOffering,
  schema: z.object({ ...OfferingRef }),
  example: { offeringId: snapshotExample.offeringId, organizationId: snapshotExample.organizationId, version: 3 },
});

export const OfferingCapacityChangedV1 = defineEvent({
  type: 'catalogue.offering.capacity-changed',
  dataversion: '1',
  topic: Topics.catalogueOffering,
  schema: z.object({
    ...OfferingRef,
    capacity: z.enum(['available', 'waitlist', 'full']),
    capacityConfirmedAt: z.string().datetime({ offset: true }),
  }),
  example: {
    offeringId: snapshotExample.offeringId,
    organizationId: snapshotExample.organizationId,
    version: 4,
    capacity: 'full',
    capacityConfirmedAt: '2026-11-20T09:00:00+09:00',
  },
});

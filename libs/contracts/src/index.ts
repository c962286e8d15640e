import { EventRegistry } from './registry';
import { SegmentChangedV1 } from './events/region-classification';
import {
  OfferingCapacityChangedV1,
  OfferingPublishedV1,
  OfferingUpdatedV1,
  OfferingWithdrawnV1,
} from './events/catalogue-offering';
import { ReferralStatusChangedV1 } from './events/matching-referral';
import { ClassificationRunStoredV1, DatasetImportedV1 } from './events/region-reference';
import { TaxonomyChangedV1 } from './events/catalogue-taxonomy';

export * from './envelope';
export * from './registry';
export * from './topics';
export * from './events/common';
export * from './events/region-classification';
export * from './events/catalogue-offering';
export * from './events/matching-referral';
export * from './events/region-reference';
export * from './events/catalogue-taxonomy';

/** Every event type and version Sanpuku publishes. */
export const AllEvents = [
  SegmentChangedV1,
  OfferingPublishedV1,
  OfferingUpdatedV1,
  OfferingWithdrawnV1,
  OfferingCapacityChangedV1,
  ReferralStatusChangedV1,
  ClassificationRunStoredV1,
  DatasetImportedV1,
  TaxonomyChangedV1,
] as const;

export const registry = new EventRegistry(AllEvents);

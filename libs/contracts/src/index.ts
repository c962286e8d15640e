import { EventRegistry } from './registry';
import { SegmentChangedV1 } from './events/region-classification';
import {
  OfferingCapacityChangedV1,
  OfferingPublishedV1,
  OfferingUpdatedV1,
  OfferingWithdrawnV1,
} from './events/catalogue-offering';
import { ReferralStatusChangedV1 } from './events/matching-referral';

export * from './envelope';
export * from './registry';
export * from './topics';
export * from './events/common';
export * from './events/region-classification';
export * from './events/catalogue-offering';
export * from './events/matching-referral';

/** Every event type and version Sanpuku publishes. */
export const AllEvents = [
  SegmentChangedV1,
  OfferingPublishedV1,
  OfferingUpdatedV1,
  OfferingWithdrawnV1,
  OfferingCapacityChangedV1,
  ReferralStatusChangedV1,
] as const;

export const registry = new EventRegistry(AllEvents);

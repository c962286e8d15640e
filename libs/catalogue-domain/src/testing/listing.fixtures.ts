import { applyListingAction, createListing, type ListingActor, type ListingState } from '../index';
import { CONTEXT, validOfferingInput } from './offering.fixtures';

export const ORG_ID = '0b7e6d5c-4b3a-4928-9170-6a5b4c3d2e1f';
export const operator: ListingActor = { id: 'user-op-1', role: 'operator', organizationId: ORG_ID };
export const otherOperator: ListingActor = { id: 'user-op-9', role: 'operator', organizationId: '9c3f7a1e-2b4d-4c6e-8f0a-1b2c3d4e5f60' };
export const reviewer: ListingActor = { id: 'user-rv-1', role: 'municipal_reviewer', municipalityCode: '15224' };
export const T0 = new Date('2026-11-02T00:00:00Z');
export const t = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

export function draftListing(): ListingState {
  return createListing({ listingId: 'listing-1', organizationId: ORG_ID }, operator, T0).listing;
}

export function submittedListing(): ListingState {
  return applyListingAction(draftListing(), { type: 'submit', offering: validOfferingInput(), context: CONTEXT }, operator, t(1)).listing;
}

export function publishedListing(): ListingState {
  return applyListingAction(submittedListing(), { type: 'publish' }, reviewer, t(2)).listing;
}

import { z } from 'zod';
import { Topics } from '../topics';
import { defineEvent } from '../registry';
import { Uuid } from './common';

export const ReferralStatus = z.enum([
  'draft', 'requested', 'accepted', 'rejected', 'in_progress', 'on_hold', 'completed', 'failed', 'cancelled', 'expired',
]);

/**
 * A referral moved between statuses. Ids and a reason code only: never the senior's name,
 * address, care level or notes (要配慮個人情報 stays in the matching database).
 */
export const ReferralStatusChangedV1 = defineEvent({
  type: 'matching.referral.status-changed',
  dataversion: '1',
  topic: Topics.matchingReferral,
  schema: z.object({
    referralId: Uuid,
    requestId: Uuid,
    offeringId: Uuid,
    organizationId: Uuid,
    from: ReferralStatus.nullable(),
    to: ReferralStatus,
    reasonCode: z.string().regex(/^[a-z_]+$/).nullable(),
    version: z.number().int().positive(),
  }),
  example: {
    referralId: '9b2f5a4e-3c1d-4e8f-9a7b-6c5d4e3f2a1b',
    requestId: '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
    offeringId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    organizationId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    from: 'requested',
    to: 'accepted',
    reasonCode: null,
    version: 2,
  },
});

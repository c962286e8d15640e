import { z } from 'zod';
import { bi, validate, Validated } from '../common/validation';
import { DISCLOSURE_ITEMS } from '@sanpuku/matching-domain';

const Uuid = z.string().uuid(bi('must be an id (UUID)', 'ID（UUID）で指定してください'));

const CreateReferralSchema = z.object({
  requestId: Uuid,
  offeringId: Uuid,
  disclosedItems: z
    .array(z.enum(DISCLOSURE_ITEMS))
    .min(1, bi('choose the items the operator receives on acceptance', '受諾時に事業者へ提供する項目を選んでください'))
    .transform((xs) => [...new Set(xs)]),
  consentId: Uuid.nullish().transform((s) => s ?? null),
  send: z.boolean().default(true),
});
export type CreateReferralData = z.infer<typeof CreateReferralSchema>;

export function validateCreateReferral(input: unknown): Validated<CreateReferralData> {
  return validate(CreateReferralSchema, input, 'input');
}

import { z } from 'zod';
import { MATCHING_TEXT_LIMITS } from '../common/input-limits';
import { bi, text, validate, Validated } from '../common/validation';
import { CATEGORY, consentGivenBySchema } from '../requests/help-request.validation';
import { DISCLOSURE_ITEMS } from '@sanpuku/matching-domain';

const Uuid = z.string().uuid(bi('must be an id (UUID)', 'ID（UUID）で指定してください'));

export function recordConsentSchema(now: Date, filerRole?: string) {
  return z
    .object({
      requestId: Uuid,
      dataItems: z
        .array(z.enum(DISCLOSURE_ITEMS))
        .min(1)
        .transform((xs) => [...new Set(xs)]),
      recipientOrganizationIds: z
        .array(Uuid)
        .nullish()
        .transform((xs) => [...new Set(xs ?? [])]),
      recipientCategories: z
        .array(CATEGORY)
        .nullish()
        .transform((xs) => [...new Set(xs ?? [])]),
      given: consentGivenBySchema('third_party_provision', () => ({ now, filerRole })),
    })
    .superRefine((c, ctx) => {
      if (c.recipientOrganizationIds.length + c.recipientCategories.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['recipientOrganizationIds'],
          message: bi(
            'name the operators (organizations) or the service categories the data may be given to',
            '提供先の事業者、またはサービス分類を指定してください',
          ),
        });
      }
    });
}
export type RecordConsentData = z.infer<ReturnType<typeof recordConsentSchema>>;

export function validateRecordConsent(input: unknown, now: Date, filerRole?: string): Validated<RecordConsentData> {
  return validate(recordConsentSchema(now, filerRole), input, 'input');
}

const WithdrawSchema = z.object({
  consentId: Uuid,
  reason: text(MATCHING_TEXT_LIMITS.withdrawalReason, { multiline: true }).nullish().transform((s) => (s ? s : null)),
});
export function validateWithdrawConsent(input: unknown): Validated<z.infer<typeof WithdrawSchema>> {
  return validate(WithdrawSchema, input, '');
}

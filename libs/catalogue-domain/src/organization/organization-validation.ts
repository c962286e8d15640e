import { z } from 'zod';
import { validateCorporateNumber } from '../corporate-number/corporate-number';
import type { Organization } from '../model/organization.model';
import { normalizeJapanesePhone, offeringIssuesToFieldErrors } from '../offering-validation/offering-validation';
import { fieldError, jsonPointer, type FieldError, type MessagePair } from '../shared/field-error';

export const ORGANIZATION_ERROR_MESSAGES = {
  corporate_number_invalid: { ja: '法人番号が正しくありません: {detail}', en: 'Invalid corporate number: {detail}' },
} as const satisfies Record<string, MessagePair>;

export type OrganizationValidationResult = { ok: true; value: Organization } | { ok: false; errors: FieldError[] };

/** undefined, null and blank strings become null. */
const nullable = <T extends z.ZodTypeAny>(schema: T) =>
  z
    .preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), schema.nullish())
    .transform((v): z.output<T> | null => v ?? null);
const custom = (ctx: z.RefinementCtx, code: string, params?: Record<string, unknown>) =>
  ctx.addIssue({ code: z.ZodIssueCode.custom, message: code, params });

const organizationSchema = z.object({
  id: z.string({ errorMap: () => ({ message: 'uuid_invalid' }) }).uuid({ message: 'uuid_invalid' }),
  name: z.string().trim().min(1, { message: 'text_empty' }).max(200, { message: 'text_too_long' }),
  alternateName: nullable(z.string().trim().min(1, { message: 'text_empty' }).max(200, { message: 'text_too_long' })),
  description: z.string().trim().max(4000, { message: 'text_too_long' }),
  corporateNumber: nullable(
    z.string().transform((v, ctx) => {
      const r = validateCorporateNumber(v);
      if (!r.ok) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'corporate_number_invalid', params: { detail: r.messageJa, detailEn: r.messageEn, reason: r.code } });
        return z.NEVER;
      }
      return r.value;
    }),
  ),
  website: nullable(
    z
      .string()
      .trim()
      .url({ message: 'url_invalid' })
      .refine((v) => /^https?:\/\//i.test(v), { message: 'url_invalid' }),
  ),
  email: nullable(z.string().trim().email({ message: 'email_invalid' })),
  phone: nullable(
    z.string().transform((v, ctx) => {
      const n = normalizeJapanesePhone(v);
      if (n === null) {
        custom(ctx, 'phone_invalid');
        return z.NEVER;
      }
      return n;
    }),
  ),
});

/**
 * Validates an operator organization: UUID id, name, description (may be empty), optional
 * alternate name, 法人番号 (check digit verified, normalised to 13 ASCII digits; null for
 * operators without one), http(s) website, e-mail, Japanese phone number.
 */
export function validateOrganization(input: unknown): OrganizationValidationResult {
  const r = organizationSchema.safeParse(input);
  if (r.success) {
    const value: Organization = r.data;
    return { ok: true, value };
  }
  const errors = r.error.issues.map((issue) => {
    if (issue.message === 'corporate_number_invalid' && issue.code === z.ZodIssueCode.custom) {
      const p = issue.params as { detail: string; detailEn: string };
      return {
        ...fieldError(jsonPointer(issue.path), 'corporate_number_invalid', ORGANIZATION_ERROR_MESSAGES.corporate_number_invalid, { detail: p.detail }),
        messageEn: ORGANIZATION_ERROR_MESSAGES.corporate_number_invalid.en.replace('{detail}', p.detailEn),
      };
    }
    return offeringIssuesToFieldErrors([issue])[0];
  });
  return { ok: false, errors };
}

/**
 * Validation of an organization input (pure): the domain's validateOrganization (法人番号 check
 * digit, phone, e-mail, URL) plus the complaint desk the catalogue keeps as the default for new
 * offerings. Every problem is reported with its JSON Pointer.
 */
import {
  OFFERING_ERROR_MESSAGES,
  fieldError,
  normalizeJapanesePhone,
  validateOrganization,
  type ComplaintDesk,
  type FieldError,
  type Organization,
} from '@sanpuku/catalogue-domain';

export interface OrganizationInputShape {
  name: string;
  alternateName?: string | null;
  description?: string | null;
  corporateNumber?: string | null;
  website?: string | null;
  email?: string | null;
  phone?: string | null;
  complaintDesk?: { name: string; phone?: string | null; email?: string | null } | null;
}

export const COMPLAINT_DESK_CONTACT_MISSING = {
  ja: '窓口の電話番号またはメールアドレスを指定してください。',
  en: 'Give the desk a phone number or an e-mail address.',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const blank = (v: string | null | undefined) => v === null || v === undefined || v.trim() === '';

export function validateComplaintDesk(desk: OrganizationInputShape['complaintDesk'], base = '/complaintDesk'): { value: ComplaintDesk | null; errors: FieldError[] } {
  if (!desk) return { value: null, errors: [] };
  const errors: FieldError[] = [];
  const name = (desk.name ?? '').trim();
  if (name === '') errors.push(fieldError(`${base}/name`, 'text_empty', OFFERING_ERROR_MESSAGES.text_empty));
  else if (name.length > 200) errors.push(fieldError(`${base}/name`, 'text_too_long', OFFERING_ERROR_MESSAGES.text_too_long, { max: 200 }));
  let phone: string | null = null;
  if (!blank(desk.phone)) {
    phone = normalizeJapanesePhone(desk.phone!);
    if (phone === null) errors.push(fieldError(`${base}/phone`, 'phone_invalid', OFFERING_ERROR_MESSAGES.phone_invalid));
  }
  let email: string | null = null;
  if (!blank(desk.email)) {
    email = desk.email!.trim();
    if (!EMAIL.test(email)) errors.push(fieldError(`${base}/email`, 'email_invalid', OFFERING_ERROR_MESSAGES.email_invalid));
  }
  if (blank(desk.phone) && blank(desk.email)) errors.push(fieldError(base, 'complaint_desk_contact_missing', COMPLAINT_DESK_CONTACT_MISSING));
  return errors.length ? { value: null, errors } : { value: { name, phone, email }, errors: [] };
}

export type OrganizationValidation = { ok: true; organization: Organization; complaintDesk: ComplaintDesk | null } | { ok: false; errors: FieldError[] };

export function validateOrganizationInput(id: string, input: OrganizationInputShape): OrganizationValidation {
  const r = validateOrganization({
    id,
    name: input.name,
    alternateName: input.alternateName ?? null,
    description: input.description ?? '',
    corporateNumber: input.corporateNumber ?? null,
    website: input.website ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
  });
  const desk = validateComplaintDesk(input.complaintDesk);
  const errors = [...(r.ok ? [] : r.errors), ...desk.errors];
  if (!r.ok || errors.length) return { ok: false, errors };
  return { ok: true, organization: r.value, complaintDesk: desk.value };
}

import { z } from 'zod';
import { fieldError, jsonPointer, type FieldError } from '../shared/field-error';
import { HSDS_ERROR_MESSAGES } from './hsds.messages';

/**
 * Zod mirrors of the HSDS 3.0 object schemas (./schema/*.json, openreferral/specification v3.0)
 * for the fields Sanpuku reads: same required fields, JSON types, formats (uuid, email, uri,
 * date-time) and enums. Unknown fields pass through (HSDS allows extension). A unit test checks
 * every mirror against the official schema file, so a drift fails the build.
 */

const s = () => z.string().optional();
const uuid = () => z.string().uuid().optional();
const num = () => z.number().optional();
const uri = () => z.string().url().optional();
const email = () => z.string().email().optional();

const taxonomyTerm = z
  .object({
    id: z.string().uuid(),
    code: s(),
    name: z.string(),
    description: z.string(),
    parent_id: uuid(),
    taxonomy: s(),
    language: s(),
    taxonomy_id: uuid(),
    term_uri: uri(),
  })
  .passthrough();

const attribute = z
  .object({
    id: z.string().uuid(),
    link_id: uuid(),
    taxonomy_term_id: uuid(),
    link_type: s(),
    link_entity: s(),
    value: s(),
    taxonomy_term: taxonomyTerm.optional(),
  })
  .passthrough();

const attributes = () => z.array(attribute).optional();

const phone = z
  .object({
    id: z.string().uuid(),
    location_id: uuid(),
    service_id: uuid(),
    organization_id: uuid(),
    contact_id: uuid(),
    service_at_location_id: uuid(),
    number: z.string(),
    extension: num(),
    type: s(),
    description: s(),
    attributes: attributes(),
  })
  .passthrough();

const organizationIdentifier = z
  .object({
    id: z.string().uuid(),
    organization_id: uuid(),
    identifier_scheme: s(),
    identifier_type: z.string(),
    identifier: z.string(),
    attributes: attributes(),
  })
  .passthrough();

const organization = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    alternate_name: s(),
    description: z.string(),
    email: email(),
    website: uri(),
    uri: uri(),
    parent_organization_id: uuid(),
    phones: z.array(phone).optional(),
    organization_identifiers: z.array(organizationIdentifier).optional(),
    attributes: attributes(),
  })
  .passthrough();

const location = z
  .object({
    id: z.string().uuid(),
    location_type: z.enum(['physical', 'postal', 'virtual']),
    url: uri(),
    organization_id: uuid(),
    name: s(),
    alternate_name: s(),
    description: s(),
    latitude: num(),
    longitude: num(),
    phones: z.array(phone).optional(),
    attributes: attributes(),
  })
  .passthrough();

const schedule = z
  .object({
    id: z.string().uuid(),
    service_id: uuid(),
    location_id: uuid(),
    service_at_location_id: uuid(),
    valid_from: s(),
    valid_to: s(),
    dtstart: s(),
    timezone: num(),
    until: s(),
    count: num(),
    wkst: z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']).optional(),
    freq: z.enum(['WEEKLY', 'MONTHLY']).optional(),
    interval: num(),
    byday: s(),
    byweekno: s(),
    bymonthday: s(),
    byyearday: s(),
    description: s(),
    opens_at: s(),
    closes_at: s(),
    schedule_link: uri(),
    attending_type: s(),
    notes: s(),
    attributes: attributes(),
  })
  .passthrough();

const serviceArea = z
  .object({
    id: z.string().uuid(),
    service_id: uuid(),
    name: s(),
    description: s(),
    extent: s(),
    extent_type: s(),
    uri: s(),
    attributes: attributes(),
  })
  .passthrough();

const costOption = z
  .object({
    id: z.string().uuid(),
    service_id: uuid(),
    valid_from: s(),
    valid_to: s(),
    option: s(),
    currency: s(),
    amount: num(),
    amount_description: s(),
    attributes: attributes(),
  })
  .passthrough();

const language = z
  .object({
    id: z.string().uuid(),
    service_id: uuid(),
    location_id: uuid(),
    phone_id: uuid(),
    name: s(),
    code: s(),
    note: s(),
    attributes: attributes(),
  })
  .passthrough();

const contact = z
  .object({
    id: z.string().uuid(),
    organization_id: uuid(),
    service_id: uuid(),
    service_at_location_id: uuid(),
    location_id: uuid(),
    name: s(),
    title: s(),
    department: s(),
    email: email(),
    phones: z.array(phone).optional(),
    attributes: attributes(),
  })
  .passthrough();

const serviceAtLocation = z
  .object({
    id: z.string().uuid(),
    service_id: uuid(),
    location_id: uuid(),
    description: s(),
    location: location.optional(),
    attributes: attributes(),
  })
  .passthrough();

const service = z
  .object({
    id: z.string().uuid(),
    organization_id: uuid(),
    program_id: uuid(),
    name: z.string(),
    alternate_name: s(),
    description: s(),
    url: uri(),
    email: email(),
    status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']),
    interpretation_services: s(),
    application_process: s(),
    fees_description: s(),
    accreditations: s(),
    eligibility_description: s(),
    minimum_age: num(),
    maximum_age: num(),
    assured_date: s(),
    assurer_email: email(),
    alert: s(),
    last_modified: z.string().datetime({ offset: true }).optional(),
    phones: z.array(phone).optional(),
    schedules: z.array(schedule).optional(),
    service_areas: z.array(serviceArea).optional(),
    service_at_locations: z.array(serviceAtLocation).optional(),
    languages: z.array(language).optional(),
    cost_options: z.array(costOption).optional(),
    contacts: z.array(contact).optional(),
    attributes: attributes(),
  })
  .passthrough();

const taxonomy = z
  .object({ id: z.string().uuid(), name: z.string(), description: z.string(), uri: uri(), version: s() })
  .passthrough();

/** Mirror schemas by HSDS schema file name. */
export const HSDS_STRUCTURE = {
  organization,
  organization_identifier: organizationIdentifier,
  phone,
  service,
  schedule,
  service_area: serviceArea,
  cost_option: costOption,
  language,
  contact,
  service_at_location: serviceAtLocation,
  location,
  attribute,
  taxonomy,
  taxonomy_term: taxonomyTerm,
} as const;

export type HsdsStructureName = keyof typeof HSDS_STRUCTURE;

const FORMAT_OF: Record<string, string> = { uuid: 'uuid', email: 'email', url: 'uri', datetime: 'date-time' };

/** Converts zod issues of a mirror into FieldErrors located under `base` (a JSON Pointer). */
export function hsdsIssuesToFieldErrors(issues: readonly z.ZodIssue[], base: string): FieldError[] {
  return issues.map((issue) => {
    const path = base + jsonPointer(issue.path);
    const field = String(issue.path[issue.path.length - 1] ?? '');
    switch (issue.code) {
      case z.ZodIssueCode.invalid_type:
        return issue.received === 'undefined'
          ? fieldError(path, 'hsds_required', HSDS_ERROR_MESSAGES.hsds_required, { field })
          : fieldError(path, 'hsds_type', HSDS_ERROR_MESSAGES.hsds_type, { expected: issue.expected, received: issue.received });
      case z.ZodIssueCode.invalid_string:
        return fieldError(path, 'hsds_format', HSDS_ERROR_MESSAGES.hsds_format, {
          format: typeof issue.validation === 'string' ? (FORMAT_OF[issue.validation] ?? issue.validation) : 'string',
        });
      case z.ZodIssueCode.invalid_enum_value:
        return fieldError(path, 'hsds_enum', HSDS_ERROR_MESSAGES.hsds_enum, { options: issue.options.join(', ') });
      default:
        return fieldError(path, 'hsds_schema', HSDS_ERROR_MESSAGES.hsds_schema, { detail: issue.message });
    }
  });
}

/** Structural check of one HSDS object against its mirror; `base` is its JSON Pointer in the document. */
export function checkHsdsStructure<N extends HsdsStructureName>(
  name: N,
  value: unknown,
  base: string,
): { ok: true; value: z.infer<(typeof HSDS_STRUCTURE)[N]> } | { ok: false; errors: FieldError[] } {
  const r = HSDS_STRUCTURE[name].safeParse(value);
  return r.success ? { ok: true, value: r.data as z.infer<(typeof HSDS_STRUCTURE)[N]> } : { ok: false, errors: hsdsIssuesToFieldErrors(r.error.issues, base) };
}

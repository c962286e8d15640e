import { z } from 'zod';
import {
  CAPACITY_STATUSES,
  CARE_LEVELS,
  INSURANCE_COVERAGES,
  OTHER_COST_UNITS,
  PRICE_UNITS,
  isWithinJapanBounds,
  type CareLevel,
  type DayOfWeek,
  type Offering,
  type ScheduleSlot,
} from '../model/offering.model';
import { fieldError, jsonPointer, type FieldError } from '../shared/field-error';
import { OFFERING_ERROR_MESSAGES, type OfferingErrorCode } from './offering-validation.messages';
import { checkPolygonRings } from './polygon-checks';

export interface OfferingValidationContext {
  /** Category codes an offering may use (e.g. `categoryCodesOf(taxonomy)`). */
  categoryCodes: ReadonlySet<string>;
  /** When given, municipality codes must be in this set (e.g. the region service's master list). */
  knownMunicipalityCodes?: ReadonlySet<string>;
}

export type OfferingValidationResult = { ok: true; value: Offering } | { ok: false; errors: FieldError[] };

// ---------------------------------------------------------------------------------------------
// Building blocks. Every issue's `message` is one of OfferingErrorCode; custom issues also carry
// params for the message templates.

type Code = OfferingErrorCode;

/** errorMap: `required` when the value is missing (undefined or null), otherwise the given code. */
const coded =
  (code: Code): z.ZodErrorMap =>
  (_issue, ctx) => ({
    message: ctx.data === undefined || ctx.data === null ? 'required' : code,
  });

const addIssue = (ctx: z.RefinementCtx, path: Array<string | number>, code: Code, params?: Record<string, unknown>) =>
  ctx.addIssue({ code: z.ZodIssueCode.custom, path, message: code, params });

const text = (max: number) =>
  z
    .string({ errorMap: coded('invalid_type') })
    .trim()
    .min(1, { message: 'text_empty' })
    .max(max, { message: 'text_too_long' });

/** Optional values: undefined, null and blank strings (what a form sends for an empty field) become null. */
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z
    .preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), schema.nullish())
    .transform((v): z.output<T> | null => v ?? null);

const optionalText = (max: number) => optional(text(max));

const uuid = z.string({ errorMap: coded('uuid_invalid') }).uuid({ message: 'uuid_invalid' });
const dateTime = z.string({ errorMap: coded('datetime_invalid') }).datetime({ offset: true, message: 'datetime_invalid' });

const yen = z
  .number({ errorMap: coded('price_not_number') })
  .finite({ message: 'price_not_number' })
  .int({ message: 'price_not_integer' })
  .nonnegative({ message: 'price_negative' })
  .max(100_000_000, { message: 'price_too_large' });

const enumOf = <U extends string, T extends Readonly<[U, ...U[]]>>(values: T, code: Code) =>
  z.enum(values, { errorMap: coded(code) });

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = z.string({ errorMap: coded('time_invalid') }).regex(TIME, { message: 'time_invalid' });

/** BCP 47 language tag, "-ish": language(2–3 letters)[-Script][-REGION|-UN M.49][-variants]. */
const BCP47 = /^([a-z]{2,3})(?:-([a-z]{4}))?(?:-([a-z]{2}|\d{3}))?((?:-(?:[a-z0-9]{5,8}|\d[a-z0-9]{3}))*)$/i;

/** Canonical case of a BCP 47 tag (ja, zh-Hant, pt-BR), or null when it is not one. */
export function canonicalLanguageTag(tag: string): string | null {
  const m = BCP47.exec(tag.trim());
  if (!m) return null;
  const [, lang, script, region, variants] = m;
  return [
    lang.toLowerCase(),
    script ? script[0].toUpperCase() + script.slice(1).toLowerCase() : null,
    region ? region.toUpperCase() : null,
  ]
    .filter((x): x is string => x !== null)
    .join('-')
    .concat(variants.toLowerCase());
}

/** Japanese phone number after NFKC and removal of hyphens/spaces/brackets: 0 + 9–10 digits, or +81 + 9–10 digits. */
export function normalizeJapanesePhone(input: string): string | null {
  const n = input.normalize('NFKC').trim();
  const digits = n.replace(/[\s\-‐－ー()（）]/g, '');
  return /^(0\d{9,10}|\+81\d{9,10})$/.test(digits) ? n : null;
}

const phone = z
  .string({ errorMap: coded('phone_invalid') })
  .transform((v, ctx) => {
    const n = normalizeJapanesePhone(v);
    if (n === null) {
      addIssue(ctx, [], 'phone_invalid');
      return z.NEVER;
    }
    return n;
  });
const email = z.string({ errorMap: coded('email_invalid') }).trim().email({ message: 'email_invalid' });
const httpUrl = z
  .string({ errorMap: coded('url_invalid') })
  .trim()
  .url({ message: 'url_invalid' })
  .refine((v) => /^https?:\/\//i.test(v), { message: 'url_invalid' });

const latLng = z
  .object(
    {
      lat: z.number({ errorMap: coded('coordinate_invalid') }).min(-90, { message: 'coordinate_invalid' }).max(90, { message: 'coordinate_invalid' }),
      lng: z.number({ errorMap: coded('coordinate_invalid') }).min(-180, { message: 'coordinate_invalid' }).max(180, { message: 'coordinate_invalid' }),
    },
    { errorMap: coded('invalid_type') },
  )
  .superRefine((p, ctx) => {
    if (!isWithinJapanBounds(p)) addIssue(ctx, [], 'base_outside_japan');
  });

// ---------------------------------------------------------------------------------------------

const JIS5 = /^(0[1-9]|[1-3]\d|4[0-7])\d{3}$/;

function serviceAreaSchema(ctx: OfferingValidationContext) {
  const municipalities = z.object({
    kind: z.literal('municipalities'),
    codes: z
      .array(z.string({ errorMap: coded('municipality_code_invalid') }), { errorMap: coded('invalid_type') })
      .min(1, { message: 'municipality_codes_empty' })
      .superRefine((codes, rctx) => {
        const seen = new Set<string>();
        codes.forEach((code, i) => {
          if (!JIS5.test(code)) addIssue(rctx, [i], 'municipality_code_invalid', { value: code });
          else if (ctx.knownMunicipalityCodes && !ctx.knownMunicipalityCodes.has(code))
            addIssue(rctx, [i], 'municipality_code_unknown', { value: code });
          if (seen.has(code)) addIssue(rctx, [i], 'municipality_code_duplicate', { value: code });
          seen.add(code);
        });
      }),
  });
  const radius = z.object({
    kind: z.literal('radius'),
    base: latLng,
    radiusM: z
      .number({ errorMap: coded('invalid_type') })
      .finite({ message: 'invalid_type' })
      .positive({ message: 'radius_not_positive' })
      .max(100_000, { message: 'radius_too_large' }),
  });
  const position = z
    .array(z.number({ errorMap: coded('position_invalid') }).finite({ message: 'position_invalid' }), {
      errorMap: coded('position_invalid'),
    })
    .min(2, { message: 'position_invalid' })
    .max(3, { message: 'position_invalid' });
  const coordinates = z
    .array(z.array(position, { errorMap: coded('invalid_type') }), { errorMap: coded('invalid_type') })
    .superRefine((rings, rctx) => {
      for (const p of checkPolygonRings(rings)) addIssue(rctx, p.path, p.code, p.params);
    });
  // The type is checked first so that a MultiPolygon (say) yields one clear error, not one per position.
  const geometry = z
    .object({ type: z.unknown(), coordinates: z.unknown() }, { errorMap: coded('invalid_type') })
    .transform((g, gctx) => {
      if (g.type !== 'Polygon') {
        addIssue(gctx, ['type'], g.type === undefined || g.type === null ? 'required' : 'geometry_type_invalid');
        return z.NEVER;
      }
      const inner = coordinates.safeParse(g.coordinates);
      if (!inner.success) {
        for (const issue of inner.error.issues) gctx.addIssue({ ...issue, path: ['coordinates', ...issue.path] });
        return z.NEVER;
      }
      return { type: 'Polygon' as const, coordinates: inner.data };
    });
  const polygon = z.object({ kind: z.literal('polygon'), geometry });
  return z.discriminatedUnion('kind', [municipalities, radius, polygon], { errorMap: coded('service_area_kind_invalid') });
}

const scheduleSlot = z
  .object(
    {
      day: z
        .number({ errorMap: coded('day_invalid') })
        .int({ message: 'day_invalid' })
        .min(0, { message: 'day_invalid' })
        .max(6, { message: 'day_invalid' }),
      opensAt: time,
      closesAt: time,
    },
    { errorMap: coded('invalid_type') },
  )
  .superRefine((s, ctx) => {
    if (TIME.test(s.opensAt) && TIME.test(s.closesAt) && s.closesAt <= s.opensAt)
      addIssue(ctx, ['closesAt'], 'schedule_end_not_after_start');
  });

const schedule = z
  .array(scheduleSlot, { errorMap: coded('invalid_type') })
  .max(70, { message: 'invalid_value' })
  .superRefine((slots, ctx) => {
    slots.forEach((a, i) => {
      for (let j = 0; j < i; j++) {
        const b = slots[j];
        if (a.day === b.day && a.opensAt < b.closesAt && b.opensAt < a.closesAt) {
          addIssue(ctx, [i], 'schedule_overlap', { other: j + 1 });
          break;
        }
      }
    });
  })
  .transform((slots) =>
    [...slots]
      .map((s) => ({ day: s.day as DayOfWeek, opensAt: s.opensAt, closesAt: s.closesAt }) satisfies ScheduleSlot)
      .sort((a, b) => a.day - b.day || a.opensAt.localeCompare(b.opensAt) || a.closesAt.localeCompare(b.closesAt)),
  );

const age = z
  .number({ errorMap: coded('age_invalid') })
  .int({ message: 'age_invalid' })
  .min(0, { message: 'age_invalid' })
  .max(120, { message: 'age_invalid' })
  .nullish()
  .transform((v) => v ?? null);

const eligibility = z
  .object(
    {
      careLevels: z
        .union([z.literal('none_required'), z.array(z.string())], { errorMap: coded('care_levels_invalid') })
        .superRefine((levels, ctx) => {
          if (levels === 'none_required') return;
          if (levels.length === 0) addIssue(ctx, [], 'care_levels_empty');
          const seen = new Set<string>();
          levels.forEach((l, i) => {
            if (!(CARE_LEVELS as readonly string[]).includes(l)) addIssue(ctx, [i], 'care_level_invalid', { value: l });
            else if (seen.has(l)) addIssue(ctx, [i], 'care_level_duplicate', { value: l });
            seen.add(l);
          });
        })
        .transform((levels) => (levels === 'none_required' ? levels : (levels as CareLevel[]))),
      minAge: age,
      maxAge: age,
    },
    { errorMap: coded('invalid_type') },
  )
  .superRefine((e, ctx) => {
    if (e.minAge !== null && e.maxAge !== null && e.maxAge < e.minAge) addIssue(ctx, ['maxAge'], 'age_range_inverted');
  });

const disclosure = z
  .object(
    {
      staffQualifications: optionalText(2000),
      liabilityInsurance: z
        .discriminatedUnion(
          'enrolled',
          [
            z.object({ enrolled: z.literal(true), insurer: text(200), coverageSummary: optionalText(1000) }),
            z.object({ enrolled: z.literal(false) }),
          ],
          { errorMap: coded('liability_insurance_invalid') },
        )
        .nullish()
        .transform((v) => v ?? null),
      complaintDesk: z
        .object(
          {
            name: text(200),
            phone: optional(phone),
            email: optional(email),
          },
          { errorMap: coded('invalid_type') },
        )
        .nullish()
        .transform((v) => v ?? null),
      cancellationTerms: optionalText(2000),
      effectClaim: z
        .discriminatedUnion(
          'claimed',
          [
            z.object({ claimed: z.literal(false) }),
            z.object({
              claimed: z.literal(true),
              claim: text(1000),
              evidence: optionalText(4000),
              evidenceUrl: optional(httpUrl),
            }),
          ],
          { errorMap: coded('effect_claim_invalid') },
        )
        .nullish()
        .transform((v) => v ?? null),
    },
    { errorMap: coded('invalid_type') },
  )
  .nullish()
  .transform(
    (v) =>
      v ?? { staffQualifications: null, liabilityInsurance: null, complaintDesk: null, cancellationTerms: null, effectClaim: null },
  );

/** The zod schema of an offering for a given context (exposed for composition; prefer validateOffering). */
export function offeringSchema(ctx: OfferingValidationContext) {
  return z
    .object(
      {
        id: uuid,
        organizationId: uuid,
        name: text(200),
        description: optionalText(4000),
        categories: z
          .array(z.string({ errorMap: coded('invalid_type') }), { errorMap: coded('invalid_type') })
          .min(1, { message: 'categories_empty' })
          .superRefine((codes, rctx) => {
            const seen = new Set<string>();
            codes.forEach((code, i) => {
              if (!ctx.categoryCodes.has(code)) addIssue(rctx, [i], 'category_unknown', { value: code });
              else if (seen.has(code)) addIssue(rctx, [i], 'category_duplicate', { value: code });
              seen.add(code);
            });
          }),
        price: z
          .object({ amountYen: yen, unit: enumOf(PRICE_UNITS, 'price_unit_invalid') }, { errorMap: coded('invalid_type') })
          .superRefine((p, rctx) => {
            if (p.unit === 'free' && p.amountYen !== 0) addIssue(rctx, ['amountYen'], 'price_free_must_be_zero');
          }),
        otherCosts: z
          .array(
            z.object(
              { label: text(100), amountYen: yen, unit: enumOf(OTHER_COST_UNITS, 'other_cost_unit_invalid') },
              { errorMap: coded('invalid_type') },
            ),
            { errorMap: coded('invalid_type') },
          )
          .max(20, { message: 'invalid_value' })
          .nullish()
          .transform((v) => v ?? []),
        coverage: enumOf(INSURANCE_COVERAGES, 'coverage_invalid'),
        eligibility,
        schedule: schedule.nullish().transform((v) => v ?? []),
        capacity: z.object(
          { status: enumOf(CAPACITY_STATUSES, 'capacity_status_invalid'), confirmedAt: dateTime },
          { errorMap: coded('invalid_type') },
        ),
        detailsConfirmedAt: dateTime,
        languages: z
          .array(z.string({ errorMap: coded('language_tag_invalid') }), { errorMap: coded('invalid_type') })
          .min(1, { message: 'languages_empty' })
          .superRefine((tags, rctx) => {
            const seen = new Set<string>();
            tags.forEach((tag, i) => {
              const canonical = canonicalLanguageTag(tag);
              if (canonical === null) addIssue(rctx, [i], 'language_tag_invalid', { value: tag });
              else if (seen.has(canonical)) addIssue(rctx, [i], 'language_duplicate', { value: canonical });
              if (canonical) seen.add(canonical);
            });
          })
          .transform((tags) => tags.map((t) => canonicalLanguageTag(t) as string)),
        serviceArea: serviceAreaSchema(ctx),
        base: latLng.nullish().transform((v) => v ?? null),
        disclosure,
      },
      { errorMap: coded('invalid_type') },
    )
    .superRefine((o, rctx) => {
      if (o.coverage === 'covered' && o.eligibility.careLevels === 'none_required')
        addIssue(rctx, ['eligibility', 'careLevels'], 'covered_requires_care_level');
    });
}

/** Converts zod issues whose messages are our codes into FieldErrors with JSON Pointer paths. */
export function offeringIssuesToFieldErrors(issues: readonly z.ZodIssue[]): FieldError[] {
  return issues.map((issue) => {
    const code: Code =
      issue.message in OFFERING_ERROR_MESSAGES
        ? (issue.message as Code)
        : issue.code === z.ZodIssueCode.invalid_type
          ? issue.received === 'undefined' || issue.received === 'null'
            ? 'required'
            : 'invalid_type'
          : 'invalid_value';
    const params = issue.code === z.ZodIssueCode.custom ? issue.params : issue.code === 'too_big' ? { max: issue.maximum } : undefined;
    return fieldError(jsonPointer(issue.path), code, OFFERING_ERROR_MESSAGES[code], params);
  });
}

/**
 * Validates an offering draft (any JSON value) and returns either the typed, canonical offering
 * (trimmed text, canonical language-tag case, schedule sorted by day/time, optional fields as null,
 * otherCosts as []) or every problem found, each with a JSON Pointer path into the input, a stable
 * code and ja/en messages. Disclosure completeness is a separate check (findMissingDisclosure).
 */
export function validateOffering(input: unknown, ctx: OfferingValidationContext): OfferingValidationResult {
  const result = offeringSchema(ctx).safeParse(input);
  if (result.success) {
    const value: Offering = result.data;
    return { ok: true, value };
  }
  return { ok: false, errors: offeringIssuesToFieldErrors(result.error.issues) };
}

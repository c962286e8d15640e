import { isKnownMunicipalityCode } from '@sanpuku/kernel';
/**
 * What a help request must look like, with a reason in Japanese and English for every rule.
 * Pure (zod only), so the rules have scenario tests; the service calls `validateFileHelpRequest`.
 */
import { z } from 'zod';
import { AGE_BANDS, CARE_LEVELS } from '@sanpuku/matching-domain';
import { MATCHING_TEXT_LIMITS } from '../common/input-limits';
import { bi, text, Validated, type ValidationContext, withValidationContext } from '../common/validation';
import { consentTextOf } from '../consent/consent-texts';
import { CONSENT_GIVERS, CONSENT_METHODS, type ConsentMethod, type ConsentPurpose } from '@sanpuku/matching-domain';
import { LIVING_SITUATIONS } from '@sanpuku/matching-domain';

export const JIS_CODE = z.string().regex(/^\d{5}$/, bi('must be a 5-digit JIS municipality code', '5桁の市区町村コード（JIS）で指定してください'));
export const CATEGORY = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, bi('must be a taxonomy category code such as meal_delivery', 'サービス分類コード（例: meal_delivery）で指定してください'));
const optionalText = (max: number, multiline = false) => text(max, { multiline }).nullish().transform((s) => (s ? s : null));

/** Japan's extent, loosely (Okinotorishima … Etorofu, Yonaguni … Minamitorishima). */
const JAPAN = { minLat: 20, maxLat: 46, minLng: 122, maxLng: 154 };

const Location = z
  .object({
    /** 12-digit 大字・町丁目コード of the senior's town block (its first 5 digits = municipality). */
    townBlockCode: z
      .string()
      .regex(/^\d{12}$/, bi('must be a 12-digit town-block code (大字・町丁目コード)', '12桁の大字・町丁目コードで指定してください'))
      .nullish()
      .transform((s) => s ?? null),
    lat: z.number().finite().nullish().transform((n) => n ?? null),
    lng: z.number().finite().nullish().transform((n) => n ?? null),
  })
  .superRefine((l, ctx) => {
    if ((l.lat === null) !== (l.lng === null)) {
      ctx.addIssue({ code: 'custom', path: [l.lat === null ? 'lat' : 'lng'], message: bi('give both lat and lng, or neither', '緯度と経度は両方指定してください') });
    } else if (l.lat !== null && l.lng !== null) {
      if (l.lat < JAPAN.minLat || l.lat > JAPAN.maxLat) {
        ctx.addIssue({ code: 'custom', path: ['lat'], message: bi('must be a latitude in Japan (WGS84 degrees)', '日本国内の緯度（世界測地系・度）で指定してください') });
      }
      if (l.lng < JAPAN.minLng || l.lng > JAPAN.maxLng) {
        ctx.addIssue({ code: 'custom', path: ['lng'], message: bi('must be a longitude in Japan (WGS84 degrees)', '日本国内の経度（世界測地系・度）で指定してください') });
      }
    }
  });

/**
 * How a consent was given, as the act it is:
 * - on screen (`method` on_screen, the default without `obtainedAt`): the person read the current
 *   consent text (`consentText(purpose)`) and agreed now. `textVersion` is required and must be a
 *   version of that purpose's text; the time is the server's (`obtainedAt` must be left out).
 *   A family filing for themselves always agrees on screen.
 * - written / oral (書面 / 口頭): a care manager or municipal staff records a consent obtained on
 *   paper or by speech; `obtainedAt` (not in the future) and `method` are required, `textVersion`
 *   optional (the text that was read to them).
 */
export function consentGivenBySchema(purpose: ConsentPurpose, context: () => ValidationContext) {
  return z
    .object({
      givenBy: z.enum(CONSENT_GIVERS),
      /** Required unless the senior consented themself (本人). */
      givenByName: optionalText(MATCHING_TEXT_LIMITS.personName),
      obtainedAt: z
        .date({ invalid_type_error: bi('must be a date-time', '日時で指定してください') })
        .nullish()
        .transform((d) => d ?? null),
      method: z.enum(CONSENT_METHODS).nullish().transform((m) => m ?? null),
      textVersion: text(MATCHING_TEXT_LIMITS.consentTextVersion).nullish().transform((s) => (s ? s : null)),
    })
    .superRefine((c, ctx) => {
      if (c.givenBy !== 'self' && !c.givenByName) {
        ctx.addIssue({
          code: 'custom',
          path: ['givenByName'],
          message: bi('name the family member or guardian who consented on the senior’s behalf', '本人に代わって同意した家族・後見人の氏名を入力してください'),
        });
      }
      const method = c.method ?? (c.obtainedAt ? null : 'on_screen');
      if (method === null) {
        ctx.addIssue({ code: 'custom', path: ['method'], message: bi('say how the consent was obtained: written or oral', '同意の取得方法（書面・口頭）を指定してください', 'required') });
      }
      if (context().filerRole === 'family' && method !== 'on_screen') {
        ctx.addIssue({
          code: 'custom',
          path: ['method'],
          message: bi('a family filing for themselves agrees to the consent text on screen', 'ご家族がご自身で依頼する場合は、画面上で同意文に同意してください', 'on_screen_only'),
        });
      }
      if (method === 'on_screen') {
        if (!c.textVersion) {
          ctx.addIssue({ code: 'custom', path: ['textVersion'], message: bi('give the version of the consent text that was agreed to', '同意した同意文の版を指定してください', 'required') });
        }
        if (c.obtainedAt) {
          ctx.addIssue({
            code: 'custom',
            path: ['obtainedAt'],
            message: bi('an agreement on screen is timed by the server; leave obtainedAt out', '画面上での同意の日時はサーバーが記録します。日時は指定しないでください', 'not_allowed_here'),
          });
        }
      } else if (method !== null) {
        if (!c.obtainedAt) {
          ctx.addIssue({ code: 'custom', path: ['obtainedAt'], message: bi('give when the consent was obtained', '同意を得た日時を指定してください', 'required') });
        } else if (c.obtainedAt.getTime() > context().now.getTime() + 5 * 60_000) {
          ctx.addIssue({ code: 'custom', path: ['obtainedAt'], message: bi('consent cannot be obtained in the future', '同意取得日時が未来になっています', 'in_future') });
        }
      }
      if (c.textVersion && !consentTextOf(purpose, c.textVersion)) {
        ctx.addIssue({
          code: 'custom',
          path: ['textVersion'],
          message: bi('no such version of the consent text; read the current one with consentText', 'この版の同意文はありません。最新の同意文を表示してから同意してください', 'unknown_consent_text_version'),
        });
      }
    })
    .transform((c) => {
      const method = (c.method ?? 'on_screen') as ConsentMethod;
      return { givenBy: c.givenBy, givenByName: c.givenByName, method, textVersion: c.textVersion, obtainedAt: method === 'on_screen' ? context().now : c.obtainedAt! };
    });
}

export function fileHelpRequestSchema(context: () => ValidationContext) {
  return z
    .object({
      senior: z.object({
        fullName: text(MATCHING_TEXT_LIMITS.personName).pipe(z.string().min(1)),
        fullNameKana: optionalText(MATCHING_TEXT_LIMITS.personName),
        addressText: text(MATCHING_TEXT_LIMITS.addressText).pipe(z.string().min(1)),
        contactPhone: z
          .string()
          .trim()
          .regex(/^[0-9+\-() ]{6,20}$/, bi('must be a phone number (digits, spaces, + - ( ))', '電話番号（数字・空白・+-()）で入力してください'))
          .nullish()
          .transform((s) => s ?? null),
        careLevel: z.enum(CARE_LEVELS),
        healthNotes: optionalText(MATCHING_TEXT_LIMITS.healthNotes, true),
      }),
      ageBand: z.enum(AGE_BANDS),
      municipalityCode: JIS_CODE.refine((c) => !/^\d{5}$/.test(c) || isKnownMunicipalityCode(c), bi('no municipality of Japan has this code', 'この市区町村コードの市区町村はありません', 'unknown_municipality')),
      location: Location.nullish().transform((l) => l ?? { townBlockCode: null, lat: null, lng: null }),
      livingSituation: z.enum(LIVING_SITUATIONS),
      needs: z
        .array(CATEGORY)
        .min(1, bi('name at least one service category', 'サービス分類を1つ以上指定してください'))
        .max(10)
        .transform((xs) => [...new Set(xs)]),
      needsNote: optionalText(MATCHING_TEXT_LIMITS.needsNote, true),
      preferences: z
        .object({
          coverage: z.enum(['covered', 'not_covered', 'any']).nullish().transform((c) => c ?? 'any'),
          budgetYen: z.number().int().min(0).max(10_000_000).nullish().transform((n) => n ?? null),
          preferredDays: z
            .array(z.number().int().min(0, bi('days are 0 (Sunday) … 6 (Saturday)', '曜日は0（日）〜6（土）で指定してください')).max(6, bi('days are 0 (Sunday) … 6 (Saturday)', '曜日は0（日）〜6（土）で指定してください')))
            .max(7)
            .nullish()
            .transform((ds) => [...new Set(ds ?? [])].sort((a, b) => a - b)),
          language: z
            .string()
            .regex(/^[a-z]{2,3}$/, bi('must be a language code such as ja, en, vi', '言語コード（例: ja, en, vi）で指定してください'))
            .nullish()
            .transform((s) => s ?? null),
        })
        .nullish()
        .transform((p) => p ?? { coverage: 'any' as const, budgetYen: null, preferredDays: [], language: null }),
      /** Consent to collect the care level and health notes (要配慮個人情報, APPI Art. 20(2)). */
      acquisitionConsent: consentGivenBySchema('acquisition', context),
    })
    .superRefine((r, ctx) => {
      const block = r.location.townBlockCode;
      if (block && !block.startsWith(r.municipalityCode)) {
        ctx.addIssue({
          code: 'custom',
          path: ['location', 'townBlockCode'],
          message: bi(
            'the chosen town block is not in the chosen municipality',
            '選ばれた町丁目は、指定した市区町村にありません',
            'town_block_outside_municipality',
          ),
        });
      }
    });
}

export type FileHelpRequestData = z.infer<ReturnType<typeof fileHelpRequestSchema>>;

const fileHelpRequest = withValidationContext(fileHelpRequestSchema);

export function validateFileHelpRequest(input: unknown, now: Date, filerRole?: string): Validated<FileHelpRequestData> {
  return fileHelpRequest.validate(input, { now, filerRole }, 'input');
}

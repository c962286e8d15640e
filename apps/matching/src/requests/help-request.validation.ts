/**
 * What a help request must look like, with a reason in Japanese and English for every rule.
 * Pure (zod only), so the rules have scenario tests; the service calls `validateFileHelpRequest`.
 */
import { z } from 'zod';
import { AGE_BANDS, CARE_LEVELS } from '@sanpuku/matching-domain';
import { bi, validate, Validated } from '../common/validation';
import { CONSENT_GIVERS } from '../consent/consent.vocabulary';
import { LIVING_SITUATIONS } from './help-request.vocabulary';

export const JIS_CODE = z.string().regex(/^\d{5}$/, bi('must be a 5-digit JIS municipality code', '5桁の市区町村コード（JIS）で指定してください'));
export const CATEGORY = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, bi('must be a taxonomy category code such as meal_delivery', 'サービス分類コード（例: meal_delivery）で指定してください'));
const optionalText = (max: number) => z.string().trim().max(max).nullish().transform((s) => (s ? s : null));

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

export const ConsentGivenBySchema = z
  .object({
    givenBy: z.enum(CONSENT_GIVERS),
    /** Required unless the senior consented themself (本人). */
    givenByName: optionalText(100),
    obtainedAt: z.date({ invalid_type_error: bi('must be a date-time', '日時で指定してください') }),
  })
  .superRefine((c, ctx) => {
    if (c.givenBy !== 'self' && !c.givenByName) {
      ctx.addIssue({
        code: 'custom',
        path: ['givenByName'],
        message: bi('name the family member or guardian who consented on the senior’s behalf', '本人に代わって同意した家族・後見人の氏名を入力してください'),
      });
    }
  });

export function fileHelpRequestSchema(now: Date) {
  const notInFuture = (d: Date) => d.getTime() <= now.getTime() + 5 * 60_000;
  return z
    .object({
      senior: z.object({
        fullName: z.string().trim().min(1).max(100),
        fullNameKana: optionalText(100),
        addressText: z.string().trim().min(1).max(200),
        contactPhone: z
          .string()
          .trim()
          .regex(/^[0-9+\-() ]{6,20}$/, bi('must be a phone number (digits, spaces, + - ( ))', '電話番号（数字・空白・+-()）で入力してください'))
          .nullish()
          .transform((s) => s ?? null),
        careLevel: z.enum(CARE_LEVELS),
        healthNotes: optionalText(2000),
      }),
      ageBand: z.enum(AGE_BANDS),
      municipalityCode: JIS_CODE,
      location: Location.nullish().transform((l) => l ?? { townBlockCode: null, lat: null, lng: null }),
      livingSituation: z.enum(LIVING_SITUATIONS),
      needs: z
        .array(CATEGORY)
        .min(1, bi('name at least one service category', 'サービス分類を1つ以上指定してください'))
        .max(10)
        .transform((xs) => [...new Set(xs)]),
      needsNote: optionalText(1000),
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
      acquisitionConsent: ConsentGivenBySchema.refine((c) => notInFuture(c.obtainedAt), {
        message: bi('consent cannot be obtained in the future', '同意取得日時が未来になっています'),
        path: ['obtainedAt'],
      }),
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

export function validateFileHelpRequest(input: unknown, now: Date): Validated<FileHelpRequestData> {
  return validate(fileHelpRequestSchema(now), input, 'input');
}

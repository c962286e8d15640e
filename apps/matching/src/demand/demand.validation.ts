import { z } from 'zod';
import { bi, validate, Validated } from '../common/validation';
import { CATEGORY, JIS_CODE } from '../requests/help-request.validation';

const MONTH = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, bi("must be a month 'YYYY-MM'", "年月は 'YYYY-MM' 形式で指定してください"));

const UnmetDemandQuerySchema = z.object({
  municipalityCode: JIS_CODE.nullish().transform((s) => s ?? null),
  category: CATEGORY.nullish().transform((s) => s ?? null),
  fromMonth: MONTH.nullish().transform((s) => s ?? null),
  toMonth: MONTH.nullish().transform((s) => s ?? null),
});
export type UnmetDemandQuery = z.infer<typeof UnmetDemandQuerySchema>;

export function validateUnmetDemandQuery(input: unknown): Validated<UnmetDemandQuery> {
  return validate(UnmetDemandQuerySchema, input, '');
}

const NeutralityQuerySchema = z
  .object({
    municipalityCode: JIS_CODE,
    from: z.date(),
    to: z.date(),
  })
  .refine((q) => q.from.getTime() < q.to.getTime(), { path: ['to'], message: bi('must be after from', '終了日時は開始日時より後にしてください') });
export type NeutralityQuery = z.infer<typeof NeutralityQuerySchema>;

export function validateNeutralityQuery(input: unknown): Validated<NeutralityQuery> {
  return validate(NeutralityQuerySchema, input, '');
}

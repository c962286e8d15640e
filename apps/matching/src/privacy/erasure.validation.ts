/**
 * Input of `eraseSeniorPersonalData`: the request staff can find, a reason from the closed list,
 * and an optional note (a reference such as the number of the written request — no personal data;
 * at most ERASURE_NOTE_MAX characters, line breaks allowed, no other control characters).
 */
import { z } from 'zod';
import { bi, text, validate, type Validated } from '../common/validation';
import { ERASURE_NOTE_MAX, REQUESTED_ERASURE_REASONS } from './erasure.policy';

const EraseSchema = z.object({
  requestId: z.string().uuid({ message: bi('must be a request id', '相談依頼のIDを指定してください', 'invalid_id') }),
  reasonCode: z.enum(REQUESTED_ERASURE_REASONS),
  note: text(ERASURE_NOTE_MAX, { multiline: true }).nullish().transform((s) => (s ? s : null)),
});
export type EraseSeniorPersonalData = z.infer<typeof EraseSchema>;

export function validateEraseSeniorPersonalData(input: unknown): Validated<EraseSeniorPersonalData> {
  return validate(EraseSchema, input, 'input');
}

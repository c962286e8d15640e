import type { Actor } from '@sanpuku/platform';
import { en, ja } from '../common/labels';
import { label } from '@sanpuku/kernel';
import { japanDateTime } from '@sanpuku/matching-domain';
import type { PersonalDataErasure } from './erasure.model';
import type { ErasureRecordRow } from './erasure.service';

/** The erasure record as a viewer may see it: the staff note and who erased it for staff and admins only. */
export function toErasureView(e: ErasureRecordRow, viewer: Actor | null): PersonalDataErasure {
  const staff = viewer?.role === 'admin' || viewer?.role === 'municipal_staff';
  const when = japanDateTime(e.erased_at);
  return {
    id: e.id,
    requestId: e.request_id,
    municipalityCode: e.municipality_code,
    kind: e.kind,
    kindLabelJa: ja('ErasureKind', e.kind),
    kindLabelEn: en('ErasureKind', e.kind),
    reasonCode: e.reason_code,
    reasonCodeLabelJa: ja('ErasureReason', e.reason_code),
    reasonCodeLabelEn: en('ErasureReason', e.reason_code),
    note: staff ? e.note : null,
    byUserId: staff ? e.by_user_id : null,
    byRole: e.by_role,
    byRoleLabelJa: label('Role', e.by_role).ja,
    byRoleLabelEn: label('Role', e.by_role).en,
    requestsErased: e.requests_erased,
    consentsWithdrawn: e.consents_withdrawn,
    erasedAt: e.erased_at,
    messageJa: `ご本人の個人データ（氏名・住所・電話番号・要介護度・心身の状況など）を${when.ja}に削除しました（${ja('ErasureReason', e.reason_code)}）。提供記録と閲覧記録は法令に従い3年間保存されます`,
    messageEn: `The senior’s personal data (name, address, phone, care level, health notes…) was erased on ${when.en} (${en('ErasureReason', e.reason_code).toLowerCase()}). The provision and access records are kept for 3 years as the law requires`,
  };
}

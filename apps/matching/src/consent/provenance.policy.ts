/**
 * The recipient's confirmation of provenance (APPI Art. 30): when an operator accepts a referral
 * and receives the senior's details, it confirms — and Sanpuku records for it — from whom the data
 * came and how that provider obtained it: provided by the requester side under consent X, given
 * by the senior (or family / guardian on their behalf), obtained by Y on date Z. Pure: the
 * statement shown to the operator next to the details.
 */
import type { Bilingual } from '@sanpuku/matching-domain';
import { CONSENT_GIVER_LABELS, type ConsentGiver } from './consent.vocabulary';

export const REQUESTER_ROLE_LABELS: Readonly<Record<string, Bilingual>> = {
  family: { ja: 'ご家族', en: 'a family member' },
  care_manager: { ja: 'ケアマネジャー', en: 'a care manager' },
  municipal_staff: { ja: '自治体職員', en: 'municipal staff' },
  admin: { ja: 'Sanpuku 運営管理者', en: 'a Sanpuku administrator' },
};

export interface ProvenanceFacts {
  readonly providerRole: string;
  readonly providerOfficeId: string | null;
  readonly consentId: string;
  readonly consentGivenBy: ConsentGiver;
  readonly consentObtainedByRole: string;
  readonly consentObtainedAt: Date;
  readonly acquisitionObtainedAt: Date | null;
}

const roleLabel = (role: string): Bilingual => REQUESTER_ROLE_LABELS[role] ?? { ja: role, en: role };

/** YYYY-MM-DD in Japan time (no daylight saving: a fixed +09:00). */
export function japanDate(d: Date): string {
  return new Date(d.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}

export function provenanceStatement(f: ProvenanceFacts): Bilingual {
  const provider = roleLabel(f.providerRole);
  const obtainer = roleLabel(f.consentObtainedByRole);
  const giver = CONSENT_GIVER_LABELS[f.consentGivenBy] ?? { ja: f.consentGivenBy, en: f.consentGivenBy };
  const office = f.providerOfficeId ? { ja: `・事業所 ${f.providerOfficeId}`, en: `, office ${f.providerOfficeId}` } : { ja: '', en: '' };
  const acquisition = f.acquisitionObtainedAt
    ? {
        ja: `要配慮個人情報は ${japanDate(f.acquisitionObtainedAt)} に取得の同意を得て登録されています。`,
        en: ` The special care-required items were collected with consent obtained on ${japanDate(f.acquisitionObtainedAt)}.`,
      }
    : { ja: '', en: '' };
  return {
    ja:
      `この情報は、依頼者（${provider.ja}${office.ja}）から、本人の同意（同意ID ${f.consentId}）に基づき Sanpuku を通じて提供されました。` +
      `同意は${giver.ja}から、${obtainer.ja}が ${japanDate(f.consentObtainedAt)} に取得しました。${acquisition.ja}`,
    en:
      `Provided through Sanpuku by the requester (${provider.en}${office.en}) under the senior's consent ${f.consentId}, ` +
      `given by ${giver.en} and obtained by ${obtainer.en} on ${japanDate(f.consentObtainedAt)} (JST).${acquisition.en}`,
  };
}

/**
 * The recipient's confirmation of provenance (APPI Art. 30): when an operator accepts a referral
 * and receives the senior's details, it confirms — and Sanpuku records for it — from whom the data
 * came and how that provider obtained it: provided by the requester side under consent X, given
 * by the senior (or family / guardian on their behalf), obtained by Y on date Z — in words, no ids. Pure: the
 * statement shown to the operator next to the details.
 */
import { type Bilingual, inSentence, japanDay } from '@sanpuku/matching-domain';
import { CONSENT_GIVER_LABELS, type ConsentGiver } from '@sanpuku/matching-domain';

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

const roleLabel = (role: string): Bilingual => REQUESTER_ROLE_LABELS[role] ?? { ja: '依頼者', en: 'the requester' };

/** A Japan date as a person reads it (2026年11月27日 / 27 Nov 2026). */
export function japanDate(d: Date): Bilingual {
  return japanDay(d);
}

/**
 * The statement in words: who provided the data, that it was under the senior's consent, who gave
 * and obtained that consent and when. No ids (the consent and the office are fields of the record).
 */
export function provenanceStatement(f: ProvenanceFacts): Bilingual {
  const provider = roleLabel(f.providerRole);
  const obtainer = roleLabel(f.consentObtainedByRole);
  const giver = CONSENT_GIVER_LABELS[f.consentGivenBy] ?? { ja: '不明', en: 'unknown' };
  const office = f.providerOfficeId ? { ja: '（居宅介護支援事業所）', en: ' at a care-management office' } : { ja: '', en: '' };
  const obtained = japanDate(f.consentObtainedAt);
  const acquisition = f.acquisitionObtainedAt
    ? {
        ja: `要配慮個人情報は${japanDate(f.acquisitionObtainedAt).ja}に取得の同意を得て登録されています。`,
        en: ` The special care-required items were collected with consent obtained on ${japanDate(f.acquisitionObtainedAt).en}.`,
      }
    : { ja: '', en: '' };
  return {
    ja:
      `この情報は、依頼者（${provider.ja}${office.ja}）から、本人の同意に基づき Sanpuku を通じて提供されました。` +
      `同意は${giver.ja}から、${obtainer.ja}が${obtained.ja}に取得しました。${acquisition.ja}`,
    en:
      `Provided through Sanpuku by the requester (${provider.en}${office.en}) under the senior's consent, ` +
      `given by ${inSentence(giver.en)} and obtained by ${obtainer.en} on ${obtained.en} (Japan time).${acquisition.en}`,
  };
}

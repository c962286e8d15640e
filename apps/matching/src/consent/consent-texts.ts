/**
 * The consent texts a person agrees to on screen, versioned. Filing a request as a family means
 * reading the current `acquisition` text and agreeing; the request records which version was
 * agreed to (consent.text_version) and the server's time. A text is never edited: a change is a
 * new version, and the old ones stay readable (`consentText(purpose, version)`).
 */
import type { ConsentPurpose } from '@sanpuku/matching-domain';

export interface ConsentText {
  readonly purpose: ConsentPurpose;
  readonly version: string;
  readonly titleJa: string;
  readonly titleEn: string;
  readonly bodyJa: string;
  readonly bodyEn: string;
}

/** Every version of every text, oldest first; the last of a purpose is the current one. */
export const CONSENT_TEXTS: readonly ConsentText[] = [
  {
    purpose: 'acquisition',
    version: 'acquisition-1',
    titleJa: 'ご本人の心身の状況をお預かりすることへの同意',
    titleEn: 'Consent to our keeping the senior’s care and health details',
    bodyJa: [
      '【お預かりする情報】要介護度（要支援・要介護の認定）と、心身の状況についてご記入いただいた内容です。これらは法律上「要配慮個人情報」にあたります。',
      '【目的】ご本人に合うサービスの候補を探し、ご依頼の対応に使うためです。それ以外の目的には使いません。',
      '【誰が見るか】この依頼を出した方（ご家族・ケアマネジャー・自治体の担当者）と Sanpuku の運営担当者だけです。事業者には、別にご同意いただいた項目だけを、事業者が紹介を受けた後にお渡しします。',
      '【同意の撤回】いつでも、この依頼の画面から撤回できます。撤回した後は、新たに事業者へ情報をお渡ししません。',
    ].join('\n'),
    bodyEn: [
      'What we keep: the care-need certification level and the health notes you write. By law these are special care-required personal information.',
      'Why: to find services that fit the senior and to handle this request; for nothing else.',
      'Who sees it: whoever filed the request (family, care manager or municipal staff) and Sanpuku’s operations staff. Operators receive only the items you separately agree to share, after they accept a referral.',
      'Withdrawing: you can withdraw at any time from this request’s page. After that, nothing more is given to operators.',
    ].join('\n'),
  },
  {
    purpose: 'third_party_provision',
    version: 'provision-1',
    titleJa: '事業者への情報提供への同意',
    titleEn: 'Consent to share details with operators',
    bodyJa: [
      '【お渡しする情報】この画面で選んだ項目（氏名・住所・連絡先など）だけです。',
      '【渡す先】この画面で選んだ事業者、または選んだ分野のサービスを提供する事業者です。事業者は紹介を受けた後にだけ、これらの情報を見ることができます。',
      '【目的】事業者がご本人に連絡し、サービスの提供を検討・実施するためです。',
      '【記録】いつ、どの事業者に、どの項目を渡したかを記録し、この依頼の画面でご確認いただけます。',
      '【同意の撤回】いつでも撤回できます。撤回した後は新たにお渡しせず、まだ返事のない紹介は取り消します。',
    ].join('\n'),
    bodyEn: [
      'What is shared: only the items you choose on this screen (name, address, phone and the like).',
      'With whom: the operators you choose, or operators offering the service categories you choose. An operator sees them only after accepting a referral.',
      'Why: so the operator can contact the senior and consider and provide the service.',
      'Records: when, to which operator and which items were given is recorded and shown on this request’s page.',
      'Withdrawing: you can withdraw at any time; nothing more is given after that, and referrals still waiting for an answer are cancelled.',
    ].join('\n'),
  },
];

/** The purposes a client may ask for; `provision` is the short name of third_party_provision. */
export function consentPurposeOf(purpose: string): ConsentPurpose | null {
  if (purpose === 'provision') return 'third_party_provision';
  return purpose === 'acquisition' || purpose === 'third_party_provision' ? purpose : null;
}

export function currentConsentText(purpose: ConsentPurpose): ConsentText {
  return CONSENT_TEXTS.filter((t) => t.purpose === purpose).at(-1)!;
}

export function consentTextOf(purpose: ConsentPurpose, version: string): ConsentText | null {
  return CONSENT_TEXTS.find((t) => t.purpose === purpose && t.version === version) ?? null;
}

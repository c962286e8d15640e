import type { FieldError } from '../shared/field-error';
import { validateOffering, type OfferingValidationContext } from '../offering-validation/offering-validation';

/**
 * The common disclosure items (共通開示項目) every listing states before it can be submitted,
 * after the seed's ウェルココ model: operators disclose a common set of items and only listings
 * meeting the criteria are published; the platform does not guarantee service quality.
 */
export const DISCLOSURE_ITEM_KEYS = [
  'price',
  'coverage',
  'staffQualifications',
  'liabilityInsurance',
  'complaintDesk',
  'cancellationTerms',
  'effectEvidence',
] as const;
export type DisclosureItemKey = (typeof DISCLOSURE_ITEM_KEYS)[number];

export interface DisclosureItemDefinition {
  key: DisclosureItemKey;
  labelJa: string;
  labelEn: string;
  /** JSON Pointer of the offering field that holds the item. */
  path: string;
  /** What counts as disclosed. */
  requirementJa: string;
  requirementEn: string;
}

export const DISCLOSURE_ITEMS: readonly DisclosureItemDefinition[] = [
  {
    key: 'price',
    labelJa: '料金',
    labelEn: 'Price',
    path: '/price',
    requirementJa: '金額（円）と単位（無料の場合は0円）',
    requirementEn: 'Amount in yen and its unit (0 yen if free)',
  },
  {
    key: 'coverage',
    labelJa: '介護保険の適用',
    labelEn: 'Long-term care insurance coverage',
    path: '/coverage',
    requirementJa: '介護保険適用か適用外か',
    requirementEn: 'Covered or not covered by long-term care insurance',
  },
  {
    key: 'staffQualifications',
    labelJa: 'スタッフの資格',
    labelEn: 'Staff qualifications',
    path: '/disclosure/staffQualifications',
    requirementJa: 'サービスに従事するスタッフの保有資格・研修（資格不要の場合はその旨）',
    requirementEn: "Staff's qualifications or training (or a statement that none are required)",
  },
  {
    key: 'liabilityInsurance',
    labelJa: '賠償責任保険',
    labelEn: 'Liability insurance',
    path: '/disclosure/liabilityInsurance',
    requirementJa: '加入の有無（加入している場合は保険会社名）',
    requirementEn: 'Whether the operator is insured (and the insurer if so)',
  },
  {
    key: 'complaintDesk',
    labelJa: '苦情・相談窓口',
    labelEn: 'Complaint desk',
    path: '/disclosure/complaintDesk',
    requirementJa: '窓口の名称と、電話番号またはメールアドレス',
    requirementEn: 'Name of the desk and a phone number or e-mail address',
  },
  {
    key: 'cancellationTerms',
    labelJa: 'キャンセル・解約条件',
    labelEn: 'Cancellation terms',
    path: '/disclosure/cancellationTerms',
    requirementJa: 'キャンセル料・解約の条件',
    requirementEn: 'Cancellation fees and conditions',
  },
  {
    key: 'effectEvidence',
    labelJa: '効果の根拠',
    labelEn: 'Evidence of effect',
    path: '/disclosure/effectClaim',
    requirementJa: '効果をうたうかどうか。うたう場合はその根拠（導入実績・実証結果など）',
    requirementEn: 'Whether an effect is claimed, and if so the evidence for it (evaluations, trial results…)',
  },
];

export interface MissingDisclosureItem {
  key: DisclosureItemKey;
  labelJa: string;
  labelEn: string;
  path: string;
  /** Why it counts as missing. */
  reasonJa: string;
  reasonEn: string;
}

/**
 * The loose shape of a draft as the disclosure check reads it: any field may be absent, and
 * values are checked at run time (a draft may not have passed validation yet).
 */
export interface DisclosureSubject {
  price?: unknown;
  coverage?: unknown;
  disclosure?: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const filled = (v: unknown): boolean => typeof v === 'string' && v.trim().length > 0;

const NOT_STATED = { ja: '記載されていません。', en: 'Not stated.' };

function check(key: DisclosureItemKey, subject: DisclosureSubject): { ja: string; en: string } | null {
  const d = isRecord(subject.disclosure) ? subject.disclosure : {};
  switch (key) {
    case 'price': {
      const p = subject.price;
      if (!isRecord(p) || typeof p.amountYen !== 'number' || typeof p.unit !== 'string') return NOT_STATED;
      return null;
    }
    case 'coverage':
      return subject.coverage === 'covered' || subject.coverage === 'not_covered' ? null : NOT_STATED;
    case 'staffQualifications':
      return filled(d.staffQualifications) ? null : NOT_STATED;
    case 'liabilityInsurance': {
      const li = d.liabilityInsurance;
      if (!isRecord(li) || typeof li.enrolled !== 'boolean') return NOT_STATED;
      if (li.enrolled && !filled(li.insurer))
        return { ja: '加入している保険会社名が記載されていません。', en: 'The insurer is not named.' };
      return null;
    }
    case 'complaintDesk': {
      const cd = d.complaintDesk;
      if (!isRecord(cd) || !filled(cd.name)) return NOT_STATED;
      if (!filled(cd.phone) && !filled(cd.email))
        return { ja: '窓口の電話番号またはメールアドレスがありません。', en: 'The desk has no phone number or e-mail address.' };
      return null;
    }
    case 'cancellationTerms':
      return filled(d.cancellationTerms) ? null : NOT_STATED;
    case 'effectEvidence': {
      const ec = d.effectClaim;
      if (!isRecord(ec) || typeof ec.claimed !== 'boolean')
        return { ja: '効果をうたうかどうかが記載されていません。', en: 'It does not say whether an effect is claimed.' };
      if (ec.claimed && !filled(ec.evidence))
        return {
          ja: '効果をうたう場合は、その根拠の記載が必要です。',
          en: 'An effect is claimed, so its evidence must be stated.',
        };
      return null;
    }
  }
}

/** The disclosure items a draft still lacks, in DISCLOSURE_ITEMS order (empty = complete). */
export function findMissingDisclosure(subject: DisclosureSubject): MissingDisclosureItem[] {
  const missing: MissingDisclosureItem[] = [];
  for (const item of DISCLOSURE_ITEMS) {
    const reason = check(item.key, subject);
    if (reason)
      missing.push({ key: item.key, labelJa: item.labelJa, labelEn: item.labelEn, path: item.path, reasonJa: reason.ja, reasonEn: reason.en });
  }
  return missing;
}

export function isDisclosureComplete(subject: DisclosureSubject): boolean {
  return findMissingDisclosure(subject).length === 0;
}

/** Whether a draft may be submitted for review: it validates AND its disclosure is complete. */
export interface SubmissionReadiness {
  ready: boolean;
  fieldErrors: FieldError[];
  missingDisclosure: MissingDisclosureItem[];
}

/** Runs validateOffering and findMissingDisclosure on a draft; pass the result to the workflow's submit action. */
export function assessSubmissionReadiness(draft: unknown, ctx: OfferingValidationContext): SubmissionReadiness {
  const validation = validateOffering(draft, ctx);
  const fieldErrors = validation.ok ? [] : validation.errors;
  const missingDisclosure = findMissingDisclosure(isRecord(draft) ? draft : {});
  return { ready: fieldErrors.length === 0 && missingDisclosure.length === 0, fieldErrors, missingDisclosure };
}

/**
 * What a draft still lacks before it may be submitted for review, computed as the operator types:
 * the catalogue's rule (libs/catalogue-domain/src/disclosure, `findMissingDisclosure`), which the
 * API applies on submission and reports as `Offering.missingDisclosure` after every save. The
 * domain module cannot be bundled for the browser as it is (it pulls the validator and the kernel's
 * nationwide municipality list), so this is its browser copy; `spec/disclosure-check.spec.ts`
 * proves the two give the same items, words and order for every combination of filled and empty.
 */
export interface MissingItem {
  key: string;
  labelJa: string;
  labelEn: string;
  path: string;
  reasonJa: string;
  reasonEn: string;
}

export interface DisclosureSubject {
  price?: unknown;
  coverage?: unknown;
  disclosure?: unknown;
}

const ITEMS = [
  { key: 'price', labelJa: '料金', labelEn: 'Price', path: '/price' },
  { key: 'coverage', labelJa: '介護保険の適用', labelEn: 'Long-term care insurance coverage', path: '/coverage' },
  { key: 'staffQualifications', labelJa: 'スタッフの資格', labelEn: 'Staff qualifications', path: '/disclosure/staffQualifications' },
  { key: 'liabilityInsurance', labelJa: '賠償責任保険', labelEn: 'Liability insurance', path: '/disclosure/liabilityInsurance' },
  { key: 'complaintDesk', labelJa: '苦情・相談窓口', labelEn: 'Complaint desk', path: '/disclosure/complaintDesk' },
  { key: 'cancellationTerms', labelJa: 'キャンセル・解約条件', labelEn: 'Cancellation terms', path: '/disclosure/cancellationTerms' },
  { key: 'effectEvidence', labelJa: '効果の根拠', labelEn: 'Evidence of effect', path: '/disclosure/effectClaim' },
] as const;

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const filled = (v: unknown): boolean => typeof v === 'string' && v.trim().length > 0;
const NOT_STATED = { ja: '記載されていません。', en: 'Not stated.' };

function check(key: (typeof ITEMS)[number]['key'], s: DisclosureSubject): { ja: string; en: string } | null {
  const d = isRecord(s.disclosure) ? s.disclosure : {};
  switch (key) {
    case 'price':
      return isRecord(s.price) && typeof s.price.amountYen === 'number' && typeof s.price.unit === 'string' ? null : NOT_STATED;
    case 'coverage':
      return s.coverage === 'covered' || s.coverage === 'not_covered' ? null : NOT_STATED;
    case 'staffQualifications':
      return filled(d.staffQualifications) ? null : NOT_STATED;
    case 'liabilityInsurance': {
      const li = d.liabilityInsurance;
      if (!isRecord(li) || typeof li.enrolled !== 'boolean') return NOT_STATED;
      return li.enrolled && !filled(li.insurer) ? { ja: '加入している保険会社名が記載されていません。', en: 'The insurer is not named.' } : null;
    }
    case 'complaintDesk': {
      const cd = d.complaintDesk;
      if (!isRecord(cd) || !filled(cd.name)) return NOT_STATED;
      return !filled(cd.phone) && !filled(cd.email) ? { ja: '窓口の電話番号またはメールアドレスがありません。', en: 'The desk has no phone number or e-mail address.' } : null;
    }
    case 'cancellationTerms':
      return filled(d.cancellationTerms) ? null : NOT_STATED;
    case 'effectEvidence': {
      const ec = d.effectClaim;
      if (!isRecord(ec) || typeof ec.claimed !== 'boolean') return { ja: '効果をうたうかどうかが記載されていません。', en: 'It does not say whether an effect is claimed.' };
      return ec.claimed && !filled(ec.evidence) ? { ja: '効果をうたう場合は、その根拠の記載が必要です。', en: 'An effect is claimed, so its evidence must be stated.' } : null;
    }
  }
}

/** The disclosure items the draft still lacks, in the catalogue's order (empty = complete). */
export function missingDisclosure(subject: DisclosureSubject): MissingItem[] {
  const out: MissingItem[] = [];
  for (const item of ITEMS) {
    const reason = check(item.key, subject);
    if (reason) out.push({ ...item, reasonJa: reason.ja, reasonEn: reason.en });
  }
  return out;
}

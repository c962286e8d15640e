import { label, labelKinds } from '@sanpuku/kernel';
import {
  AGE_BANDS,
  CARE_LEVELS,
  DISTANCE_MODEL,
  FILTER_REASON_CODES,
  HARD_FILTERS,
  type PlacementRule,
  REFERRAL_ACTIONS,
  REFERRAL_REASON_CODES,
  REFERRAL_STATUSES,
  SCORE_PARTS,
} from '@sanpuku/matching-domain';
import { CONSENT_GIVERS, CONSENT_METHODS, CONSENT_PURPOSES, DISCLOSURE_ITEMS, SUMMARY_ITEMS } from '@sanpuku/matching-domain';
import { ERASURE_KINDS, ERASURE_REASONS } from '../privacy/erasure.policy';
import { CARE_LEVEL_BANDS, LIVING_SITUATIONS, REQUEST_STATUSES } from '@sanpuku/matching-domain';

// Every code list matching returns, with the kernel kind that must give it words. A code added in
// the domain without words fails here (the service's label lookup would otherwise fall back).
const PLACEMENT_RULES: Record<PlacementRule, true> = { only_member_of_band: true, least_exposed: true, hash_tiebreak: true, id_tiebreak: true, last_remaining_in_band: true };
const CODE_LISTS: [string, readonly string[]][] = [
  ['AgeBand', AGE_BANDS],
  ['CareLevel', CARE_LEVELS],
  ['CareLevelBand', CARE_LEVEL_BANDS],
  ['LivingSituation', LIVING_SITUATIONS],
  ['HelpRequestStatus', REQUEST_STATUSES],
  ['ConsentGiver', CONSENT_GIVERS],
  ['ConsentPurpose', CONSENT_PURPOSES],
  ['ConsentMethod', CONSENT_METHODS],
  ['ConsentDataItem', DISCLOSURE_ITEMS],
  ['ReferralStatus', REFERRAL_STATUSES],
  ['ReferralAction', [...REFERRAL_ACTIONS, 'create']],
  ['ReferralActorKind', ['requester', 'operator', 'system']],
  ['ReferralReasonCode', REFERRAL_REASON_CODES],
  ['MatchingFilter', HARD_FILTERS],
  ['FilterEffect', ['hard', 'informational']],
  ['FilterReasonCode', FILTER_REASON_CODES],
  ['ScorePart', SCORE_PARTS],
  ['PlacementRule', Object.keys(PLACEMENT_RULES)],
  ['RequestNoticeKind', ['referral_expired', 'referral_rejected', 'referral_failed', 'recorded_as_unmet', 'rematched']],
  ['UnmetReason', ['no_eligible_candidate', 'need_not_covered', 'referrals_unsuccessful']],
  ['ProvisionStage', ['pseudonymous_summary', 'identified_details']],
  ['AccessVia', ['referral_details', 'request_senior']],
  ['SummaryItem', SUMMARY_ITEMS],
  ['ErasureReason', ERASURE_REASONS],
  ['ErasureKind', ERASURE_KINDS],
];

describe('labels.every-matching-code-has-words', () => {
  it('DistanceModel (a shared kernel kind): the model matching measures with has its words', () => {
    const l = label('DistanceModel', DISTANCE_MODEL);
    expect([l.ja !== DISTANCE_MODEL, l.en !== DISTANCE_MODEL]).toEqual([true, true]);
  });

  it.each(CODE_LISTS)('%s: every code has a Japanese and an English label, and the kind lists no stray code', (kind, codes) => {
    for (const code of codes) {
      const l = label(kind, code);
      expect(l.ja.trim()).not.toBe('');
      expect(l.en.trim()).not.toBe('');
      expect(l.ja).not.toBe(code);
      expect(l.en).not.toBe(code);
    }
    const [k] = labelKinds([kind]);
    expect(k.labels.map((l) => l.code).sort()).toEqual([...new Set(codes)].sort());
    expect(k.descriptionJa && k.descriptionEn).toBeTruthy();
  });

  it('the GraphQL enums matching declares are labelled by kinds of the same name', () => {
    expect(labelKinds(['HelpRequestStatus'])[0].graphqlEnums).toContain('HelpRequestStatus');
    expect(labelKinds(['ReferralStatus'])[0].graphqlEnums).toContain('ReferralStatus');
  });
});

import { canFileRequest, canSeeNeutralityReport, canSeeRequest, inboxVisibility, referralPartyOf, unmetDemandScope } from './access.policy';
import { admin, familyX, ORG_A, operatorA, operatorB, staffChiyoda } from './actors.fixture';

describe('an operator is a party only to referrals to its own organization', () => {
  const referralToA = { organizationId: ORG_A, request: { filedByUserId: familyX.sub, officeId: null, municipalityCode: '13101' } };

  it('operator A is the operator party of a referral to A', () => {
    expect(referralPartyOf(operatorA, referralToA)).toBe('operator');
  });

  it('operator B is no party at all (the referral must look absent)', () => {
    expect(referralPartyOf(operatorB, referralToA)).toBeNull();
    expect(inboxVisibility(operatorB)).toEqual({ kind: 'organization', organizationId: operatorB.organizationId });
  });

  it('an operator never sees requests themselves, cannot file one, nor read neutrality reports', () => {
    expect(canSeeRequest(operatorA, referralToA.request)).toBe(false);
    expect(canFileRequest(operatorA, '13101').allowed).toBe(false);
    expect(canSeeNeutralityReport(operatorA, '13101').allowed).toBe(false);
  });

  it('operators may read unmet-demand aggregates of any municipality', () => {
    expect(unmetDemandScope(operatorA, null)).toEqual({ kind: 'all' });
  });

  it('the requester side (family who filed, staff of the municipality, admin) is the requester party', () => {
    expect(referralPartyOf(familyX, referralToA)).toBe('requester');
    expect(referralPartyOf(staffChiyoda, referralToA)).toBe('requester');
    expect(referralPartyOf(admin, referralToA)).toBe('requester');
  });
});

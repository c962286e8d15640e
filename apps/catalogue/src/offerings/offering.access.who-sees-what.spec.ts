import type { Actor } from '@sanpuku/platform';
import { canViewHistory, canViewOffering } from './offering.access';

const ORG = '6a1f0c2e-4b7d-4e8a-9c3f-1d2e3f4a5b60';
const owner: Actor = { sub: 'a', name: 'a', role: 'operator', organizationId: ORG };
const other: Actor = { sub: 'b', name: 'b', role: 'operator', organizationId: '7b2e1d3f-5c8e-4f9b-8d4a-2e3f4a5b6c71' };
const reviewer: Actor = { sub: 'r', name: 'r', role: 'municipal_staff', municipalityCode: '37201' };
const elsewhere: Actor = { sub: 's', name: 's', role: 'municipal_staff', municipalityCode: '37203' };
const admin: Actor = { sub: 'x', name: 'x', role: 'admin' };
const careManager: Actor = { sub: 'c', name: 'c', role: 'care_manager', officeId: 'o-1' };
const at = (status: string) => ({ status, organizationId: ORG, servedMunicipalityCodes: ['37201', '37386'] });

describe('who sees an offering', () => {
  it('published: everyone, even without a token', () => {
    for (const a of [null, owner, other, reviewer, elsewhere, admin, careManager]) expect(canViewOffering(a, at('published'))).toBe(true);
  });

  it('a draft: its operator and administrators only (reviewers see it once submitted)', () => {
    expect([null, owner, other, reviewer, elsewhere, admin, careManager].map((a) => canViewOffering(a, at('draft')))).toEqual([false, true, false, false, false, true, false]);
    expect([null, owner, other, reviewer, elsewhere, admin, careManager].map((a) => canViewOffering(a, at('submitted')))).toEqual([false, true, false, true, false, true, false]);
  });

  it('the history: operator, reviewers of a served municipality, administrators — never the public', () => {
    expect([null, owner, other, reviewer, elsewhere, admin, careManager].map((a) => canViewHistory(a, at('published')))).toEqual([false, true, false, true, false, true, false]);
  });
});

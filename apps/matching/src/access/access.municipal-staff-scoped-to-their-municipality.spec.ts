import { canFileRequest, canSeeNeutralityReport, canSeeRequest, unmetDemandScope } from './access.policy';
import { familyX, staffChiyoda, staffChuo } from './actors.fixture';

describe('municipal staff act for one municipality', () => {
  const inChiyoda = { filedByUserId: familyX.sub, officeId: null, municipalityCode: '13101' };

  it('see every request in their municipality and none elsewhere', () => {
    expect(canSeeRequest(staffChiyoda, inChiyoda)).toBe(true);
    expect(canSeeRequest(staffChuo, inChiyoda)).toBe(false);
  });

  it('file requests only for their own municipality, with a bilingual reason otherwise', () => {
    expect(canFileRequest(staffChiyoda, '13101')).toEqual({ allowed: true });
    const d = canFileRequest(staffChiyoda, '13102');
    expect(d.allowed).toBe(false);
    expect(d).toMatchObject({ en: expect.stringContaining('13101'), ja: expect.stringContaining('所属市区町村') });
  });

  it('see the neutrality report and unmet demand of their municipality only', () => {
    expect(canSeeNeutralityReport(staffChiyoda, '13101').allowed).toBe(true);
    expect(canSeeNeutralityReport(staffChiyoda, '13102').allowed).toBe(false);
    expect(unmetDemandScope(staffChiyoda, null)).toEqual({ kind: 'municipality', municipalityCode: '13101' });
    expect(unmetDemandScope(staffChiyoda, '13102')).toMatchObject({ allowed: false });
  });
});

import { evaluateHardFilters } from '@sanpuku/matching-domain';
import { aRequest, anOffering, outcomeOf } from './testing/matching.fixtures';

describe('municipality service area: matched by 5-digit JIS code, not by location', () => {
  const offering = anOffering({ serviceArea: { kind: 'municipalities', codes: ['13101', '13102'] } });

  it('passes when the senior lives in a listed municipality, even without a location', () => {
    const ev = evaluateHardFilters(aRequest({ municipalityCode: '13102', location: null }), offering);
    expect(outcomeOf(ev, 'service_area')).toMatchObject({ passed: true, code: 'area_municipality_listed' });
  });

  it('fails when the municipality is not listed, even if the point is next door', () => {
    const ev = evaluateHardFilters(aRequest({ municipalityCode: '13103' }), offering);
    const o = outcomeOf(ev, 'service_area');
    expect(o).toMatchObject({ passed: false, code: 'area_municipality_not_listed' });
    expect(o.ja).toBe('お住まいの市区町村は提供地域外です');
    expect(o.en).toBe("The senior's municipality is outside the service area");
    expect(o.detail).toMatchObject({ municipalityCode: '13103' });
  });
});

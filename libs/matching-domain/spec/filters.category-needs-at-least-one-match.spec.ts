import { evaluateHardFilters } from '@sanpuku/matching-domain';
import { aRequest, anOffering, outcomeOf } from './matching.fixtures';

describe('category filter: the offering must cover at least one of the needs', () => {
  it('passes when one of two needs is covered and names the matched category', () => {
    const ev = evaluateHardFilters(
      aRequest({ needs: ['meal_delivery', 'monitoring_emergency'] }),
      anOffering({ categories: ['monitoring_emergency', 'housework'] }),
    );
    const o = outcomeOf(ev, 'category');
    expect(o).toMatchObject({ passed: true, code: 'category_match', detail: { matched: ['monitoring_emergency'] } });
    expect(o.ja).toContain('monitoring_emergency');
    expect(ev.passed).toBe(true);
  });

  it('fails with category_no_match when none is covered, and the offering is excluded', () => {
    const ev = evaluateHardFilters(aRequest({ needs: ['mobility'] }), anOffering({ categories: ['meal_delivery'] }));
    expect(outcomeOf(ev, 'category')).toMatchObject({ passed: false, code: 'category_no_match' });
    expect(ev.passed).toBe(false);
    expect(ev.failed.map((f) => f.code)).toEqual(['category_no_match']);
  });
});

import { evaluateHardFilters } from '@sanpuku/matching-domain';
import { aRequest, anOffering, outcomeOf } from './testing/matching.fixtures';

describe('category filter: the offering must cover at least one of the needs', () => {
  it('passes when one of two needs is covered and says how many, in words (the codes stay in detail)', () => {
    const ev = evaluateHardFilters(
      aRequest({ needs: ['meal_delivery', 'monitoring_emergency'] }),
      anOffering({ categories: ['monitoring_emergency', 'housework'] }),
    );
    const o = outcomeOf(ev, 'category');
    expect(o).toMatchObject({ passed: true, code: 'category_match', detail: { matched: ['monitoring_emergency'] } });
    expect(o.ja).toBe('ご希望の2分野のうち1分野に対応しています');
    expect(o.en).toBe('Covers 1 of the 2 requested categories');
    expect(`${o.ja} ${o.en}`).not.toContain('monitoring_emergency');
    expect(ev.passed).toBe(true);
  });

  it('fails with category_no_match when none is covered, and the offering is excluded', () => {
    const ev = evaluateHardFilters(aRequest({ needs: ['mobility'] }), anOffering({ categories: ['meal_delivery'] }));
    expect(outcomeOf(ev, 'category')).toMatchObject({ passed: false, code: 'category_no_match' });
    expect(ev.passed).toBe(false);
    expect(ev.failed.map((f) => f.code)).toEqual(['category_no_match']);
  });
});

import { DEFAULT_MATCHING_CONFIG, scoreOffering } from '@sanpuku/matching-domain';
import { aRequest, anOffering, NOW } from './testing/matching.fixtures';

describe('price part: within budget = full value; over budget falls linearly to 0', () => {
  const cfg = DEFAULT_MATCHING_CONFIG.scoring; // value 0 at 150 % of budget
  const price = (priceYen: number, budgetYen: number | null, priceUnit: 'per_visit' | 'free' = 'per_visit') =>
    scoreOffering(aRequest({ preferences: { budgetYen } }), anOffering({ priceYen, priceUnit }), NOW, cfg).parts.find(
      (p) => p.part === 'price',
    )!;

  it('cheaper within budget is NOT ranked above dearer within budget', () => {
    expect(price(300, 1000).value).toBe(1);
    expect(price(1000, 1000).value).toBe(1);
    expect(price(1000, 1000).detail.withinBudget).toBe(true); // exactly on budget is within
  });

  it('over budget decays: 125 % → 0.5, 150 % → 0, 200 % → 0', () => {
    expect(price(1250, 1000).value).toBeCloseTo(0.5, 12);
    expect(price(1500, 1000).value).toBe(0);
    expect(price(2000, 1000).value).toBe(0);
    expect(price(1250, 1000).detail.withinBudget).toBe(false);
  });

  it('no budget given: every price gets the same value', () => {
    expect(price(300, null).value).toBe(price(9000, null).value);
  });

  it('free is always full value', () => {
    expect(price(0, 0, 'free').value).toBe(1);
  });
});

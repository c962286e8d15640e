import { DEFAULT_MATCHING_CONFIG, scoreOffering } from '@sanpuku/matching-domain';
import { aRequest, anOffering, NOW } from './testing/matching.fixtures';

describe('needs-coverage part: share of the request’s needs this one offering covers', () => {
  const needs = ['meal_delivery', 'monitoring_emergency', 'housework'];
  const share = (categories: string[]) =>
    scoreOffering(aRequest({ needs }), anOffering({ categories }), NOW, DEFAULT_MATCHING_CONFIG.scoring).parts.find(
      (p) => p.part === 'needs_coverage',
    )!.value;

  it.each([
    [['meal_delivery'], 1 / 3],
    [['meal_delivery', 'housework'], 2 / 3],
    [['meal_delivery', 'housework', 'monitoring_emergency', 'mobility'], 1],
  ])('%j covers %d', (categories, expected) => {
    expect(share(categories)).toBeCloseTo(expected, 12);
  });
});

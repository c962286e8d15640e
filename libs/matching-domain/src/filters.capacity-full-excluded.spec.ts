import { evaluateHardFilters } from '@sanpuku/matching-domain';
import { aRequest, anOffering, outcomeOf } from './testing/matching.fixtures';

describe('capacity: full is excluded, waitlist is kept and said so', () => {
  it.each([
    ['available', true, 'capacity_available'],
    ['waitlist', true, 'capacity_waitlist'],
    ['full', false, 'capacity_full'],
  ] as const)('%s → passed=%s (%s)', (capacity, passed, code) => {
    const ev = evaluateHardFilters(aRequest(), anOffering({ capacity }));
    expect(outcomeOf(ev, 'capacity')).toMatchObject({ passed, code });
    expect(ev.passed).toBe(passed);
  });
});

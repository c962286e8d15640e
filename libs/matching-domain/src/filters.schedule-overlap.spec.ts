import { evaluateHardFilters } from '@sanpuku/matching-domain';
import { aRequest, anOffering, outcomeOf } from './testing/matching.fixtures';

describe('schedule: preferred days must overlap the offering days', () => {
  const weekdays = anOffering({ days: [1, 2, 3, 4, 5] });

  it('no preferred days: passes', () => {
    const o = outcomeOf(evaluateHardFilters(aRequest(), weekdays), 'schedule');
    expect(o).toMatchObject({ passed: true, code: 'schedule_no_preference' });
  });

  it('Saturday + Wednesday vs weekdays: passes on the overlap (Wed)', () => {
    const o = outcomeOf(evaluateHardFilters(aRequest({ preferences: { preferredDays: [6, 3] } }), weekdays), 'schedule');
    expect(o).toMatchObject({ passed: true, code: 'schedule_overlap', detail: { overlap: [3] } });
    expect(o.ja).toContain('水');
  });

  it('weekend only vs weekdays: fails', () => {
    const o = outcomeOf(evaluateHardFilters(aRequest({ preferences: { preferredDays: [0, 6] } }), weekdays), 'schedule');
    expect(o).toMatchObject({ passed: false, code: 'schedule_no_overlap' });
    expect(o.ja).toContain('日・土');
  });

  it('an offering without fixed days (by arrangement) passes', () => {
    const o = outcomeOf(
      evaluateHardFilters(aRequest({ preferences: { preferredDays: [0] } }), anOffering({ days: [] })),
      'schedule',
    );
    expect(o).toMatchObject({ passed: true, code: 'schedule_by_arrangement' });
  });
});

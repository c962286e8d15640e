import { validateOffering, type FieldError } from '../index';
import { CONTEXT, validOfferingInput } from '../testing/offering.fixtures';

function errorsFor(schedule: unknown): Array<Pick<FieldError, 'path' | 'code'>> {
  const input = validOfferingInput();
  input.schedule = schedule;
  const result = validateOffering(input, CONTEXT);
  return result.ok ? [] : result.errors.map(({ path, code }) => ({ path, code }));
}

describe('schedule slots', () => {
  it('must close after they open (an overnight slot is split in two)', () => {
    expect(errorsFor([{ day: 1, opensAt: '22:00', closesAt: '06:00' }])).toEqual([{ path: '/schedule/0/closesAt', code: 'schedule_end_not_after_start' }]);
    expect(errorsFor([{ day: 1, opensAt: '09:00', closesAt: '09:00' }])).toEqual([{ path: '/schedule/0/closesAt', code: 'schedule_end_not_after_start' }]);
    expect(errorsFor([{ day: 1, opensAt: '22:00', closesAt: '23:59' }, { day: 2, opensAt: '00:00', closesAt: '06:00' }])).toEqual([]);
  });

  it('use days 0–6 and HH:MM times', () => {
    expect(errorsFor([{ day: 7, opensAt: '9:00', closesAt: '24:00' }])).toEqual([
      { path: '/schedule/0/day', code: 'day_invalid' },
      { path: '/schedule/0/opensAt', code: 'time_invalid' },
      { path: '/schedule/0/closesAt', code: 'time_invalid' },
    ]);
  });

  it('may not overlap on the same day', () => {
    expect(
      errorsFor([
        { day: 2, opensAt: '09:00', closesAt: '12:00' },
        { day: 2, opensAt: '11:30', closesAt: '15:00' },
        { day: 3, opensAt: '11:30', closesAt: '15:00' },
        { day: 2, opensAt: '12:00', closesAt: '13:00' },
      ]),
    ).toEqual([{ path: '/schedule/1', code: 'schedule_overlap' }, { path: '/schedule/3', code: 'schedule_overlap' }]);
  });
});

import { japanDateTime, japanDay } from '@sanpuku/matching-domain';

describe('sentences.dates-read-as-japan-time: dates a person reads are Japan time in words, never ISO', () => {
  it('a UTC instant late in the day is already the next day in Japan', () => {
    expect(japanDateTime(new Date('2026-12-01T23:02:00Z'))).toEqual({ ja: '2026年12月2日 8:02', en: '2 Dec 2026, 08:02 JST' });
    expect(japanDay('2026-06-30T15:00:00Z')).toEqual({ ja: '2026年7月1日', en: '1 Jul 2026' });
  });

  it('an offset string is read as the instant it names', () => {
    expect(japanDateTime('2026-11-01T09:00:00+09:00').ja).toBe('2026年11月1日 9:00');
  });

  it('an unreadable value is said so, not shown raw', () => {
    expect(japanDateTime('not a date')).toEqual({ ja: '日時不明', en: 'unknown time' });
  });
});

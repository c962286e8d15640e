import { formBands } from '@sanpuku/matching-domain';

const c = (scores: number[]) => scores.map((score, i) => ({ offeringId: `o${i}`, score }));
const members = (scores: number[], width: number) => formBands(c(scores), width).map((b) => b.memberIds);

describe('bands are anchored on their leader, never chained, and never split ties', () => {
  it('90, 87, 84, 81 with width 3 → [90, 87] [84, 81] (chaining would make one band)', () => {
    expect(members([90, 87, 84, 81], 3)).toEqual([['o0', 'o1'], ['o2', 'o3']]);
  });

  it('the band bound is inclusive: 90 and 85 share a band at width 5', () => {
    expect(members([90, 85], 5)).toEqual([['o0', 'o1']]);
  });

  it('equal scores are never split across bands', () => {
    expect(members([90, 84.99, 84.99, 80], 5)).toEqual([['o0'], ['o1', 'o2', 'o3']]);
  });

  it('width 0 groups exact ties only', () => {
    expect(members([70, 70, 69.99], 0)).toEqual([['o0', 'o1'], ['o2']]);
  });

  it('band records leader, lowest and threshold', () => {
    expect(formBands(c([88, 86.5, 70]), 5)[0]).toMatchObject({ id: 'b1', leaderScore: 88, lowestScore: 86.5, threshold: 83 });
  });
});

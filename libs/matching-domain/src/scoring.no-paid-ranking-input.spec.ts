import { buildShortlist, type OfferingReadModel } from '@sanpuku/matching-domain';
import { aRequest, anOffering, NOW } from './testing/matching.fixtures';

describe('there is no paid ranking input', () => {
  it('fields like sponsorship on the read model change nothing', () => {
    const plain = anOffering({ id: 'a', organizationId: 'org-a' });
    const sponsored = { ...plain, sponsored: true, adBudgetYen: 1_000_000, priority: 99 } as OfferingReadModel;
    const run = (o: OfferingReadModel) =>
      buildShortlist({ request: aRequest(), offerings: [o], exposureState: null, rotationKey: 'k', now: NOW });
    const a = run(plain);
    const b = run(sponsored);
    expect(b.entries[0].score).toBe(a.entries[0].score);
    expect(b.entries[0].explanation).toEqual(a.entries[0].explanation);
  });

  it('the organisation id does not affect the score', () => {
    const run = (organizationId: string) =>
      buildShortlist({
        request: aRequest(),
        offerings: [anOffering({ organizationId })],
        exposureState: null,
        rotationKey: 'k',
        now: NOW,
      }).entries[0].score;
    expect(run('big-chain')).toBe(run('small-npo'));
  });
});

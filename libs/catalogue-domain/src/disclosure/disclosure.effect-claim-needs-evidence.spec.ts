import { findMissingDisclosure } from '../index';
import { validOfferingInput } from '../testing/offering.fixtures';

describe('claiming an effect', () => {
  it('without evidence leaves the evidence item missing', () => {
    const draft = validOfferingInput();
    draft.disclosure.effectClaim = { claimed: true, claim: '週2回の利用で歩行速度が改善します', evidence: null, evidenceUrl: null };
    expect(findMissingDisclosure(draft)).toEqual([
      {
        key: 'effectEvidence',
        labelJa: '効果の根拠',
        labelEn: 'Evidence of effect',
        path: '/disclosure/effectClaim',
        reasonJa: '効果をうたう場合は、その根拠の記載が必要です。',
        reasonEn: 'An effect is claimed, so its evidence must be stated.',
      },
    ]);
  });

  it('with evidence is complete', () => {
    const draft = validOfferingInput();
    draft.disclosure.effectClaim = {
      claimed: true,
      claim: '週2回の利用で歩行速度が改善します',
      evidence: '2025年に利用者42名で実施した12週間の前後比較（平均+0.1m/秒）',
      evidenceUrl: 'https://example.jp/report.pdf',
    };
    expect(findMissingDisclosure(draft)).toEqual([]);
  });

  it('not claiming any effect needs no evidence, but silence about it is missing', () => {
    const none = validOfferingInput();
    none.disclosure.effectClaim = { claimed: false };
    expect(findMissingDisclosure(none)).toEqual([]);
    const silent = validOfferingInput();
    silent.disclosure.effectClaim = null;
    expect(findMissingDisclosure(silent).map((m) => m.key)).toEqual(['effectEvidence']);
  });
});

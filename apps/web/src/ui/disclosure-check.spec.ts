/** The editor's live checklist says exactly what the catalogue's domain rule says (the API refuses a submission by it). */
import { findMissingDisclosure } from '@sanpuku/catalogue-domain';
import { missingDisclosure } from './disclosure-check';

describe('the editor’s live disclosure checklist', () => {
  it('agrees with libs/catalogue-domain on every combination of stated, blank and half-stated items', () => {
    const prices = [undefined, null, { amountYen: 0, unit: 'free' }, { amountYen: 650 }, { unit: 'per_visit' }, { amountYen: 650, unit: 'per_visit' }];
    const coverages = [undefined, 'covered', 'not_covered', 'any'];
    const texts = [undefined, '', '   ', '管理栄養士'];
    const insurance = [undefined, {}, { enrolled: false }, { enrolled: true }, { enrolled: true, insurer: ' ' }, { enrolled: true, insurer: 'テスト損保' }];
    const desks = [undefined, { name: '' }, { name: '窓口' }, { name: '窓口', phone: '087-000-0001' }, { name: '窓口', email: 'a@example.jp' }];
    const effects = [undefined, {}, { claimed: false }, { claimed: true }, { claimed: true, evidence: '実証結果' }];
    let n = 0;
    for (const price of prices)
      for (const coverage of coverages)
        for (const text of texts)
          for (const li of insurance)
            for (const cd of desks)
              for (const ec of effects) {
                const subject = { price, coverage, disclosure: { staffQualifications: text, cancellationTerms: n % 2 ? text : '規約どおり', liabilityInsurance: li, complaintDesk: cd, effectClaim: ec } };
                expect([subject, missingDisclosure(subject)]).toEqual([subject, findMissingDisclosure(subject)]);
                n++;
              }
    expect(missingDisclosure({}).map((m) => m.key)).toEqual(['price', 'coverage', 'staffQualifications', 'liabilityInsurance', 'complaintDesk', 'cancellationTerms', 'effectEvidence']);
    expect(missingDisclosure({ disclosure: 'not an object' })).toEqual(findMissingDisclosure({ disclosure: 'not an object' }));
  });
});

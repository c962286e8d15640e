import { DISCLOSURE_ITEMS, findMissingDisclosure, isDisclosureComplete } from '../index';
import { validOfferingInput } from '../testing/offering.fixtures';

describe('an empty draft', () => {
  it('misses all seven common disclosure items, each with ja/en labels', () => {
    const missing = findMissingDisclosure({});
    expect(missing.map((m) => m.key)).toEqual([
      'price',
      'coverage',
      'staffQualifications',
      'liabilityInsurance',
      'complaintDesk',
      'cancellationTerms',
      'effectEvidence',
    ]);
    expect(missing.map((m) => m.key)).toEqual(DISCLOSURE_ITEMS.map((d) => d.key));
    for (const m of missing) {
      expect(m.labelJa).not.toBe('');
      expect(m.labelEn).not.toBe('');
    }
    expect(isDisclosureComplete({})).toBe(false);
  });

  it('partial answers are still missing: insurer unnamed, desk without phone or e-mail, blank text', () => {
    const draft = validOfferingInput();
    draft.disclosure.liabilityInsurance = { enrolled: true, insurer: ' ', coverageSummary: null };
    draft.disclosure.complaintDesk = { name: '相談窓口', phone: null, email: null };
    draft.disclosure.staffQualifications = '   ';
    expect(findMissingDisclosure(draft).map((m) => [m.key, m.reasonEn])).toEqual([
      ['staffQualifications', 'Not stated.'],
      ['liabilityInsurance', 'The insurer is not named.'],
      ['complaintDesk', 'The desk has no phone number or e-mail address.'],
    ]);
  });

  it('stating that the operator is not insured counts as disclosed', () => {
    const draft = validOfferingInput();
    draft.disclosure.liabilityInsurance = { enrolled: false };
    expect(isDisclosureComplete(draft)).toBe(true);
  });
});

import { validateOffering } from '../index';
import { CONTEXT, validOfferingInput } from '../testing/offering.fixtures';

describe('a valid draft', () => {
  it('is accepted and returned in canonical form', () => {
    const input = validOfferingInput();
    input.name = '  やまびこ配食サービス  ';
    input.languages = ['JA', 'zh-hant', 'pt-br'];
    delete input.otherCosts;
    delete input.description;
    const result = validateOffering(input, CONTEXT);
    if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
    expect(result.value.name).toBe('やまびこ配食サービス');
    expect(result.value.languages).toEqual(['ja', 'zh-Hant', 'pt-BR']);
    expect(result.value.otherCosts).toEqual([]);
    expect(result.value.description).toBeNull();
    // schedule sorted by day (Mon, Wed, Fri)
    expect(result.value.schedule.map((s) => s.day)).toEqual([1, 3, 5]);
  });

  it('keeps the drafted values it does not canonicalise', () => {
    const result = validateOffering(validOfferingInput(), CONTEXT);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.price).toEqual({ amountYen: 650, unit: 'per_visit' });
      expect(result.value.serviceArea).toEqual({ kind: 'municipalities', codes: ['15224'] });
      expect(result.value.disclosure.effectClaim).toEqual({ claimed: false });
    }
  });
});

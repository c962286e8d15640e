import { validateOffering, type FieldError } from '../index';
import { CONTEXT, validOfferingInput } from '../testing/offering.fixtures';

function errorsFor(price: unknown): FieldError[] {
  const input = validOfferingInput();
  input.price = price;
  const result = validateOffering(input, CONTEXT);
  return result.ok ? [] : result.errors;
}

describe('prices are whole, non-negative yen', () => {
  it('rejects a negative amount', () => {
    expect(errorsFor({ amountYen: -500, unit: 'per_visit' })).toEqual([
      expect.objectContaining({ path: '/price/amountYen', code: 'price_negative' }),
    ]);
  });

  it('rejects fractional yen', () => {
    expect(errorsFor({ amountYen: 650.5, unit: 'per_visit' })).toEqual([
      expect.objectContaining({ path: '/price/amountYen', code: 'price_not_integer', messageEn: 'The amount must be whole yen.' }),
    ]);
  });

  it('reports both problems of a negative fractional amount', () => {
    expect(errorsFor({ amountYen: -0.5, unit: 'per_hour' }).map((e) => e.code).sort()).toEqual(['price_negative', 'price_not_integer']);
  });

  it('rejects an amount given as text, and a missing amount as required', () => {
    expect(errorsFor({ amountYen: '650', unit: 'per_visit' })).toEqual([expect.objectContaining({ code: 'price_not_number' })]);
    expect(errorsFor({ unit: 'per_visit' })).toEqual([expect.objectContaining({ path: '/price/amountYen', code: 'required' })]);
  });

  it('rejects a unit outside per_hour/per_visit/per_month/free', () => {
    expect(errorsFor({ amountYen: 650, unit: 'per_day' })).toEqual([
      expect.objectContaining({ path: '/price/unit', code: 'price_unit_invalid' }),
    ]);
  });

  it('applies the same rules to additional costs', () => {
    const input = validOfferingInput();
    input.otherCosts = [{ label: '交通費', amountYen: -100, unit: 'per_visit' }];
    const result = validateOffering(input, CONTEXT);
    expect(result).toMatchObject({ ok: false, errors: [{ path: '/otherCosts/0/amountYen', code: 'price_negative' }] });
  });
});

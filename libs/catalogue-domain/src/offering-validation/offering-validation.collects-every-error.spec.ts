import { validateOffering } from '../index';
import { CONTEXT } from '../testing/offering.fixtures';

describe('validating an almost empty draft', () => {
  it('returns every missing field at once, as JSON Pointers, with ja and en messages', () => {
    const result = validateOffering({ name: '訪問理美容', price: { amountYen: -1 } }, CONTEXT);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => `${e.path} ${e.code}`)).toEqual([
      '/id required',
      '/organizationId required',
      '/categories required',
      '/price/amountYen price_negative',
      '/price/unit required',
      '/coverage required',
      '/eligibility required',
      '/capacity required',
      '/detailsConfirmedAt required',
      '/languages required',
      '/serviceArea required',
    ]);
    for (const e of result.errors) {
      expect(e.messageJa).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      expect(e.messageEn).toMatch(/[A-Za-z]/);
    }
  });

  it('rejects a non-object at the root', () => {
    expect(validateOffering('offering', CONTEXT)).toMatchObject({ ok: false, errors: [{ path: '', code: 'invalid_type' }] });
  });
});

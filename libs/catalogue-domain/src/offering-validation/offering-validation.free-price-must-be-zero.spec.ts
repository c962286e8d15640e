import { validateOffering } from '../index';
import { CONTEXT, validOfferingInput } from '../testing/offering.fixtures';

describe('a free offering', () => {
  it('must state 0 yen', () => {
    const input = validOfferingInput();
    input.price = { amountYen: 300, unit: 'free' };
    expect(validateOffering(input, CONTEXT)).toMatchObject({
      ok: false,
      errors: [{ path: '/price/amountYen', code: 'price_free_must_be_zero', messageJa: '「無料」の場合、金額は0円にしてください。' }],
    });
  });

  it('is valid with 0 yen', () => {
    const input = validOfferingInput();
    input.price = { amountYen: 0, unit: 'free' };
    expect(validateOffering(input, CONTEXT).ok).toBe(true);
  });
});

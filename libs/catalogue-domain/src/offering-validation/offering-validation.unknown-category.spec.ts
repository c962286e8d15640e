import { validateOffering } from '../index';
import { CONTEXT, validOfferingInput } from '../testing/offering.fixtures';

describe('category codes come from the taxonomy passed in', () => {
  it('rejects a code that is not in the set, naming it in both languages', () => {
    const input = validOfferingInput();
    input.categories = ['meal_delivery', 'massage'];
    const result = validateOffering(input, CONTEXT);
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: '/categories/1',
          code: 'category_unknown',
          messageJa: 'この分類は分類表にありません。分類表から選んでください。',
          messageEn: 'This category is not in the taxonomy; choose one from it.',
        },
      ],
    });
  });

  it('accepts the same code once the taxonomy contains it (data, not an enum)', () => {
    const input = validOfferingInput();
    input.categories = ['massage'];
    const result = validateOffering(input, { categoryCodes: new Set(['massage']) });
    expect(result.ok).toBe(true);
  });

  it('rejects an empty list and duplicates', () => {
    const empty = validOfferingInput();
    empty.categories = [];
    expect(validateOffering(empty, CONTEXT)).toMatchObject({ ok: false, errors: [{ path: '/categories', code: 'categories_empty' }] });
    const dup = validOfferingInput();
    dup.categories = ['exercise', 'exercise'];
    expect(validateOffering(dup, CONTEXT)).toMatchObject({ ok: false, errors: [{ path: '/categories/1', code: 'category_duplicate' }] });
  });
});

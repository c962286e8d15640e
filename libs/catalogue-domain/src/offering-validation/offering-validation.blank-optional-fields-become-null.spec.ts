import { validateOffering } from '../index';
import { CONTEXT, validOfferingInput } from '../testing/offering.fixtures';

describe('blank optional fields from a form', () => {
  it('become null instead of errors', () => {
    const input = validOfferingInput();
    input.description = '   ';
    input.disclosure.cancellationTerms = '';
    input.disclosure.complaintDesk = { name: 'お客様相談窓口', phone: '0259-00-0000', email: '' };
    const result = validateOffering(input, CONTEXT);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.description).toBeNull();
    expect(result.value.disclosure.cancellationTerms).toBeNull();
    expect(result.value.disclosure.complaintDesk).toEqual({ name: 'お客様相談窓口', phone: '0259-00-0000', email: null });
  });

  it('a blank required field is still an error', () => {
    const input = validOfferingInput();
    input.name = ' ';
    expect(validateOffering(input, CONTEXT)).toMatchObject({ ok: false, errors: [{ path: '/name', code: 'text_empty' }] });
  });

  it('a malformed optional value is an error, not silently dropped', () => {
    const input = validOfferingInput();
    input.disclosure.complaintDesk = { name: '窓口', phone: '123', email: 'not-an-address' };
    expect(validateOffering(input, CONTEXT)).toMatchObject({
      ok: false,
      errors: [
        { path: '/disclosure/complaintDesk/phone', code: 'phone_invalid' },
        { path: '/disclosure/complaintDesk/email', code: 'email_invalid' },
      ],
    });
  });
});

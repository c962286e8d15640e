import { corporateNumberFromBase } from '@sanpuku/catalogue-domain';
import { validateOrganizationInput } from './organization.validation';

const ID = '6a1f0c2e-4b7d-4e8a-9c3f-1d2e3f4a5b60';

describe('an organization input', () => {
  it('accepts a 法人番号 typed with full-width digits and hyphens, normalised to 13 digits', () => {
    const valid = corporateNumberFromBase('700110005901');
    const typed = valid.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/^(.)(.{4})(.{4})/, '$1-$2-$3');
    const r = validateOrganizationInput(ID, { name: '株式会社テスト', corporateNumber: typed, complaintDesk: { name: '窓口', email: 'a@example.jp' } });
    expect(r.ok && r.organization.corporateNumber).toBe(valid);
    expect(r.ok && r.complaintDesk).toEqual({ name: '窓口', phone: null, email: 'a@example.jp' });
  });

  it('reports a wrong check digit, a blank name and a desk nobody can reach, all at once', () => {
    const valid = corporateNumberFromBase('700110005901');
    const wrong = String((Number(valid[0]) % 9) + 1) + valid.slice(1);
    const r = validateOrganizationInput(ID, { name: ' ', corporateNumber: wrong, complaintDesk: { name: '窓口', phone: '12' } });
    expect(r.ok ? [] : r.errors.map((e) => `${e.path} ${e.code}`)).toEqual([
      '/name text_empty',
      '/corporateNumber corporate_number_invalid',
      '/complaintDesk/phone phone_invalid',
    ]);
  });

  it('an operator without a corporate number (任意団体) is fine', () => {
    expect(validateOrganizationInput(ID, { name: '地域の助け合いの会', corporateNumber: null }).ok).toBe(true);
  });
});

import { validateOrganization } from '../index';

const base = {
  id: '5d0c8f0e-6b1a-4f43-9a57-2f6f2d8d1a10',
  name: '株式会社やまびこフーズ',
  alternateName: '',
  description: '',
  corporateNumber: '７０００－０１２０－５０００２',
  website: 'https://yamabiko.example.jp/',
  email: '',
  phone: '０２５９－００－１１１１',
};

describe('an operator organization', () => {
  it('normalises its corporate number and turns blank optional fields into null', () => {
    const r = validateOrganization(base);
    expect(r).toEqual({
      ok: true,
      value: {
        ...base,
        alternateName: null,
        corporateNumber: '7000012050002',
        email: null,
        phone: '0259-00-1111',
      },
    });
  });

  it('may have no corporate number (sole proprietors, 任意団体)', () => {
    expect(validateOrganization({ ...base, corporateNumber: null }).ok).toBe(true);
  });

  it('reports a wrong check digit in ja and en at /corporateNumber', () => {
    expect(validateOrganization({ ...base, corporateNumber: '1000012050002' })).toEqual({
      ok: false,
      errors: [
        {
          path: '/corporateNumber',
          code: 'corporate_number_invalid',
          messageJa: '法人番号が正しくありません: 法人番号のチェックディジット（先頭の数字）が正しくありません。番号をご確認ください。',
          messageEn: 'Invalid corporate number: The check digit (first digit) of the corporate number does not match; please check the number.',
        },
      ],
    });
  });

  it('rejects a non-http website and a malformed phone number', () => {
    const r = validateOrganization({ ...base, website: 'ftp://yamabiko.example.jp', phone: '1234' });
    expect(r.ok ? [] : r.errors.map((e) => `${e.path} ${e.code}`)).toEqual(['/website url_invalid', '/phone phone_invalid']);
  });
});

import { canSeeRequest, requestVisibility } from './access.policy';
import { careManagerOffice1, familyX, familyY } from './actors.fixture';

describe('a family user sees only the requests they filed', () => {
  const filedByX = { filedByUserId: familyX.sub, officeId: null, municipalityCode: '13101' };

  it('family X sees the request X filed', () => {
    expect(canSeeRequest(familyX, filedByX)).toBe(true);
  });

  it('family Y does not see X’s request, even in the same municipality', () => {
    expect(canSeeRequest(familyY, filedByX)).toBe(false);
  });

  it('the list filter is "filed by me"', () => {
    expect(requestVisibility(familyY)).toEqual({ kind: 'filed_by', userId: 'family-y' });
  });

  it('a care manager does not see a family-filed request (no office attached)', () => {
    expect(canSeeRequest(careManagerOffice1, filedByX)).toBe(false);
  });
});

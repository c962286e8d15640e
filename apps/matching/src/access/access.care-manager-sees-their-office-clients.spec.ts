import { accessFactsForNewRequest, canSeeRequest, requestVisibility } from './access.policy';
import { careManagerOffice1, careManagerOffice2, familyX } from './actors.fixture';

describe('a care manager sees the requests of their office’s clients', () => {
  const filed = accessFactsForNewRequest(careManagerOffice1, '13101');

  it('a request filed by a care manager carries their office', () => {
    expect(filed).toEqual({ filedByUserId: 'cm-1', officeId: 'office-1', municipalityCode: '13101' });
  });

  it('a colleague of the same office sees it', () => {
    expect(canSeeRequest({ ...careManagerOffice1, sub: 'cm-1b' }, filed)).toBe(true);
  });

  it('a care manager of another office does not', () => {
    expect(canSeeRequest(careManagerOffice2, filed)).toBe(false);
    expect(requestVisibility(careManagerOffice2)).toEqual({ kind: 'office', officeId: 'office-2' });
  });

  it('a request filed by a family member carries no office', () => {
    expect(accessFactsForNewRequest(familyX, '13101').officeId).toBeNull();
  });
});

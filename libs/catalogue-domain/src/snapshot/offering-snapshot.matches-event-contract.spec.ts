import { OfferingPublishedV1 } from '@sanpuku/contracts';
import { toOfferingSnapshotFacts } from '../index';
import { catalogueFixture } from '../testing/catalogue.fixtures';

describe('an offering mapped to the published-event snapshot', () => {
  const [meals, escort, salon] = catalogueFixture().offerings;
  const ref = { offeringId: meals.id, organizationId: meals.organizationId, version: 1, organizationName: '株式会社やまびこフーズ' };

  it('parses with the real event schema for every service-area kind', () => {
    for (const o of [meals, escort, salon]) {
      const parsed = OfferingPublishedV1.schema.safeParse({ ...ref, offeringId: o.id, ...toOfferingSnapshotFacts(o) });
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    }
  });

  it('translates the model where the contract differs', () => {
    expect(toOfferingSnapshotFacts(meals)).toMatchObject({ eligibleCareLevels: [], days: [1, 3, 5, 6], base: meals.base });
    expect(toOfferingSnapshotFacts(escort)).toMatchObject({
      eligibleCareLevels: ['care_1', 'care_2', 'care_3', 'care_4', 'care_5'],
      serviceArea: { kind: 'radius', lat: 38.084823, lng: 138.43225, radiusM: 8000 },
      base: { lat: 38.084823, lng: 138.43225 },
    });
  });
});

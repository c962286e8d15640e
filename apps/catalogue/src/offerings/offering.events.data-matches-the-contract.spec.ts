import { registry } from '@sanpuku/contracts';
import { SERVICE_TAXONOMY_SEED, categoryCodesOf } from '@sanpuku/catalogue-domain';
import { validateOfferingInput } from './offering.draft';
import { OfferingEventKind, offeringEventData } from './offering.events';
import type { OfferingRecord } from './offering.row';
import { mealOfferingInput } from '../test/catalogue.fixtures';

function record(input: Record<string, unknown>): OfferingRecord {
  const r = validateOfferingInput(
    input as never,
    { id: '6f1c2b9e-3a4d-4e5f-8a7b-1c2d3e4f5a6b', organizationId: '0b7e6d5c-4b3a-4928-9170-6a5b4c3d2e1f', currentCapacity: null, detailsConfirmedAt: '2026-11-02T09:00:00+09:00', now: '2026-11-02T09:00:00+09:00', defaultComplaintDesk: null },
    { categoryCodes: categoryCodesOf(SERVICE_TAXONOMY_SEED) },
  );
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const t = new Date('2026-11-02T00:00:00Z');
  return { id: r.offering.id, organizationId: r.offering.organizationId, organizationName: '株式会社テスト', organizationAlternateName: null, status: 'published', version: 3, offering: r.offering, extras: r.extras, createdAt: t, updatedAt: t, submittedAt: t, publishedAt: t };
}

describe('catalogue.offering.* event data', () => {
  const areas = [
    { kind: 'municipalities', municipalityCodes: ['37201'] },
    { kind: 'radius', center: { lat: 34.34, lng: 134.05 }, radiusM: 2500 },
    { kind: 'polygon', polygon: [[[133.815, 34.295], [133.845, 34.295], [133.845, 34.318], [133.815, 34.295]]] },
  ];
  it.each(['published', 'updated', 'withdrawn', 'capacity-changed'] as OfferingEventKind[])('%s validates against the contract for every area kind', (kind) => {
    for (const serviceArea of areas) {
      const { type, data } = offeringEventData(kind, record(mealOfferingInput({ serviceArea })), 4);
      expect(() => registry.validateData(type, '1', data)).not.toThrow();
      expect(data).toMatchObject({ version: 4 });
    }
  });

  it('a covered offering lists its care levels; none required is the empty list', () => {
    const covered = offeringEventData('published', record(mealOfferingInput({ coverage: 'covered', eligibility: { certificationRequired: true, careLevels: ['care_3'] } })), 1);
    expect(covered.data).toMatchObject({ coverage: 'covered', eligibleCareLevels: ['care_3'] });
    expect(offeringEventData('published', record(mealOfferingInput()), 1).data).toMatchObject({ eligibleCareLevels: [] });
  });
});

import { exportCatalogueToHsds, importCatalogueFromHsds } from '../index';
import { catalogueFixture } from '../testing/catalogue.fixtures';

describe('HSDS export → import → export', () => {
  const snapshot = catalogueFixture();
  const first = exportCatalogueToHsds(snapshot);

  it('the fixture covers 2 organizations, 3 services and one service area of each kind', () => {
    expect(first.organizations).toHaveLength(2);
    expect(first.services).toHaveLength(3);
    expect(snapshot.offerings.map((o) => o.serviceArea.kind)).toEqual(['municipalities', 'radius', 'polygon']);
    expect(first.services.map((s) => s.schedules?.length)).toEqual([2, 1, 1]);
    expect(first.services.map((s) => s.cost_options?.length)).toEqual([2, 2, 1]);
  });

  it('import gives back exactly the catalogue that was exported', () => {
    const imported = importCatalogueFromHsds(first);
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors, null, 2));
    expect(imported.value).toEqual(snapshot);
  });

  it('exporting the imported catalogue gives an identical document, also after a trip through JSON text', () => {
    const viaText = JSON.parse(JSON.stringify(first));
    const imported = importCatalogueFromHsds(viaText);
    if (!imported.ok) throw new Error(JSON.stringify(imported.errors, null, 2));
    const second = exportCatalogueToHsds(imported.value);
    expect(second).toEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('the round trip is sensitive to every offering field (a changed value comes back changed)', () => {
    const changed = catalogueFixture();
    changed.offerings[1].capacity.status = 'full';
    changed.offerings[2].disclosure.cancellationTerms = '当日でも連絡不要です。';
    changed.offerings[0].schedule[3] = { day: 6, opensAt: '10:30', closesAt: '12:00' };
    const imported = importCatalogueFromHsds(exportCatalogueToHsds(changed));
    expect(imported.ok && imported.value).toEqual(changed);
    expect(imported.ok && imported.value).not.toEqual(snapshot);
  });
});

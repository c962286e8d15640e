import { SERVICE_TAXONOMY_SEED, categoryCodesOf } from '@sanpuku/catalogue-domain';
import { DraftContext, draftOf, reviewedView, submissionExtrasErrors, toInputPath, validateOfferingInput } from './offering.draft';
import { mealOfferingInput } from '../test/catalogue.fixtures';

const ctx: DraftContext = {
  id: '6f1c2b9e-3a4d-4e5f-8a7b-1c2d3e4f5a6b',
  organizationId: '0b7e6d5c-4b3a-4928-9170-6a5b4c3d2e1f',
  currentCapacity: null,
  detailsConfirmedAt: '2026-11-02T09:00:00+09:00',
  now: '2026-11-02T09:00:00+09:00',
  defaultComplaintDesk: { name: '事業者の相談窓口', phone: '087-000-0009', email: null },
};
const validation = { categoryCodes: categoryCodesOf(SERVICE_TAXONOMY_SEED) };
const paths = (r: ReturnType<typeof validateOfferingInput>) => (r.ok ? [] : r.errors.map((e) => `${e.path} ${e.code}`));

describe('domain paths are reported as the GraphQL input names them', () => {
  it.each([
    ['/name', '/title'],
    ['/capacity', '/capacityStatus'],
    ['/capacity/status', '/capacityStatus'],
    ['/serviceArea/codes/2', '/serviceArea/municipalityCodes/2'],
    ['/serviceArea/base/lat', '/serviceArea/center/lat'],
    ['/serviceArea/geometry/coordinates/0/3', '/serviceArea/polygon/0/3'],
    ['/serviceArea/geometry/type', '/serviceArea/polygon'],
    ['/price/amountYen', '/price/amountYen'],
    ['/namespace', '/namespace'],
  ])('%s → %s', (domain, input) => expect(toInputPath(domain)).toBe(input));
});

describe('the input mapped to the domain draft', () => {
  it('a complete input validates; the capacity is confirmed now; municipality codes are the served municipalities', () => {
    const r = validateOfferingInput(mealOfferingInput() as never, ctx, validation);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.offering.capacity).toEqual({ status: 'available', confirmedAt: ctx.now });
    expect(r.offering.eligibility.careLevels).toBe('none_required');
    expect(r.extras).toEqual({
      titleEn: 'Hidamari evening meal delivery',
      descriptionEn: null,
      priceIncludes: '弁当代・配達料',
      eligibilityNotes: '同居のご家族の分もご注文いただけます',
      servedMunicipalityCodes: ['37201', '37386'],
    });
  });

  it('a new offering without a complaint desk gets the organization’s', () => {
    const input = mealOfferingInput();
    delete input.disclosure.complaintDesk;
    const r = validateOfferingInput(input as never, ctx, validation);
    expect(r.ok && r.offering.disclosure.complaintDesk).toEqual(ctx.defaultComplaintDesk);
  });

  it('radius and polygon inputs become the domain areas; fields of another kind are refused', () => {
    const radius = draftOf(mealOfferingInput({ serviceArea: { kind: 'radius', center: { lat: 34.3, lng: 134 }, radiusM: 500 } }) as never, ctx);
    expect(radius.draft.serviceArea).toEqual({ kind: 'radius', base: { lat: 34.3, lng: 134 }, radiusM: 500 });
    const ring = [[134, 34.3], [134.01, 34.3], [134.01, 34.31], [134, 34.3]];
    const polygon = draftOf(mealOfferingInput({ serviceArea: { kind: 'polygon', polygon: [ring], radiusM: 10 } }) as never, ctx);
    expect(polygon.draft.serviceArea).toEqual({ kind: 'polygon', geometry: { type: 'Polygon', coordinates: [ring] } });
    expect(polygon.errors.map((e) => `${e.path} ${e.code}`)).toEqual(['/serviceArea/radiusM not_applicable_for_kind']);
  });

  it('served municipalities: declared for radius/polygon (valid, distinct), never for a municipality list', () => {
    const bad = validateOfferingInput(
      mealOfferingInput({ serviceArea: { kind: 'radius', center: { lat: 34.3, lng: 134 }, radiusM: 500 }, servedMunicipalityCodes: ['37201', '3720', '37201'] }) as never,
      ctx,
      validation,
    );
    expect(paths(bad)).toEqual(['/servedMunicipalityCodes/1 served_municipality_invalid', '/servedMunicipalityCodes/2 served_municipality_duplicate']);
    const twice = validateOfferingInput(mealOfferingInput({ servedMunicipalityCodes: ['37201'] }) as never, ctx, validation);
    expect(paths(twice)).toEqual(['/servedMunicipalityCodes served_municipalities_not_applicable']);
  });

  it('a radius/polygon offering may be saved without served municipalities, but not submitted', () => {
    const r = validateOfferingInput(mealOfferingInput({ serviceArea: { kind: 'radius', center: { lat: 34.3, lng: 134 }, radiusM: 500 } }) as never, ctx, validation);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(submissionExtrasErrors(r.offering, r.extras).map((e) => `${e.path} ${e.code}`)).toEqual(['/servedMunicipalityCodes served_municipalities_required']);
  });

  it('care levels: none when no certification is required (listing some is refused), the list otherwise', () => {
    const none = validateOfferingInput(mealOfferingInput({ eligibility: { certificationRequired: false, careLevels: ['care_1'] } }) as never, ctx, validation);
    expect(paths(none)).toEqual(['/eligibility/careLevels care_levels_without_certification']);
    const empty = validateOfferingInput(mealOfferingInput({ eligibility: { certificationRequired: true } }) as never, ctx, validation);
    expect(paths(empty)).toEqual(['/eligibility/careLevels care_levels_empty']);
  });

  it('what the price includes travels with the price when the workflow compares versions', () => {
    const r = validateOfferingInput(mealOfferingInput() as never, ctx, validation);
    if (!r.ok) throw new Error('invalid');
    expect(reviewedView(r.offering, r.extras).price).toEqual({ amountYen: 600, unit: 'per_visit', includes: '弁当代・配達料' });
  });
});

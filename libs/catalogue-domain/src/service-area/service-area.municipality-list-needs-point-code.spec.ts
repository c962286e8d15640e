import { MunicipalityCodeRequiredError, locateInServiceArea, type ServiceArea } from '../index';

const AREA: ServiceArea = { kind: 'municipalities', codes: ['37322', '37324'] }; // 土庄町, 小豆島町 (小豆島)

describe('a municipality-list service area', () => {
  it("contains a point whose municipality code (resolved by the caller) is listed", () => {
    // 小豆島町池田 (town-block point); the code comes from the region service, not from geometry.
    expect(locateInServiceArea(AREA, { lat: 34.486359, lng: 134.245407, municipalityCode: '37324' })).toEqual({
      inside: true,
      method: 'municipality_code',
      distanceFromBaseM: null,
    });
  });

  it('does not contain a point of another municipality', () => {
    expect(locateInServiceArea(AREA, { lat: 34.34253, lng: 134.046355, municipalityCode: '37201' }).inside).toBe(false); // 高松市番町一丁目
  });

  it('refuses to guess when the point has no municipality code', () => {
    expect(() => locateInServiceArea(AREA, { lat: 34.486359, lng: 134.245407 })).toThrow(MunicipalityCodeRequiredError);
  });
});

import { DEFAULT_MATCHING_CONFIG, geodesicDistanceM, scoreOffering } from '@sanpuku/matching-domain';
import { aRequest, anOffering, NOW } from './testing/matching.fixtures';

describe('distance part: value = 0.5 ^ (distance / halfValueDistanceM), unknown = neutral', () => {
  const cfg = DEFAULT_MATCHING_CONFIG.scoring; // half value every 2,000 m
  const home = { lat: 35.0, lng: 139.0 };
  const part = (base: { lat: number; lng: number } | null, location = home) =>
    scoreOffering(aRequest({ location }), anOffering({ base }), NOW, cfg).parts.find((p) => p.part === 'distance')!;

  it('decays by half for every half-value distance', () => {
    const base = { lat: 35.0 + 4000 / 111_195, lng: 139.0 }; // ≈ 4 km north
    const d = geodesicDistanceM(home, base);
    const p = part(base);
    expect(p.value).toBeCloseTo(Math.pow(0.5, d / 2000), 12);
    expect(p.value).toBeGreaterThan(0.24);
    expect(p.value).toBeLessThan(0.26);
    expect(p.detail.distanceM).toBeCloseTo(d, 6);
  });

  it('closer is better', () => {
    expect(part({ lat: 35.001, lng: 139.0 }).value).toBeGreaterThan(part({ lat: 35.01, lng: 139.0 }).value);
  });

  it('no base point: neutral value from config, said so', () => {
    const p = part(null);
    expect(p.value).toBe(cfg.distance.unknownValue);
    expect(p.detail.known).toBe(false);
    expect(p.en).toMatch(/unknown/);
  });
});

import {
  buildNeutralityReport,
  buildShortlist,
  eligibilityFromExposureLog,
  type ExposureState,
  type ShortlistExposureRecord,
} from '@sanpuku/matching-domain';
import { aRequest, anOffering, NOW } from './testing/matching.fixtures';

describe('end to end: rotation logs prove neutrality', () => {
  it('4 equally qualified operators over 400 requests: every deviation ≤ 0.01', () => {
    const offerings = ['a', 'b', 'c', 'd'].map((x, i) =>
      anOffering({ id: `off-${x}`, organizationId: `org-${x}`, base: { lat: 35.69 + i * 0.0005, lng: 139.75 } }),
    );
    let state: ExposureState | null = null;
    const log: ShortlistExposureRecord[] = [];
    for (let i = 0; i < 400; i++) {
      const r = buildShortlist({
        request: aRequest(),
        offerings,
        exposureState: state,
        rotationKey: `req-${i}`,
        now: new Date(NOW.getTime() + i * 60_000),
      });
      state = r.nextExposureState;
      log.push(...r.exposureRecords);
    }
    const report = buildNeutralityReport({ exposures: log, eligibility: eligibilityFromExposureLog(log), topPositions: 1 });
    expect(report.totalTopExposures).toBe(400);
    expect(report.maxAbsDeviation).toBeLessThanOrEqual(0.01);
  });
});

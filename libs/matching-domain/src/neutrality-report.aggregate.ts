import { assertValidNow, MatchingInputError, parseInstantMs } from './input.errors';

/** One listed position of one shortlist (ShortlistExposureRecord satisfies this). */
export interface ExposureLogRecord {
  readonly offeringId: string;
  readonly organizationId: string;
  /** 1-based shortlist position. */
  readonly position: number;
  readonly municipalityCode: string;
  /** ISO-8601 instant the shortlist was produced. */
  readonly at: string;
}

/**
 * How many times an operator's offerings were eligible (passed every hard filter), counted in
 * offering × request units, over the same period as the exposures. Several rows for the same
 * operator are summed. Because every shortlist lists every eligible offering, the service can
 * count these from its exposure log (see {@link eligibilityFromExposureLog}).
 */
export interface EligibilityCount {
  readonly organizationId: string;
  readonly count: number;
  /** When set and the report is scoped to a municipality, rows for other municipalities are dropped. */
  readonly municipalityCode?: string;
}

export interface NeutralityReportInput {
  readonly exposures: readonly ExposureLogRecord[];
  readonly eligibility: readonly EligibilityCount[];
  /** Positions 1..topPositions count as top exposure. */
  readonly topPositions: number;
  /** Only this municipality (exposures by record, eligibility by row when the row names one). */
  readonly municipalityCode?: string | null;
  /** Exposures with from ≤ at < to. Eligibility rows are taken as already covering this period. */
  readonly period?: { readonly from: Date; readonly to: Date } | null;
}

export interface OperatorNeutralityRow {
  readonly organizationId: string;
  /** Top-position slots its offerings occupied. */
  readonly topExposures: number;
  /** topExposures / all top exposures (0 when there were none). */
  readonly exposureShare: number;
  readonly eligibleCount: number;
  /** eligibleCount / all eligible (0 when there were none). */
  readonly eligibilityShare: number;
  /** exposureShare − eligibilityShare (positive = over-exposed relative to eligibility). */
  readonly deviation: number;
  /** exposureShare / eligibilityShare; null when eligibilityShare is 0. */
  readonly ratio: number | null;
}

export interface NeutralityReport {
  readonly topPositions: number;
  readonly municipalityCode: string | null;
  readonly period: { readonly from: string; readonly to: string } | null;
  readonly totalTopExposures: number;
  readonly totalEligible: number;
  /** Sorted by |deviation| descending, then organizationId. */
  readonly operators: readonly OperatorNeutralityRow[];
  readonly maxAbsDeviation: number;
  /** Exposure records in scope (all positions) and those left out by the period/municipality. */
  readonly recordsInScope: number;
  readonly recordsOutOfScope: number;
}

/**
 * Per operator: share of top-position exposure vs share of eligibility, and the deviation.
 * Pure aggregation; units are offering slots on both sides so the shares are comparable.
 */
export function buildNeutralityReport(input: NeutralityReportInput): NeutralityReport {
  const issues: string[] = [];
  if (!Number.isInteger(input.topPositions) || input.topPositions < 1) issues.push('topPositions must be an integer ≥ 1');
  let fromMs: number | null = null;
  let toMs: number | null = null;
  if (input.period) {
    fromMs = assertValidNow(input.period.from, 'neutrality report period.from');
    toMs = assertValidNow(input.period.to, 'neutrality report period.to');
    if (fromMs >= toMs) issues.push('period.from must be before period.to');
  }
  for (const e of input.eligibility) {
    if (!Number.isInteger(e.count) || e.count < 0) issues.push(`eligibility count of ${e.organizationId} must be an integer ≥ 0`);
  }
  const muni = input.municipalityCode ?? null;

  const top = new Map<string, number>();
  const eligible = new Map<string, number>();
  let recordsInScope = 0;
  let recordsOutOfScope = 0;
  input.exposures.forEach((r, i) => {
    const ms = parseInstantMs(r.at);
    if (ms === null) {
      issues.push(`exposures[${i}].at is not an ISO-8601 instant`);
      return;
    }
    if (!Number.isInteger(r.position) || r.position < 1) {
      issues.push(`exposures[${i}].position must be an integer ≥ 1`);
      return;
    }
    const inPeriod = fromMs === null || toMs === null || (ms >= fromMs && ms < toMs);
    const inMuni = muni === null || r.municipalityCode === muni;
    if (!inPeriod || !inMuni) {
      recordsOutOfScope++;
      return;
    }
    recordsInScope++;
    if (!top.has(r.organizationId)) top.set(r.organizationId, 0);
    if (r.position <= input.topPositions) top.set(r.organizationId, top.get(r.organizationId)! + 1);
  });
  if (issues.length) throw new MatchingInputError('neutrality report input', issues);

  for (const e of input.eligibility) {
    if (muni !== null && e.municipalityCode !== undefined && e.municipalityCode !== muni) continue;
    eligible.set(e.organizationId, (eligible.get(e.organizationId) ?? 0) + e.count);
  }

  const totalTop = [...top.values()].reduce((a, b) => a + b, 0);
  const totalEligible = [...eligible.values()].reduce((a, b) => a + b, 0);
  const orgs = [...new Set([...top.keys(), ...eligible.keys()])];
  const rows: OperatorNeutralityRow[] = orgs.map((organizationId) => {
    const topExposures = top.get(organizationId) ?? 0;
    const eligibleCount = eligible.get(organizationId) ?? 0;
    const exposureShare = totalTop ? topExposures / totalTop : 0;
    const eligibilityShare = totalEligible ? eligibleCount / totalEligible : 0;
    return {
      organizationId,
      topExposures,
      exposureShare,
      eligibleCount,
      eligibilityShare,
      deviation: exposureShare - eligibilityShare,
      ratio: eligibilityShare > 0 ? exposureShare / eligibilityShare : null,
    };
  });
  rows.sort(
    (a, b) =>
      Math.abs(b.deviation) - Math.abs(a.deviation) ||
      (a.organizationId < b.organizationId ? -1 : a.organizationId > b.organizationId ? 1 : 0),
  );
  return {
    topPositions: input.topPositions,
    municipalityCode: muni,
    period:
      input.period && fromMs !== null && toMs !== null
        ? { from: new Date(fromMs).toISOString(), to: new Date(toMs).toISOString() }
        : null,
    totalTopExposures: totalTop,
    totalEligible,
    operators: rows,
    maxAbsDeviation: rows.reduce((m, r) => Math.max(m, Math.abs(r.deviation)), 0),
    recordsInScope,
    recordsOutOfScope,
  };
}

/**
 * Eligibility counts derived from an exposure log: every shortlist lists every eligible
 * offering, so each record is one eligible offering × request. Grouped per operator and
 * municipality.
 */
export function eligibilityFromExposureLog(
  exposures: readonly ExposureLogRecord[],
  period?: { readonly from: Date; readonly to: Date } | null,
): EligibilityCount[] {
  const fromMs = period ? assertValidNow(period.from, 'period.from') : null;
  const toMs = period ? assertValidNow(period.to, 'period.to') : null;
  const counts = new Map<string, { organizationId: string; municipalityCode: string; count: number }>();
  exposures.forEach((r, i) => {
    const ms = parseInstantMs(r.at);
    if (ms === null) throw new MatchingInputError('exposure log', [`exposures[${i}].at is not an ISO-8601 instant`]);
    if (fromMs !== null && toMs !== null && !(ms >= fromMs && ms < toMs)) return;
    const key = `${r.organizationId}\u0000${r.municipalityCode}`;
    const c = counts.get(key) ?? { organizationId: r.organizationId, municipalityCode: r.municipalityCode, count: 0 };
    c.count++;
    counts.set(key, c);
  });
  return [...counts.values()].sort(
    (a, b) =>
      (a.organizationId < b.organizationId ? -1 : a.organizationId > b.organizationId ? 1 : 0) ||
      (a.municipalityCode < b.municipalityCode ? -1 : a.municipalityCode > b.municipalityCode ? 1 : 0),
  );
}

import { MatchingInputError } from './input.errors';
import type { RotationConfig } from './matching.config';
import { rotationTieBreakHash } from './stable-hash.util';

/**
 * Fair rotation among equally qualified candidates.
 *
 * Bands: sort by score (desc). The best remaining candidate leads a new band; the band takes
 * every remaining candidate with score ≥ leader − bandWidth. Repeat. Bands are contiguous runs
 * of the score order and equal scores never split, so a candidate in an earlier band always
 * scores strictly higher than every candidate in a later band: rotation (which only reorders
 * inside a band) can never put a strictly better candidate outside the band below a worse one.
 * Bands are anchored on their leader, not chained, so a band never spans more than bandWidth.
 *
 * Rotation inside a band, slot by slot: for shortlist position q, take the remaining band
 * member with the fewest exposures in the top-w positions, w = min(q, topPositions)
 * (least-exposed first); ties by the smaller {@link rotationTieBreakHash}(offeringId,
 * rotationKey); a hash collision by offeringId. After the whole order is fixed, every
 * placement at position ≤ topPositions increments its counter for that position.
 *
 * A newcomer (no counter yet) starts at the band's floor: for every window w its top-w count is
 * the minimum top-w count of the band's known members, so it shares the top from now on
 * instead of monopolising it until it has "caught up" on history it was not part of.
 */

export interface RotationCandidate {
  readonly offeringId: string;
  readonly organizationId: string;
  /** 0–100 score from scoring. */
  readonly score: number;
}

export interface ExposureCounter {
  /** positionCounts[i] = times shown at shortlist position i + 1 (only top positions tracked). */
  readonly positionCounts: readonly number[];
  /** Times the offering was listed at any position. */
  readonly listedCount: number;
}

/**
 * Persisted exposure state for one rotation scope (the service chooses the scope, e.g.
 * municipality × need category, and keeps one state per scope). Plain JSON.
 */
export interface ExposureState {
  readonly schemaVersion: 1;
  /** +1 for every shortlist applied; persist with optimistic concurrency on it. */
  readonly revision: number;
  readonly offerings: Readonly<Record<string, ExposureCounter>>;
}

export function emptyExposureState(): ExposureState {
  return { schemaVersion: 1, revision: 0, offerings: {} };
}

export interface Band {
  /** 'b1', 'b2', … in score order. */
  readonly id: string;
  /** 1-based. */
  readonly index: number;
  readonly leaderScore: number;
  readonly lowestScore: number;
  /** leader − bandWidth: the band's inclusive lower bound. */
  readonly threshold: number;
  /** Members in score order (desc), ties by offeringId; NOT the displayed order. */
  readonly memberIds: readonly string[];
}

export type PlacementRule =
  | 'only_member_of_band'
  | 'least_exposed'
  | 'hash_tiebreak'
  | 'id_tiebreak'
  | 'last_remaining_in_band';

export interface Placement {
  /** 1-based shortlist position. */
  readonly position: number;
  readonly offeringId: string;
  readonly organizationId: string;
  readonly score: number;
  readonly bandId: string;
  readonly rule: PlacementRule;
  /** The exposure window used for this slot (top-w positions) and this offering's count in it. */
  readonly exposureWindow: number;
  readonly exposureCountBefore: number;
  /** Band members still unplaced when this slot was filled (including this one). */
  readonly contenders: number;
  /** Members tied on the exposure count (including this one); 1 = no tie. */
  readonly tiedOnExposure: number;
  readonly tieBreakHash: string;
  /** Why it is here, in Japanese and English. */
  readonly ja: string;
  readonly en: string;
}

export interface ExposureChange {
  readonly offeringId: string;
  readonly kind: 'newcomer_floor' | 'exposure_counted';
  readonly before: ExposureCounter | null;
  readonly after: ExposureCounter;
}

export interface RotationResult {
  readonly placements: readonly Placement[];
  readonly bands: readonly Band[];
  readonly nextState: ExposureState;
  /** Every counter that changed, in order (newcomer floors first, then counted exposures). */
  readonly changes: readonly ExposureChange[];
}

const EPS = 1e-9;

function byScoreThenId(a: { score: number; offeringId: string }, b: { score: number; offeringId: string }): number {
  return b.score - a.score || (a.offeringId < b.offeringId ? -1 : a.offeringId > b.offeringId ? 1 : 0);
}

/** Leader-anchored bands over the candidates (see module comment). */
export function formBands(
  candidates: readonly { readonly offeringId: string; readonly score: number }[],
  bandWidth: number,
): Band[] {
  if (!Number.isFinite(bandWidth) || bandWidth < 0) {
    throw new MatchingInputError('rotation config', ['bandWidth must be a finite number ≥ 0']);
  }
  const sorted = [...candidates].sort(byScoreThenId);
  const bands: Band[] = [];
  let i = 0;
  while (i < sorted.length) {
    const leader = sorted[i].score;
    const threshold = leader - bandWidth;
    const members: string[] = [];
    let lowest = leader;
    while (i < sorted.length && sorted[i].score >= threshold - EPS) {
      members.push(sorted[i].offeringId);
      lowest = sorted[i].score;
      i++;
    }
    const index = bands.length + 1;
    bands.push({
      id: `b${index}`,
      index,
      leaderScore: leader,
      lowestScore: lowest,
      threshold: Math.round(threshold * 1e6) / 1e6,
      memberIds: members,
    });
  }
  return bands;
}

const prefixCount = (c: ExposureCounter | undefined, window: number): number => {
  if (!c) return 0;
  let s = 0;
  for (let i = 0; i < window && i < c.positionCounts.length; i++) s += c.positionCounts[i];
  return s;
};

function validateState(state: ExposureState): void {
  const issues: string[] = [];
  if (state.schemaVersion !== 1) issues.push(`unsupported schemaVersion ${String(state.schemaVersion)}`);
  if (!Number.isInteger(state.revision) || state.revision < 0) issues.push('revision must be an integer ≥ 0');
  for (const [id, c] of Object.entries(state.offerings ?? {})) {
    if (!Array.isArray(c.positionCounts) || c.positionCounts.some((n) => !Number.isInteger(n) || n < 0)) {
      issues.push(`offerings.${id}.positionCounts must be integers ≥ 0`);
    }
    if (!Number.isInteger(c.listedCount) || c.listedCount < 0) issues.push(`offerings.${id}.listedCount must be an integer ≥ 0`);
  }
  if (issues.length) throw new MatchingInputError('exposure state', issues);
}

function fmtScore(x: number): string {
  return x.toFixed(2);
}

function explain(
  rule: PlacementRule,
  band: Band,
  bandWidth: number,
  p: { window: number; count: number; contenders: number; tied: number; hash: string },
): { ja: string; en: string } {
  const size = band.memberIds.length;
  // In words: the band by its rank (第1得点帯), never its id or the tie-break hash (both are fields).
  const bandJa =
    size === 1
      ? `第${band.index}得点帯（${fmtScore(band.leaderScore)}点）の唯一の候補です。上位の帯の候補はすべてこれより高得点です`
      : `第${band.index}得点帯（最高${fmtScore(band.leaderScore)}点から${bandWidth}点以内の同等候補${size}件）`;
  const bandEn =
    size === 1
      ? `Only member of score band ${band.index} (score ${fmtScore(band.leaderScore)}); every candidate above scores higher`
      : `Score band ${band.index} (${size} equally qualified, within ${bandWidth} pts of leader ${fmtScore(band.leaderScore)})`;
  switch (rule) {
    case 'only_member_of_band':
      return { ja: bandJa, en: bandEn };
    case 'last_remaining_in_band':
      return { ja: `${bandJa}の最後の候補です`, en: `${bandEn}: last remaining member` };
    case 'least_exposed':
      return {
        ja: `${bandJa}の残り${p.contenders}件のうち、上位${p.window}位以内の表示回数が最少（${p.count}回）です`,
        en: `${bandEn}: fewest top-${p.window} exposures (${p.count}) among ${p.contenders} remaining`,
      };
    case 'hash_tiebreak':
      return {
        ja: `${bandJa}の残り${p.contenders}件のうち、上位${p.window}位以内の表示回数が最少（${p.count}回）の${p.tied}件で同数のため、この一覧ごとに決まる公平な抽選で選ばれた候補です`,
        en: `${bandEn}: ${p.tied} of ${p.contenders} remaining tie on fewest top-${p.window} exposures (${p.count}); chosen by this shortlist's fixed fair draw (smallest tie-break hash)`,
      };
    case 'id_tiebreak':
      return {
        ja: `${bandJa}の表示回数も抽選結果も同じため、登録順で決定しました`,
        en: `${bandEn}: exposure count and fair draw tie; ordered by listing`,
      };
  }
}

/**
 * Orders scored candidates into a shortlist: bands by score, rotation inside each band, and
 * returns the updated exposure state (a new object; the input is not modified).
 * Deterministic: same candidates (in any input order), state, key and config → same result.
 */
export function rotateShortlist(
  candidates: readonly RotationCandidate[],
  state: ExposureState,
  rotationKey: string,
  config: RotationConfig,
): RotationResult {
  if (typeof rotationKey !== 'string' || rotationKey.length === 0) {
    throw new MatchingInputError('rotation', ['rotationKey must be a non-empty string']);
  }
  if (!Number.isInteger(config.topPositions) || config.topPositions < 1) {
    throw new MatchingInputError('rotation config', ['topPositions must be an integer ≥ 1']);
  }
  validateState(state);
  const ids = new Set<string>();
  for (const c of candidates) {
    if (ids.has(c.offeringId)) throw new MatchingInputError('rotation', [`duplicate offeringId ${c.offeringId}`]);
    if (!Number.isFinite(c.score)) throw new MatchingInputError('rotation', [`score of ${c.offeringId} is not finite`]);
    ids.add(c.offeringId);
  }
  const K = config.topPositions;
  const byId = new Map(candidates.map((c) => [c.offeringId, c]));
  const bands = formBands(candidates, config.bandWidth);
  const counters = new Map<string, ExposureCounter>(Object.entries(state.offerings));
  const changes: ExposureChange[] = [];

  // Newcomers start at their band's floor.
  for (const band of bands) {
    const known = band.memberIds.filter((id) => counters.has(id));
    for (const id of band.memberIds) {
      if (counters.has(id)) continue;
      const counts: number[] = [];
      let prevMin = 0;
      for (let w = 1; w <= K; w++) {
        const minW = known.length ? Math.min(...known.map((k) => prefixCount(counters.get(k), w))) : 0;
        counts.push(minW - prevMin);
        prevMin = minW;
      }
      const after: ExposureCounter = { positionCounts: counts, listedCount: 0 };
      changes.push({ offeringId: id, kind: 'newcomer_floor', before: null, after });
    }
    for (const ch of changes) if (!counters.has(ch.offeringId)) counters.set(ch.offeringId, ch.after);
  }

  const placements: Placement[] = [];
  let position = 1;
  for (const band of bands) {
    const remaining = [...band.memberIds];
    while (remaining.length > 0) {
      const window = Math.min(position, K);
      const scored = remaining.map((id) => ({
        id,
        count: prefixCount(counters.get(id), window),
        hash: rotationTieBreakHash(id, rotationKey),
      }));
      scored.sort((a, b) => a.count - b.count || (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0) || (a.id < b.id ? -1 : 1));
      const pick = scored[0];
      const tiedOnCount = scored.filter((s) => s.count === pick.count);
      let rule: PlacementRule;
      if (band.memberIds.length === 1) rule = 'only_member_of_band';
      else if (remaining.length === 1) rule = 'last_remaining_in_band';
      else if (tiedOnCount.length === 1) rule = 'least_exposed';
      else if (tiedOnCount.filter((s) => s.hash === pick.hash).length === 1) rule = 'hash_tiebreak';
      else rule = 'id_tiebreak';
      const cand = byId.get(pick.id)!;
      const text = explain(rule, band, config.bandWidth, {
        window,
        count: pick.count,
        contenders: remaining.length,
        tied: tiedOnCount.length,
        hash: pick.hash,
      });
      placements.push({
        position,
        offeringId: cand.offeringId,
        organizationId: cand.organizationId,
        score: cand.score,
        bandId: band.id,
        rule,
        exposureWindow: window,
        exposureCountBefore: pick.count,
        contenders: remaining.length,
        tiedOnExposure: tiedOnCount.length,
        tieBreakHash: pick.hash,
        ja: text.ja,
        en: text.en,
      });
      remaining.splice(remaining.indexOf(pick.id), 1);
      position++;
    }
  }

  // Count this shortlist's exposures.
  for (const p of placements) {
    const before = counters.get(p.offeringId)!;
    const counts = [...before.positionCounts];
    while (counts.length < K) counts.push(0);
    if (p.position <= K) counts[p.position - 1] += 1;
    const after: ExposureCounter = { positionCounts: counts, listedCount: before.listedCount + 1 };
    counters.set(p.offeringId, after);
    changes.push({ offeringId: p.offeringId, kind: 'exposure_counted', before, after });
  }

  const offerings: Record<string, ExposureCounter> = {};
  for (const id of [...counters.keys()].sort()) offerings[id] = counters.get(id)!;
  return {
    placements,
    bands,
    nextState: { schemaVersion: 1, revision: state.revision + 1, offerings },
    changes,
  };
}

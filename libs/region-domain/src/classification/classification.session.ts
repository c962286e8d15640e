import { apportionElderlyInto, ApportionmentOutput, ApportionWarning } from '../apportion/elderly.apportion';
import { isInJapanBounds } from '../codes/coordinate.bounds';
import { isValidJisCode5 } from '../codes/jis-code.validator';
import { describeDistanceModel } from '../geodesic/distance.model';
import { RadiusPredicate } from '../geodesic/radius.predicate';
import { assertValidPolicy, ClassificationPolicy, policyRef, SEED_DEFAULT_POLICY } from '../policy/classification.policy';
import { densityTier, DensityTier, populationDensity } from '../rules/density-tier.rule';
import { recommendedModelFor } from '../rules/recommended-model.catalogue';
import { decideSegment } from '../rules/segment.rule';
import { LatBandIndex } from '../spatial/lat-band.index';
import { StringIdTable } from '../spatial/string-id.table';
import { selectClassificationUnits } from '../units/classification-units.selector';
import { buildExplanation, UncoveredBlockRow } from './classification.explain';
import {
  BlockCoverageChange,
  ClassificationInput,
  ClassificationProvenance,
  ClassificationRun,
  Diagnostic,
  DiagnosticCode,
  EstimationInfo,
  MunicipalityClassification,
  MunicipalityExplanation,
  MunicipalityInput,
  MunicipalityState,
  MunicipalityWhatIf,
  ResourceChange,
  ResourceInput,
  SufficiencyUndefinedReason,
  WhatIfResult,
} from './classification.types';

/** Wall-clock phases of {@link ClassificationSession.create} (ms); not part of any result. */
export interface SessionTimings {
  /** Unit selection, validation, apportionment. */
  readonly prepareMs: number;
  /** Spatial index over the block points. */
  readonly indexMs: number;
  /** Resource → block coverage counts (all resources). */
  readonly coverageMs: number;
  /** Per-municipality sums, sufficiency, tier, segment. */
  readonly aggregateMs: number;
  /**
   * The same phases in process CPU time (user + system, all threads, GC included), where the
   * runtime offers `process.cpuUsage` (Node); null elsewhere. On a busy machine wall time
   * includes waiting for a core, CPU time does not.
   */
  readonly cpu: { readonly prepareMs: number; readonly indexMs: number; readonly coverageMs: number; readonly aggregateMs: number } | null;
}

const APPORTION_DIAGNOSTICS: Record<ApportionWarning, { code: DiagnosticCode; message: string }> = {
  missing_75plus: {
    code: 'missing_75plus',
    message: 'no 75+ figure for the municipality and some blocks have none: those blocks count 0 at-home elderly',
  },
  block_75plus_exceeds_municipality: {
    code: 'block_75plus_exceeds_municipality',
    message: "the blocks' own 75+ counts exceed the municipality's 75+: nothing left to apportion",
  },
  block_care3plus_exceeds_municipality: {
    code: 'block_care3plus_exceeds_municipality',
    message: "the blocks' own care3+ counts exceed the municipality's care3+: nothing left to apportion",
  },
  care3plus_exceeds_75plus: {
    code: 'care3plus_exceeds_75plus',
    message: 'care3+ exceeds 75+ in some blocks: their at-home elderly were clamped to 0',
  },
};

const now = (): number => globalThis.performance.now();
const cpuUsage = (globalThis as { process?: { cpuUsage?: () => { user: number; system: number } } }).process?.cpuUsage;
/** Process CPU time in ms, or NaN without `process.cpuUsage`. */
const cpuNow = (): number => {
  if (!cpuUsage) return NaN;
  const u = cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * A classification of every unit, kept in memory so that what-if questions ("add this shop",
 * "close that one") are answered from per-block coverage counts without recomputing the country.
 *
 * Model: the blocks (representative points) are indexed once ({@link LatBandIndex}). For every
 * counted resource, the blocks within the radius are found through the index and an exact
 * distance test ({@link RadiusPredicate}), and that block's count of resources-within-radius is
 * incremented. A block is covered when its count is > 0. Adding a resource touches only the
 * blocks within the radius of it (one index query); removing one decrements the same blocks.
 * Municipality sums are recomputed, for affected municipalities only, by the same loop in the same
 * order as the full run, so a what-if result equals a full recompute exactly.
 */
export class ClassificationSession {
  readonly policy: ClassificationPolicy;
  readonly provenance: ClassificationProvenance;
  readonly timings: SessionTimings;

  // Units (classification units, input order).
  private readonly units: MunicipalityInput[];
  private readonly unitIndexByCode = new Map<string, number>();
  private readonly unitDensity: Float64Array;
  private readonly unitTier: DensityTier[];
  private readonly unitBlockStart: Uint32Array;
  private readonly unitPop75: Float64Array;
  private readonly unitCare3: Float64Array;
  private readonly unitAtHome: Float64Array;
  private readonly unitEstimation: EstimationInfo[];
  private readonly unitCoveredAtHome: Float64Array;
  private readonly unitCoveredBlocks: Uint32Array;

  // Blocks, grouped by unit (unit u owns slots unitBlockStart[u] .. unitBlockStart[u + 1]).
  private readonly blockId: string[];
  private readonly blockName: (string | null)[];
  private readonly blockLat: Float64Array;
  private readonly blockLng: Float64Array;
  private readonly blockUnit: Uint32Array;
  private readonly blockPop75: Float64Array;
  private readonly blockCare3: Float64Array;
  private readonly blockAtHome: Float64Array;
  private readonly blockEstimated: Uint8Array;
  /** Number of counted resources within the radius of each block. */
  private readonly counts: Uint32Array;

  private readonly index: LatBandIndex;
  private readonly predicate: RadiusPredicate;
  private readonly categories: ReadonlySet<string>;
  /**
   * Every resource id seen → its slot in resourceLat/resourceLng when counted, or -1 when not
   * counted (other category, bad location). One map serves duplicate detection and removals.
   */
  private readonly resourceSlotById: StringIdTable;
  private readonly resourceLat: number[];
  private readonly resourceLng: number[];
  private countedResourceCount = 0;
  private ignoredResourceCount = 0;
  private readonly exactEvaluationsAtBuild: number;
  private readonly diagnostics: Diagnostic[] = [];

  // What-if scratch (all zero between calls).
  private readonly delta: Int32Array;
  private readonly touchedMark: Uint8Array;

  private cachedRun: ClassificationRun | null = null;
  private slotByBlockId: Map<string, number> | null = null;

  private constructor(input: ClassificationInput, policy: ClassificationPolicy) {
    assertValidPolicy(policy);
    this.policy = policy;
    const level = input.level ?? 'city';
    this.provenance = Object.freeze({
      policyId: policy.id,
      policyVersion: policy.version,
      policyRef: policyRef(policy),
      distanceModel: policy.distanceModel,
      distanceModelRef: describeDistanceModel(policy.distanceModel),
      radiusM: policy.radiusM,
      resourceCategories: [...policy.resourceCategories],
      level,
    });
    this.categories = new Set(policy.resourceCategories);
    this.predicate = new RadiusPredicate(policy.distanceModel, policy.radiusM);

    // ---- prepare: units, blocks, apportionment
    const c0 = cpuNow();
    const t0 = now();
    const selection = selectClassificationUnits(input.municipalities, level);
    this.diagnostics.push(...selection.diagnostics);
    const units: MunicipalityInput[] = [];
    const invalidUnitCodes = new Set<string>();
    for (const m of selection.units) {
      const problem = unitProblem(m);
      if (problem) {
        invalidUnitCodes.add(m.code);
        this.diagnostics.push({ severity: 'error', municipalityCode: m.code, ...problem });
        continue;
      }
      this.unitIndexByCode.set(m.code, units.length);
      units.push(m);
    }
    this.units = units;
    const U = units.length;

    const blocksOfUnit: number[][] = Array.from({ length: U }, () => []);
    const unplaced = new Map<string, { code: DiagnosticCode; count: number }>();
    const blocks = input.blocks;
    // Blocks usually arrive grouped by municipality: remember the last lookup.
    let lastCode: string | null = null;
    let lastUnitCode: string | undefined;
    let lastUnit: number | undefined;
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i];
      if (b.municipalityCode !== lastCode) {
        lastCode = b.municipalityCode;
        lastUnitCode = selection.unitCodeByBlockCode.get(lastCode);
        lastUnit = lastUnitCode === undefined ? undefined : this.unitIndexByCode.get(lastUnitCode);
      }
      const u = lastUnit;
      if (u === undefined) {
        const code: DiagnosticCode =
          lastUnitCode !== undefined && invalidUnitCodes.has(lastUnitCode)
            ? 'blocks_of_invalid_municipality'
            : selection.replacedCityCodes.has(b.municipalityCode)
              ? 'block_in_city_classified_by_wards'
              : 'block_unknown_municipality';
        const entry = unplaced.get(b.municipalityCode) ?? { code, count: 0 };
        entry.count++;
        unplaced.set(b.municipalityCode, entry);
        continue;
      }
      if (!isInJapanBounds(b.lat, b.lng)) {
        this.diagnostics.push({
          severity: 'error',
          code: 'block_invalid_location',
          blockId: b.id,
          municipalityCode: b.municipalityCode,
          message: `block ${b.id} has no usable representative point (${b.lat}, ${b.lng}); it is left out`,
        });
        continue;
      }
      blocksOfUnit[u].push(i);
    }
    for (const [code, { code: diag, count }] of unplaced) {
      this.diagnostics.push({
        severity: 'error',
        code: diag,
        municipalityCode: code,
        message: `${count} block(s) filed under ${code} cannot be placed in a classification unit (${diag}); they are left out`,
      });
    }
    // Duplicate ids are detected within a unit (ids are expected to be unique nationwide, e.g.
    // 12-digit 大字町丁目 codes that start with the municipality code; a global set of 280,000
    // strings would cost more than the whole coverage computation).
    let N = 0;
    const ids = new Set<string>();
    for (let u = 0; u < U; u++) {
      const list = blocksOfUnit[u];
      if (list.length > 1) {
        ids.clear();
        let kept = 0;
        for (const i of list) {
          const id = blocks[i].id;
          if (ids.has(id)) {
            this.diagnostics.push({
              severity: 'error',
              code: 'duplicate_block',
              blockId: id,
              municipalityCode: units[u].code,
              message: `block id ${id} appears more than once in ${units[u].code}; the first is used`,
            });
            continue;
          }
          ids.add(id);
          list[kept++] = i;
        }
        list.length = kept;
      }
      N += list.length;
    }

    this.unitBlockStart = new Uint32Array(U + 1);
    this.blockId = new Array<string>(N);
    this.blockName = new Array<string | null>(N);
    this.blockLat = new Float64Array(N);
    this.blockLng = new Float64Array(N);
    this.blockUnit = new Uint32Array(N);
    this.blockPop75 = new Float64Array(N);
    this.blockCare3 = new Float64Array(N);
    this.blockAtHome = new Float64Array(N);
    this.blockEstimated = new Uint8Array(N);
    this.counts = new Uint32Array(N);
    this.delta = new Int32Array(N);
    this.touchedMark = new Uint8Array(N);
    this.unitDensity = new Float64Array(U);
    this.unitTier = new Array<DensityTier>(U);
    this.unitPop75 = new Float64Array(U);
    this.unitCare3 = new Float64Array(U);
    this.unitAtHome = new Float64Array(U);
    this.unitEstimation = new Array<EstimationInfo>(U);
    this.unitCoveredAtHome = new Float64Array(U);
    this.unitCoveredBlocks = new Uint32Array(U);

    const figures: ApportionmentOutput = {
      pop75Plus: this.blockPop75,
      care3Plus: this.blockCare3,
      atHomeElderly: this.blockAtHome,
      estimated75: new Uint8Array(N),
      estimatedCare: new Uint8Array(N),
    };
    let slot = 0;
    for (let u = 0; u < U; u++) {
      const m = units[u];
      this.unitBlockStart[u] = slot;
      this.unitDensity[u] = populationDensity(m.population, m.areaKm2);
      this.unitTier[u] = densityTier(this.unitDensity[u], policy.densityTiers);
      const list = blocksOfUnit[u];
      const ap = apportionElderlyInto(m, blocks, list, policy.care3PlusRatioOf75Plus, figures, slot);
      for (const w of ap.warnings) {
        const d = APPORTION_DIAGNOSTICS[w];
        this.diagnostics.push({ severity: 'warning', code: d.code, municipalityCode: m.code, message: d.message });
      }
      if (list.length === 0) {
        this.diagnostics.push({
          severity: 'warning',
          code: 'no_town_blocks',
          municipalityCode: m.code,
          message: `${m.code} has no town blocks: its sufficiency is undefined`,
        });
      }
      let pop75 = 0;
      let care3 = 0;
      let atHome = 0;
      let estimatedBlocks = 0;
      for (let k = 0; k < list.length; k++, slot++) {
        const b = blocks[list[k]];
        this.blockId[slot] = b.id;
        this.blockName[slot] = b.name ?? null;
        this.blockLat[slot] = b.lat;
        this.blockLng[slot] = b.lng;
        this.blockUnit[slot] = u;
        const est = figures.estimated75[slot] | figures.estimatedCare[slot];
        this.blockEstimated[slot] = est;
        estimatedBlocks += est;
        pop75 += this.blockPop75[slot];
        care3 += this.blockCare3[slot];
        atHome += this.blockAtHome[slot];
      }
      this.unitPop75[u] = pop75;
      this.unitCare3[u] = care3;
      this.unitAtHome[u] = atHome;
      this.unitEstimation[u] = Object.freeze({
        estimated: estimatedBlocks > 0,
        pop75Method: ap.pop75Method,
        care3Method: ap.care3Method,
        estimatedBlockCount: estimatedBlocks,
      });
    }
    this.unitBlockStart[U] = slot;
    const t1 = now();
    const c1 = cpuNow();

    // ---- spatial index over block points
    this.index = LatBandIndex.build(this.blockLat, this.blockLng);
    const t2 = now();
    const c2 = cpuNow();

    // ---- coverage counts
    const ignoredByCategory = new Map<string, number>();
    const resources = input.resources;
    const resourceIds = new Array<string>(resources.length);
    for (let i = 0; i < resources.length; i++) resourceIds[i] = resources[i].id;
    const { table, duplicate } = StringIdTable.fromKeys(resourceIds);
    this.resourceSlotById = table;
    // Sized once and cut to length after (apply() may push more later): 200,000 pushes cost more.
    const resourceLat = (this.resourceLat = new Array<number>(resources.length));
    const resourceLng = (this.resourceLng = new Array<number>(resources.length));
    let countedSlots = 0;
    for (let i = 0; i < resources.length; i++) {
      const r = resources[i];
      if (duplicate[i] === 1) {
        this.diagnostics.push({
          severity: 'error',
          code: 'duplicate_resource',
          resourceId: r.id,
          message: `resource id ${r.id} appears more than once; the first is used`,
        });
        continue;
      }
      const counted = this.categories.has(r.category) && isInJapanBounds(r.lat, r.lng);
      // The slot of a counted resource, -1 for one seen but not counted (removals need both).
      table.setEntryValue(i, counted ? countedSlots : -1);
      if (counted) {
        resourceLat[countedSlots] = r.lat;
        resourceLng[countedSlots] = r.lng;
        countedSlots++;
        continue;
      }
      this.ignoredResourceCount++;
      if (!this.categories.has(r.category)) {
        ignoredByCategory.set(r.category, (ignoredByCategory.get(r.category) ?? 0) + 1);
        continue;
      }
      this.diagnostics.push({
        severity: 'error',
        code: 'resource_invalid_location',
        resourceId: r.id,
        message: `resource ${r.id} has an unusable location (${r.lat}, ${r.lng}); it is left out`,
      });
    }
    resourceLat.length = countedSlots;
    resourceLng.length = countedSlots;
    this.countedResourceCount = countedSlots;
    this.index.addCountsWithin(this.predicate, resourceLat, resourceLng, this.counts);
    for (const [category, count] of ignoredByCategory) {
      this.diagnostics.push({
        severity: 'info',
        code: 'resource_category_not_counted',
        message: `${count} resource(s) of category '${category}' are not counted by policy ${this.provenance.policyRef}`,
      });
    }
    this.exactEvaluationsAtBuild = this.predicate.exactEvaluations;
    const t3 = now();
    const c3 = cpuNow();

    // ---- aggregation
    for (let u = 0; u < U; u++) this.refreshUnit(u);
    this.result();
    const t4 = now();
    const c4 = cpuNow();
    this.timings = Object.freeze({
      prepareMs: t1 - t0,
      indexMs: t2 - t1,
      coverageMs: t3 - t2,
      aggregateMs: t4 - t3,
      cpu: Number.isNaN(c0) ? null : Object.freeze({ prepareMs: c1 - c0, indexMs: c2 - c1, coverageMs: c3 - c2, aggregateMs: c4 - c3 }),
    });
  }

  /** Classifies `input` under `policy` (default: the seed policy). */
  static create(input: ClassificationInput, policy: ClassificationPolicy = SEED_DEFAULT_POLICY): ClassificationSession {
    return new ClassificationSession(input, policy);
  }

  /** The current classification of every unit (reflects {@link apply}'d changes). */
  result(): ClassificationRun {
    if (this.cachedRun) return this.cachedRun;
    const municipalities: MunicipalityClassification[] = [];
    let coveredBlocks = 0;
    for (let u = 0; u < this.units.length; u++) {
      municipalities.push(this.classificationOf(u));
      coveredBlocks += this.unitCoveredBlocks[u];
    }
    this.cachedRun = Object.freeze({
      ...this.provenance,
      municipalities: Object.freeze(municipalities),
      diagnostics: Object.freeze([...this.diagnostics]),
      stats: Object.freeze({
        unitCount: this.units.length,
        blockCount: this.blockId.length,
        coveredBlockCount: coveredBlocks,
        countedResourceCount: this.countedResourceCount,
        ignoredResourceCount: this.ignoredResourceCount,
        exactDistanceEvaluations: this.exactEvaluationsAtBuild,
      }),
    });
    return this.cachedRun;
  }

  /** One unit's classification, or undefined when the code is not a classification unit. */
  municipality(code: string): MunicipalityClassification | undefined {
    const u = this.unitIndexByCode.get(code);
    return u === undefined ? undefined : this.result().municipalities[u];
  }

  /** Figures, rules applied, and the uncovered blocks as GeoJSON, for one unit. */
  explain(code: string): MunicipalityExplanation | undefined {
    const u = this.unitIndexByCode.get(code);
    if (u === undefined) return undefined;
    const uncovered: UncoveredBlockRow[] = [];
    for (let b = this.unitBlockStart[u]; b < this.unitBlockStart[u + 1]; b++) {
      if (this.counts[b] > 0) continue;
      uncovered.push({
        id: this.blockId[b],
        name: this.blockName[b],
        lat: this.blockLat[b],
        lng: this.blockLng[b],
        pop75Plus: this.blockPop75[b],
        care3Plus: this.blockCare3[b],
        atHomeElderly: this.blockAtHome[b],
        estimated: this.blockEstimated[b] === 1,
      });
    }
    return buildExplanation(this.result().municipalities[u], this.provenance, this.policy, uncovered);
  }

  /** Number of counted resources within the radius of a block (undefined for unknown ids). */
  resourcesWithin(blockId: string): number | undefined {
    if (!this.slotByBlockId) {
      this.slotByBlockId = new Map(this.blockId.map((id, slot) => [id, slot]));
    }
    const b = this.slotByBlockId.get(blockId);
    return b === undefined ? undefined : this.counts[b];
  }

  /**
   * One block as the session sees it: counted shops within the radius, covered (count > 0), and its
   * apportioned figures (75+ and at-home elderly, `estimated` when apportioned). Undefined for a
   * block the session left out or does not know.
   */
  block(blockId: string): { resourcesWithin: number; covered: boolean; pop75Plus: number; atHomeElderly: number; estimated: boolean } | undefined {
    if (!this.slotByBlockId) {
      this.slotByBlockId = new Map(this.blockId.map((id, slot) => [id, slot]));
    }
    const b = this.slotByBlockId.get(blockId);
    if (b === undefined) return undefined;
    return { resourcesWithin: this.counts[b], covered: this.counts[b] > 0, pop75Plus: this.blockPop75[b], atHomeElderly: this.blockAtHome[b], estimated: this.blockEstimated[b] === 1 };
  }

  /** Whether a resource id is one the session counts (its category is counted and its location usable). */
  isCountedResource(id: string): boolean {
    const slot = this.resourceSlotById.get(id);
    return slot !== undefined && slot >= 0;
  }

  /** Effect of a change, without changing the session. */
  whatIf(change: ResourceChange): WhatIfResult {
    return this.evaluateChange(change, false);
  }

  /** Applies a change (e.g. a shop really opened) and returns its effect. */
  apply(change: ResourceChange): WhatIfResult {
    return this.evaluateChange(change, true);
  }

  // ------------------------------------------------------------------ internals

  private addCountedResource(r: ResourceInput): void {
    this.resourceSlotById.set(r.id, this.resourceLat.length);
    this.resourceLat.push(r.lat);
    this.resourceLng.push(r.lng);
    this.countedResourceCount++;
  }

  /**
   * Covered sums of unit u with counts + delta. The same loop, in the same order, serves the
   * full run and every what-if, so both give bit-identical sums.
   */
  private coveredSums(u: number): { coveredAtHome: number; coveredBlocks: number } {
    let coveredAtHome = 0;
    let coveredBlocks = 0;
    const end = this.unitBlockStart[u + 1];
    for (let b = this.unitBlockStart[u]; b < end; b++) {
      if (this.counts[b] + this.delta[b] > 0) {
        coveredAtHome += this.blockAtHome[b];
        coveredBlocks++;
      }
    }
    return { coveredAtHome, coveredBlocks };
  }

  private refreshUnit(u: number): void {
    const s = this.coveredSums(u);
    this.unitCoveredAtHome[u] = s.coveredAtHome;
    this.unitCoveredBlocks[u] = s.coveredBlocks;
  }

  private stateOf(u: number, coveredAtHome: number, coveredBlocks: number): MunicipalityState & {
    sufficiencyUndefinedReason: SufficiencyUndefinedReason | null;
  } {
    const blockCount = this.unitBlockStart[u + 1] - this.unitBlockStart[u];
    const total = this.unitAtHome[u];
    let sufficiency: number | null = null;
    let reason: SufficiencyUndefinedReason | null = null;
    if (blockCount === 0) reason = 'no_town_blocks';
    else if (!(total > 0)) reason = 'no_at_home_elderly';
    else sufficiency = Math.min(1, coveredAtHome / total);
    const { segment, reason: segmentReason } = decideSegment(
      this.unitTier[u],
      sufficiency,
      this.policy.sufficiencyThresholds,
    );
    return { coveredBlockCount: coveredBlocks, coveredAtHomeElderly: coveredAtHome, sufficiency, segment, segmentReason, sufficiencyUndefinedReason: reason };
  }

  private classificationOf(u: number): MunicipalityClassification {
    const m = this.units[u];
    const state = this.stateOf(u, this.unitCoveredAtHome[u], this.unitCoveredBlocks[u]);
    return Object.freeze({
      code: m.code,
      name: m.name ?? null,
      unitType: m.unitType,
      population: m.population,
      areaKm2: m.areaKm2,
      densityPerKm2: this.unitDensity[u],
      tier: this.unitTier[u],
      blockCount: this.unitBlockStart[u + 1] - this.unitBlockStart[u],
      coveredBlockCount: state.coveredBlockCount,
      pop75Plus: this.unitPop75[u],
      care3Plus: this.unitCare3[u],
      atHomeElderly: this.unitAtHome[u],
      coveredAtHomeElderly: state.coveredAtHomeElderly,
      sufficiency: state.sufficiency,
      sufficiencyUndefinedReason: state.sufficiencyUndefinedReason,
      segment: state.segment,
      segmentReason: state.segmentReason,
      recommendedModel: recommendedModelFor(state.segment),
      estimation: this.unitEstimation[u],
    });
  }

  private evaluateChange(change: ResourceChange, commit: boolean): WhatIfResult {
    const diagnostics: Diagnostic[] = [];
    const touched: number[] = [];
    const mark = (b: number): void => {
      if (this.touchedMark[b] === 0) {
        this.touchedMark[b] = 1;
        touched.push(b);
      }
    };
    const p = this.predicate;
    const visit = (lat: number, lng: number, step: number): void => {
      p.setCentre(lat, lng);
      this.index.forEachInBox(lat - p.halfLatDeg, lat + p.halfLatDeg, lng - p.halfLngDeg, lng + p.halfLngDeg, (b, bLat, bLng) => {
        if (p.contains(bLat, bLng)) {
          this.delta[b] += step;
          mark(b);
        }
      });
    };

    const removed = new Set<string>();
    for (const id of change.remove ?? []) {
      const slot = this.resourceSlotById.get(id);
      if (slot === undefined || slot < 0 || removed.has(id)) {
        diagnostics.push({
          severity: 'warning',
          code: 'resource_not_found',
          resourceId: id,
          message: `resource ${id} is not a counted resource${removed.has(id) ? ' (already removed in this change)' : ''}; nothing removed`,
        });
        continue;
      }
      removed.add(id);
      visit(this.resourceLat[slot], this.resourceLng[slot], -1);
    }
    const added: ResourceInput[] = [];
    const addedIds = new Set<string>();
    for (const r of change.add ?? []) {
      const exists = (this.resourceSlotById.has(r.id) && !removed.has(r.id)) || addedIds.has(r.id);
      if (exists) {
        diagnostics.push({
          severity: 'error',
          code: 'duplicate_resource',
          resourceId: r.id,
          message: `resource id ${r.id} already exists; not added`,
        });
        continue;
      }
      if (!this.categories.has(r.category)) {
        diagnostics.push({
          severity: 'info',
          code: 'resource_category_not_counted',
          resourceId: r.id,
          message: `category '${r.category}' is not counted by policy ${this.provenance.policyRef}; no effect`,
        });
        continue;
      }
      if (!isInJapanBounds(r.lat, r.lng)) {
        diagnostics.push({
          severity: 'error',
          code: 'resource_invalid_location',
          resourceId: r.id,
          message: `resource ${r.id} has an unusable location (${r.lat}, ${r.lng}); not added`,
        });
        continue;
      }
      addedIds.add(r.id);
      added.push(r);
      visit(r.lat, r.lng, +1);
    }

    // Blocks whose covered status flips, and the units they belong to.
    touched.sort((x, y) => x - y);
    const changedBlocks: BlockCoverageChange[] = [];
    const affectedUnits: number[] = [];
    for (const b of touched) {
      const before = this.counts[b];
      const after = before + this.delta[b];
      if (before > 0 === after > 0) continue;
      const u = this.blockUnit[b];
      if (affectedUnits[affectedUnits.length - 1] !== u) affectedUnits.push(u); // touched is sorted, units are contiguous
      changedBlocks.push(
        Object.freeze({
          blockId: this.blockId[b],
          municipalityCode: this.units[u].code,
          name: this.blockName[b],
          lat: this.blockLat[b],
          lng: this.blockLng[b],
          atHomeElderly: this.blockAtHome[b],
          resourcesWithinBefore: before,
          resourcesWithinAfter: after,
          coveredBefore: before > 0,
          coveredAfter: after > 0,
        }),
      );
    }
    const municipalities: MunicipalityWhatIf[] = affectedUnits.map((u) => {
      const before = this.stateOf(u, this.unitCoveredAtHome[u], this.unitCoveredBlocks[u]);
      const sums = this.coveredSums(u);
      const after = this.stateOf(u, sums.coveredAtHome, sums.coveredBlocks);
      return Object.freeze({
        code: this.units[u].code,
        name: this.units[u].name ?? null,
        atHomeElderly: this.unitAtHome[u],
        before: publicState(before),
        after: publicState(after),
        segmentChanged: before.segment !== after.segment,
      });
    });

    if (commit) {
      for (const b of touched) this.counts[b] += this.delta[b];
      for (const id of removed) {
        this.resourceSlotById.delete(id);
        this.countedResourceCount--;
      }
      for (const r of added) this.addCountedResource(r);
    }
    for (const b of touched) {
      this.delta[b] = 0;
      this.touchedMark[b] = 0;
    }
    if (commit) {
      for (const u of affectedUnits) this.refreshUnit(u);
      if (touched.length > 0 || removed.size > 0 || added.length > 0) this.cachedRun = null;
    }
    return Object.freeze({
      ...this.provenance,
      changedBlocks: Object.freeze(changedBlocks),
      municipalities: Object.freeze(municipalities),
      touchedBlockCount: touched.length,
      diagnostics: Object.freeze(diagnostics),
    });
  }
}

function publicState(s: MunicipalityState): MunicipalityState {
  return Object.freeze({
    coveredBlockCount: s.coveredBlockCount,
    coveredAtHomeElderly: s.coveredAtHomeElderly,
    sufficiency: s.sufficiency,
    segment: s.segment,
    segmentReason: s.segmentReason,
  });
}

function unitProblem(m: MunicipalityInput): { code: DiagnosticCode; message: string } | null {
  if (!isValidJisCode5(m.code)) {
    return { code: 'invalid_municipality_code', message: `'${m.code}' is not a valid 5-digit municipality code; unit left out` };
  }
  if (!(Number.isFinite(m.population) && m.population >= 0)) {
    return { code: 'invalid_population', message: `${m.code}: population must be a finite number ≥ 0; unit left out` };
  }
  if (!(Number.isFinite(m.areaKm2) && m.areaKm2 > 0)) {
    return { code: 'invalid_area', message: `${m.code}: area must be a finite number > 0 km²; unit left out` };
  }
  return null;
}

/** One-shot classification: `ClassificationSession.create(input, policy).result()`. */
export function classify(input: ClassificationInput, policy: ClassificationPolicy = SEED_DEFAULT_POLICY): ClassificationRun {
  return ClassificationSession.create(input, policy).result();
}

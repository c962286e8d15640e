import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { DatasetImportedV1, Topics } from '@sanpuku/contracts';
import { EventFanout, EventInvalidatedCache } from '@sanpuku/platform';
import { MunicipalityExplanation, sufficiencyPercent } from '@sanpuku/region-domain';
import { policyWords, words, wordsOrCode } from '../common/words';
import { runProvenance } from './run-provenance';
import { unpackUncoveredBlocks } from '../classification/stored-explanation';
import { AreaSummary, SegmentTierCounts } from '../classification/classification.model';
import { Area, DensityTierCode, RecommendedModel, SegmentCode } from './area.model';

export interface AreaFilter {
  prefectureCode?: string;
  tier?: DensityTierCode;
  segment?: SegmentCode;
}

interface Row {
  code: string;
  lg_code6: string | null;
  name: string;
  prefecture_code: string;
  prefecture_name: string;
  unit_type: string;
  parent_code: string | null;
  parent_name: string | null;
  area_km2: number;
  population: number;
  pop_75plus: number | null;
  care3plus: number | null;
  run_id: string | null;
  policy_id: string | null;
  distance_model: string | null;
  finished_at: Date | null;
  tier: DensityTierCode | null;
  segment: SegmentCode | null;
  density_per_km2: number | null;
  at_home_elderly: number | null;
  covered_elderly: number | null;
  sufficiency: number | null;
  estimated: boolean | null;
  notes_ja: string[] | null;
  notes_en: string[] | null;
  notes: string[] | null;
  recommended_model: MunicipalityExplanation['recommendedModel'] | null;
  uncovered: number | null;
}

/** Which stored explanation a classification's uncovered blocks are read from. */
export interface ExplanationKey {
  runId: string;
  municipalityCode: string;
}

/** Per-request batch loader of the uncovered blocks' GeoJSON: one query per request, whatever the number of areas. */
export interface ExplanationLoaders {
  uncoveredGeoJson: DataLoader<ExplanationKey, string, string>;
}

const EMPTY_COLLECTION = JSON.stringify({ type: 'FeatureCollection', features: [] });
/** Runs are immutable once stored: their provenance sentence is computed once per run (a few runs at most are ever read). */
const PROVENANCE_CACHE_SIZE = 16;

/** One of the reads kept in memory. */
type AreaRead = { kind: 'list'; filter: AreaFilter } | { kind: 'one'; code: string } | { kind: 'summary' };

function emptyCounts(): SegmentTierCounts {
  return { A: 0, B: 0, C: 0, rural: 0, generalCity: 0, largeCity: 0, unclassified: 0 };
}

/**
 * Reads municipalities with their classification from the latest run. What `areas`, `area` and
 * `areaSummary` answer is kept in memory per filter (see AREA_READS_INVALIDATED_BY) and read from
 * the database again after any instance stored a classification run or imported municipalities.
 */
@Injectable()
export class AreasService {
  private readonly reads: EventInvalidatedCache<AreaRead, Area[] | Area | null | AreaSummary>;

  constructor(
    private readonly ds: DataSource,
    fanout: EventFanout,
  ) {
    this.reads = new EventInvalidatedCache(fanout, (r): Promise<Area[] | Area | null | AreaSummary> => (r.kind === 'list' ? this.readList(r.filter) : r.kind === 'one' ? this.readOne(r.code) : this.readSummary()), {
      topics: [Topics.regionClassificationRun, Topics.regionDataset],
      invalidatedBy: (e) => e.type !== DatasetImportedV1.type || (e.data as { kind: string }).kind === 'municipalities',
      maxEntries: 512,
      keyOf: (r) => (r.kind === 'list' ? `list/${r.filter.prefectureCode ?? ''}/${r.filter.tier ?? ''}/${r.filter.segment ?? ''}` : r.kind === 'one' ? `one/${r.code}` : 'summary'),
    });
  }

  /** The in-memory reads' counters (tests). */
  get cacheStats(): EventInvalidatedCache<unknown, unknown>['stats'] {
    return this.reads.stats;
  }

  private readonly provenance = new Map<string, Promise<{ ja: string; en: string } | null>>();

  // The explanation's summary column (notes, recommended model, uncovered count) is read with the
  // classification: the answers are kept in memory, so it costs one read per invalidation, and the
  // fields are plain properties of the kept objects rather than a resolver and a batch per request.
  // The uncovered blocks' GeoJSON (the bulk of an explanation) is read only when selected (explanationLoaders).
  private readonly select = `
    WITH latest AS (SELECT id, policy_id, distance_model, finished_at FROM classification_run ORDER BY finished_at DESC LIMIT 1)
    SELECT m.*, p.name AS parent_name, l.id AS run_id, l.policy_id, l.distance_model, l.finished_at,
           c.tier, c.segment, c.density_per_km2, c.at_home_elderly, c.covered_elderly, c.sufficiency, c.estimated,
           c.explanation_summary->'notesJa' AS notes_ja, c.explanation_summary->'notesEn' AS notes_en,
           c.explanation_summary->'notes' AS notes, c.explanation_summary->'recommendedModel' AS recommended_model,
           (c.explanation_summary->>'uncoveredBlockCount')::int AS uncovered
      FROM municipality m
      LEFT JOIN municipality p ON p.code = m.parent_code
      LEFT JOIN latest l ON true
      LEFT JOIN municipality_classification c ON c.run_id = l.id AND c.municipality_code = m.code`;

  list(f: AreaFilter): Promise<Area[]> {
    return this.reads.get({ kind: 'list', filter: f }) as Promise<Area[]>;
  }

  private async readList(f: AreaFilter): Promise<Area[]> {
    const rows: Row[] = await this.ds.query(
      `${this.select}
       WHERE ($1::text IS NULL OR m.prefecture_code = $1)
         AND ($2::text IS NULL OR c.tier = $2)
         AND ($3::text IS NULL OR c.segment = $3)
       ORDER BY m.code`,
      [f.prefectureCode ?? null, f.tier ?? null, f.segment ?? null],
    );
    const prov = rows[0]?.run_id ? await this.runProvenance(rows[0].run_id) : null;
    return rows.map((r) => toArea(r, prov));
  }

  /** The provenance sentence of a run, computed once per run (runs and the dataset versions they name never change). */
  private runProvenance(runId: string): Promise<{ ja: string; en: string } | null> {
    let p = this.provenance.get(runId);
    if (!p) {
      p = runProvenance(this.ds, runId);
      p.catch(() => this.provenance.delete(runId));
      if (this.provenance.size >= PROVENANCE_CACHE_SIZE) this.provenance.delete(this.provenance.keys().next().value!);
      this.provenance.set(runId, p);
    }
    return p;
  }

  /** New loaders for one request (a DataLoader caches for its lifetime, so never share one across requests). */
  explanationLoaders(): ExplanationLoaders {
    const cacheKeyFn = (k: ExplanationKey) => `${k.runId}/${k.municipalityCode}`;
    const where = `FROM municipality_classification c JOIN unnest($1::uuid[], $2::text[]) AS k(run_id, code) ON c.run_id = k.run_id AND c.municipality_code = k.code`;
    const args = (keys: readonly ExplanationKey[]) => [keys.map((k) => k.runId), keys.map((k) => k.municipalityCode)];
    return {
      uncoveredGeoJson: new DataLoader(
        async (keys) => {
          // Packed since PackedUncoveredBlocks; a run stored before keeps them in its explanation.
          const rows: { run_id: string; code: string; packed: Buffer | null; legacy: unknown }[] = await this.ds.query(
            `SELECT c.run_id, c.municipality_code AS code, c.uncovered_blocks AS packed,
                    CASE WHEN c.uncovered_blocks IS NULL THEN c.explanation->'uncoveredBlocks' END AS legacy ${where}`,
            args(keys),
          );
          const byKey = new Map(rows.map((r) => [`${r.run_id}/${r.code}`, r]));
          return keys.map((k) => {
            const r = byKey.get(cacheKeyFn(k));
            if (r?.packed) return JSON.stringify(unpackUncoveredBlocks(r.packed));
            return r?.legacy ? JSON.stringify(r.legacy) : EMPTY_COLLECTION;
          });
        },
        { cacheKeyFn },
      ),
    };
  }

  summary(): Promise<AreaSummary> {
    return this.reads.get({ kind: 'summary' }) as Promise<AreaSummary>;
  }

  private async readSummary(): Promise<AreaSummary> {
    const rows: { prefecture_code: string; prefecture_name: string; segment: string | null; tier: string | null; run_id: string | null; policy_id: string | null }[] =
      await this.ds.query(`
        WITH latest AS (SELECT id, policy_id FROM classification_run ORDER BY finished_at DESC LIMIT 1)
        SELECT m.prefecture_code, m.prefecture_name, c.segment, c.tier, l.id AS run_id, l.policy_id
          FROM municipality m LEFT JOIN latest l ON true
          LEFT JOIN municipality_classification c ON c.run_id = l.id AND c.municipality_code = m.code
         ORDER BY m.prefecture_code`);
    const national = emptyCounts();
    const byPref = new Map<string, { prefectureCode: string; prefectureName: string; counts: SegmentTierCounts }>();
    for (const r of rows) {
      const p = byPref.get(r.prefecture_code) ?? { prefectureCode: r.prefecture_code, prefectureName: r.prefecture_name, counts: emptyCounts() };
      byPref.set(r.prefecture_code, p);
      // Only classification units count (a designated city classified by wards has no row itself).
      if (!r.segment) continue;
      for (const c of [national, p.counts]) {
        c[r.segment as 'A' | 'B' | 'C']++;
        c[({ rural: 'rural', general_city: 'generalCity', large_city: 'largeCity' } as const)[r.tier as 'rural']]++;
      }
    }
    for (const p of byPref.values()) p.counts.unclassified = rows.filter((r) => r.prefecture_code === p.prefectureCode && !r.segment).length;
    national.unclassified = rows.filter((r) => !r.segment).length;
    const policy = rows[0]?.policy_id ? policyWords(rows[0].policy_id) : null;
    return { runId: rows[0]?.run_id ?? null, policyRef: rows[0]?.policy_id ?? null, policyLabelJa: policy?.ja ?? null, policyLabelEn: policy?.en ?? null, national, prefectures: [...byPref.values()] };
  }

  async hasPrefecture(prefectureCode: string): Promise<boolean> {
    const rows = await this.ds.query(`SELECT 1 FROM municipality WHERE prefecture_code = $1 LIMIT 1`, [prefectureCode]);
    return rows.length > 0;
  }

  one(code: string): Promise<Area | null> {
    return this.reads.get({ kind: 'one', code }) as Promise<Area | null>;
  }

  private async readOne(code: string): Promise<Area | null> {
    const rows: Row[] = await this.ds.query(`${this.select} WHERE m.code = $1`, [code]);
    if (!rows[0]) return null;
    return toArea(rows[0], rows[0].run_id ? await this.runProvenance(rows[0].run_id) : null);
  }
}

function toArea(r: Row, provenance: { ja: string; en: string } | null): Area {
  return {
    code: r.code,
    lgCode6: r.lg_code6,
    name: r.name,
    prefectureCode: r.prefecture_code,
    prefectureName: r.prefecture_name,
    unitType: r.unit_type,
    unitTypeLabelJa: wordsOrCode('UnitType', r.unit_type).ja,
    unitTypeLabelEn: wordsOrCode('UnitType', r.unit_type).en,
    parentCode: r.parent_code,
    parentName: r.parent_name,
    areaKm2: r.area_km2,
    population: r.population,
    pop75plus: r.pop_75plus,
    care3plus: r.care3plus,
    classification:
      r.run_id && r.segment
        ? {
            runId: r.run_id,
            policyId: r.policy_id!,
            policyLabelJa: policyWords(r.policy_id!).ja,
            policyLabelEn: policyWords(r.policy_id!).en,
            distanceModel: r.distance_model!,
            distanceModelLabelJa: wordsOrCode('DistanceModel', r.distance_model!).ja,
            distanceModelLabelEn: wordsOrCode('DistanceModel', r.distance_model!).en,
            classifiedAt: r.finished_at!,
            tier: r.tier!,
            tierLabelJa: words('DensityTier', r.tier!).ja,
            tierLabelEn: words('DensityTier', r.tier!).en,
            segment: r.segment,
            segmentLabelJa: words('Segment', r.segment).ja,
            segmentLabelEn: words('Segment', r.segment).en,
            densityPerKm2: r.density_per_km2!,
            atHomeElderly: r.at_home_elderly!,
            coveredElderly: r.covered_elderly!,
            sufficiency: r.sufficiency,
            sufficiencyPercent: sufficiencyPercent(r.sufficiency),
            estimated: r.estimated!,
            provenanceJa: provenance?.ja ?? '',
            provenanceEn: provenance?.en ?? '',
            // Runs stored before the notes were bilingual kept English `notes` only.
            estimationNotesJa: r.notes_ja ?? [],
            estimationNotesEn: r.notes_en ?? r.notes ?? [],
            estimationNotes: r.notes_en ?? r.notes ?? [],
            recommendedModel: r.recommended_model ? recommendedModelOf(r.recommended_model) : undefined,
            uncoveredBlockCount: r.uncovered ?? 0,
            explanationKey: { runId: r.run_id, municipalityCode: r.code },
          }
        : null,
  };
}

function recommendedModelOf(m: MunicipalityExplanation['recommendedModel']): RecommendedModel {
  return { titleJa: m.title.ja, titleEn: m.title.en, measuresJa: [...m.examples.ja], measuresEn: [...m.examples.en] };
}

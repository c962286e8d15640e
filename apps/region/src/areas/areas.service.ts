import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Area, AreaClassification, DensityTierCode, SegmentCode } from './area.model';

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
  explanation: { estimationNotes?: string[]; recommendedModel?: AreaClassification['recommendedModel']; uncoveredBlocks?: unknown } | null;
}

/** Reads municipalities with their classification from the latest run. */
@Injectable()
export class AreasService {
  constructor(private readonly ds: DataSource) {}

  private readonly select = `
    WITH latest AS (SELECT id, policy_id, distance_model, finished_at FROM classification_run ORDER BY finished_at DESC LIMIT 1)
    SELECT m.*, l.id AS run_id, l.policy_id, l.distance_model, l.finished_at,
           c.tier, c.segment, c.density_per_km2, c.at_home_elderly, c.covered_elderly, c.sufficiency, c.estimated, c.explanation
      FROM municipality m
      LEFT JOIN latest l ON true
      LEFT JOIN municipality_classification c ON c.run_id = l.id AND c.municipality_code = m.code`;

  async list(f: AreaFilter): Promise<Area[]> {
    const rows: Row[] = await this.ds.query(
      `${this.select}
       WHERE ($1::text IS NULL OR m.prefecture_code = $1)
         AND ($2::text IS NULL OR c.tier = $2)
         AND ($3::text IS NULL OR c.segment = $3)
       ORDER BY m.code`,
      [f.prefectureCode ?? null, f.tier ?? null, f.segment ?? null],
    );
    return rows.map(toArea);
  }

  async one(code: string): Promise<Area | null> {
    const rows: Row[] = await this.ds.query(`${this.select} WHERE m.code = $1`, [code]);
    return rows[0] ? toArea(rows[0]) : null;
  }
}

function toArea(r: Row): Area {
  const uncovered = (r.explanation?.uncoveredBlocks ?? { type: 'FeatureCollection', features: [] }) as { features: unknown[] };
  return {
    code: r.code,
    lgCode6: r.lg_code6,
    name: r.name,
    prefectureCode: r.prefecture_code,
    prefectureName: r.prefecture_name,
    unitType: r.unit_type,
    parentCode: r.parent_code,
    areaKm2: r.area_km2,
    population: r.population,
    pop75plus: r.pop_75plus,
    care3plus: r.care3plus,
    classification:
      r.run_id && r.segment
        ? {
            runId: r.run_id,
            policyId: r.policy_id!,
            distanceModel: r.distance_model!,
            classifiedAt: r.finished_at!,
            tier: r.tier!,
            segment: r.segment,
            densityPerKm2: r.density_per_km2!,
            atHomeElderly: r.at_home_elderly!,
            coveredElderly: r.covered_elderly!,
            sufficiency: r.sufficiency,
            estimated: r.estimated!,
            estimationNotes: r.explanation?.estimationNotes ?? [],
            recommendedModel: r.explanation!.recommendedModel!,
            uncoveredBlockCount: uncovered.features.length,
            uncoveredBlocksGeoJson: JSON.stringify(uncovered),
          }
        : null,
  };
}

import { ClassificationPolicy } from '../policy/classification.policy';
import { DENSITY_TIER_LABELS } from '../rules/density-tier.rule';
import { SegmentReason } from '../rules/segment.rule';
import {
  Care3Method,
  ClassificationProvenance,
  MunicipalityClassification,
  MunicipalityExplanation,
  PointFeature,
  Pop75Method,
  UncoveredBlockProperties,
} from './classification.types';

const POP75_TEXT: Record<Pop75Method, string> = {
  block_counts: "75+ figures are the blocks' own counts",
  apportioned_equally:
    "75+ figures are ESTIMATED: no block had its own count, so the municipality's 75+ was split equally over its blocks",
  remainder_apportioned_equally:
    "75+ figures are partly ESTIMATED: blocks without their own count share the rest of the municipality's 75+ equally",
  missing: 'no 75+ figure was available for blocks without their own count; they were given 0',
  no_blocks: 'there are no town blocks to hold 75+ figures',
};

const CARE3_TEXT: Record<Care3Method, string> = {
  block_counts: "care-level-3+ figures are the blocks' own counts",
  apportioned_by_75plus_share:
    "care-level-3+ figures are ESTIMATED: the municipality's figure was apportioned to blocks by their share of 75+",
  ratio_of_75plus:
    'care-level-3+ figures are ESTIMATED: no figure was supplied, so the policy ratio of the 75+ population was used',
  no_blocks: 'there are no town blocks to hold care-level-3+ figures',
};

const SEGMENT_TEXT: Record<SegmentReason, string> = {
  rural: 'rural municipalities are C at any sufficiency',
  sufficiency_undefined:
    'sufficiency is undefined (nobody to measure), and the classification never grades A or B on an unmeasured rate: C',
  sufficiency_at_least_a: 'non-rural and sufficiency at or above the A threshold',
  sufficiency_at_least_b: 'non-rural and sufficiency at or above the B threshold but below the A threshold',
  sufficiency_below_b: 'sufficiency below the B threshold: C',
};

export interface UncoveredBlockRow {
  readonly id: string;
  readonly name: string | null;
  readonly lat: number;
  readonly lng: number;
  readonly pop75Plus: number;
  readonly care3Plus: number;
  readonly atHomeElderly: number;
  readonly estimated: boolean;
}

export function buildExplanation(
  classification: MunicipalityClassification,
  provenance: ClassificationProvenance,
  policy: ClassificationPolicy,
  uncovered: readonly UncoveredBlockRow[],
): MunicipalityExplanation {
  const c = classification;
  const pct = (v: number): string => `${(v * 100).toFixed(2)} %`;
  const notes = [
    `Density ${c.densityPerKm2.toFixed(1)} /km² = population ${c.population} / area ${c.areaKm2} km² → ` +
      `${c.tier} (${DENSITY_TIER_LABELS[c.tier].ja}); general city from ${policy.densityTiers.generalCityMinPerKm2}, ` +
      `large city from ${policy.densityTiers.largeCityMinPerKm2} /km², lower bounds inclusive.`,
    `At-home elderly (在宅高齢者) per block = 75+ − care level 3+; ${POP75_TEXT[c.estimation.pop75Method]}; ` +
      `${CARE3_TEXT[c.estimation.care3Method]}. Fractions are kept.`,
    `A block is covered when a resource of category ${provenance.resourceCategories.join(' / ')} lies within ` +
      `${provenance.radiusM} m (inclusive) of its representative point, measured by ${provenance.distanceModelRef}.`,
    c.sufficiency === null
      ? `Sufficiency is undefined: ${c.sufficiencyUndefinedReason === 'no_town_blocks' ? 'the municipality has no town blocks' : 'its blocks hold no at-home elderly'}.`
      : `Sufficiency = ${c.coveredAtHomeElderly.toFixed(2)} / ${c.atHomeElderly.toFixed(2)} = ${pct(c.sufficiency)} ` +
        `(${c.coveredBlockCount} of ${c.blockCount} blocks covered).`,
    `Segment ${c.segment}: ${SEGMENT_TEXT[c.segmentReason]} (A from ${pct(policy.sufficiencyThresholds.segmentAMin)}, ` +
      `B from ${pct(policy.sufficiencyThresholds.segmentBMin)}, lower bounds inclusive).`,
  ];
  const features: PointFeature<UncoveredBlockProperties>[] = uncovered.map((b) => ({
    type: 'Feature',
    id: b.id,
    geometry: { type: 'Point', coordinates: [b.lng, b.lat] },
    properties: {
      blockId: b.id,
      name: b.name,
      pop75Plus: b.pop75Plus,
      care3Plus: b.care3Plus,
      atHomeElderly: b.atHomeElderly,
      estimated: b.estimated,
    },
  }));
  return {
    ...c,
    provenance,
    thresholds: {
      generalCityMinPerKm2: policy.densityTiers.generalCityMinPerKm2,
      largeCityMinPerKm2: policy.densityTiers.largeCityMinPerKm2,
      segmentAMin: policy.sufficiencyThresholds.segmentAMin,
      segmentBMin: policy.sufficiencyThresholds.segmentBMin,
    },
    notes,
    uncoveredBlocks: { type: 'FeatureCollection', features },
  };
}

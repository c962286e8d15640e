/**
 * What the gateway benchmark sends. One entry per case; to benchmark another operation, add an entry here: the runner checks each case answers
 * without GraphQL errors before measuring it, and reports a failing case as skipped with the reason.
 */
import type { Actor } from '@sanpuku/platform';

export interface BenchCase {
  /** Short label for the table. */
  name: string;
  /** What it stands for, printed under the table. */
  note: string;
  /** The subgraph that answers it alone (for the direct baseline without the gateway). */
  subgraph: 'catalogue' | 'region' | 'matching';
  /** Whose token is sent (null = anonymous). */
  actor: Actor | null;
  query: string;
  variables?: Record<string, unknown>;
}

export const BENCH_FAMILY: Actor = { sub: 'demo-family-1', name: '【デモ】家族 丸亀 太郎', role: 'family' };

export const BENCH_CASES: BenchCase[] = [
  {
    name: 'area query',
    subgraph: 'region',
    note: 'region: areas(prefectureCode: "37") — the 17 municipalities of 香川県 with their classification',
    actor: BENCH_FAMILY,
    query: `query Areas { areas(prefectureCode: "37") { code name classification { tier segment densityPerKm2 sufficiency estimated recommendedModel { titleJa } } } }`,
  },
  {
    name: 'catalogue search',
    subgraph: 'catalogue',
    note: 'catalogue: searchOfferings near a point in 高松市 for meal delivery (the 【デモ】 offerings; service areas checked exactly)',
    actor: BENCH_FAMILY,
    query: `query Search { searchOfferings(filter: { categories: ["meal_delivery"], near: { lat: 34.3428, lng: 134.0466, municipalityCode: "37201" } }, first: 20) { total items { distanceM offering { id title price { amountYen unit } } } } }`,
  },
  {
    name: 'file a request',
    subgraph: 'matching',
    note: 'matching: the fileHelpRequest mutation (a family files for a senior in 高松市; a write with its first shortlist)',
    actor: BENCH_FAMILY,
    query: `mutation File($input: FileHelpRequestInput!) { fileHelpRequest(input: $input) { id status municipalityCode shortlist { id entries { position offeringId } } } }`,
    variables: {
      input: {
        senior: { fullName: '【デモ】讃岐 ハナ', fullNameKana: 'サヌキ ハナ', addressText: '【デモ】香川県高松市番町1丁目（架空）', contactPhone: '087-000-0000', careLevel: 'care_1' },
        ageBand: '80_84',
        municipalityCode: '37201',
        location: { lat: 34.3428, lng: 134.0466 },
        livingSituation: 'alone',
        needs: ['meal_delivery'],
        preferences: { coverage: 'any', preferredDays: [1, 3, 5] },
        acquisitionConsent: { givenBy: 'family', givenByName: '【デモ】家族 丸亀 太郎', textVersion: 'acquisition-1' },
      },
    },
  },
  {
    name: 'what-if',
    subgraph: 'region',
    note: 'region: whatIf with one planned mobile shop in 宇多津町 (the stand-in for a request before matching had one; kept as the compute-heavy case)',
    actor: BENCH_FAMILY,
    query: `query WhatIf($input: WhatIfInput!) { whatIf(input: $input) { municipalities { code before { sufficiency segment } after { sufficiency segment } } } }`,
    variables: { input: { add: [{ lat: 34.3068, lng: 133.8208, category: 'convenience', name: '移動販売（試算）' }] } },
  },
];

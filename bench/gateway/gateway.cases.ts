/**
 * What the gateway benchmark sends. One entry per case; to benchmark another operation, add an entry here: the runner checks each case answers
 * without GraphQL errors before measuring it, and reports a failing case as skipped with the reason. The web app's own pages are measured with
 * the very operations the web app sends (imported from apps/web/src/api/operations.ts, so the bench follows the app).
 */
import { print, type DocumentNode } from 'graphql';
import type { Actor } from '@sanpuku/platform';
import { AreaMapQuery, HelpRequestQuery, ReferralInboxQuery } from '../../apps/web/src/api/operations';

/** Sends one operation through the gateway as someone (for a case's set-up); throws on GraphQL errors. */
export type BenchCall = (query: string, variables: Record<string, unknown>, actor: Actor) => Promise<any>;

const text = (doc: unknown) => print(doc as DocumentNode);

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
  /** A read (the gateway target is a share of the subgraph's throughput) or a write. */
  kind: 'read' | 'write';
  /** Straight-to-subgraph req/s the issue asks for at 10 connections, if any. */
  directTarget?: number;
  /** Creates what the case reads (once per run mode, through the gateway) and returns its variables. */
  prepare?: (call: BenchCall) => Promise<Record<string, unknown>>;
}

export const BENCH_OPERATOR: Actor = { sub: 'demo-operator-hidamari', name: '【デモ】ひだまり配食株式会社 受付担当', role: 'operator', organizationId: '11111111-1111-4111-8111-111111111101' } as Actor;
export const BENCH_MUNICIPAL: Actor = { sub: 'demo-municipal-takamatsu', name: '【デモ】高松市 長寿福祉課 担当者', role: 'municipal_staff', municipalityCode: '37201' } as Actor;

const FILE_INPUT = {
  senior: { fullName: '【デモ】讃岐 ハナ', fullNameKana: 'サヌキ ハナ', addressText: '【デモ】香川県高松市番町1丁目（架空）', contactPhone: '087-000-0000', careLevel: 'care_1' },
  ageBand: '80_84',
  municipalityCode: '37201',
  location: { lat: 34.3428, lng: 134.0466 },
  livingSituation: 'alone',
  needs: ['meal_delivery'],
  preferences: { coverage: 'any', preferredDays: [1, 3, 5] },
  acquisitionConsent: { givenBy: 'family', givenByName: '【デモ】家族 丸亀 太郎', textVersion: 'acquisition-1' },
};
const FILE = `mutation File($input: FileHelpRequestInput!) { fileHelpRequest(input: $input) { id shortlist { entries { offeringId organizationId } } } }`;

export const BENCH_FAMILY: Actor = { sub: 'demo-family-1', name: '【デモ】家族 丸亀 太郎', role: 'family' };

export const BENCH_CASES: BenchCase[] = [
  {
    name: 'area query',
    subgraph: 'region',
    note: 'region: areas(prefectureCode: "37") — the 17 municipalities of 香川県 with their classification',
    actor: BENCH_FAMILY,
    query: `query Areas { areas(prefectureCode: "37") { code name classification { tier segment densityPerKm2 sufficiency estimated recommendedModel { titleJa } } } }`,
    kind: 'read',
    directTarget: 2000,
  },
  {
    name: 'catalogue search',
    subgraph: 'catalogue',
    note: 'catalogue: searchOfferings near a point in 高松市 for meal delivery (the 【デモ】 offerings; service areas checked exactly)',
    actor: BENCH_FAMILY,
    query: `query Search { searchOfferings(filter: { categories: ["meal_delivery"], near: { lat: 34.3428, lng: 134.0466, municipalityCode: "37201" } }, first: 20) { total items { distanceM offering { id title price { amountYen unit } } } } }`,
    kind: 'read',
    directTarget: 1500,
  },
  {
    name: 'file a request',
    subgraph: 'matching',
    note: 'matching: the fileHelpRequest mutation (a family files for a senior in 高松市; a write with its first shortlist)',
    actor: BENCH_FAMILY,
    query: `mutation File($input: FileHelpRequestInput!) { fileHelpRequest(input: $input) { id status municipalityCode shortlist { id entries { position offeringId } } } }`,
    variables: { input: FILE_INPUT },
    kind: 'write',
    directTarget: 400,
  },
  {
    name: 'what-if',
    subgraph: 'region',
    note: 'region: whatIf with one planned mobile shop in 宇多津町 (the stand-in for a request before matching had one; kept as the compute-heavy case)',
    actor: BENCH_FAMILY,
    query: `query WhatIf($input: WhatIfInput!) { whatIf(input: $input) { municipalities { code before { sufficiency segment } after { sufficiency segment } } } }`,
    variables: { input: { add: [{ lat: 34.3068, lng: 133.8208, category: 'convenience', name: '移動販売（試算）' }] } },
    kind: 'read',
  },
  {
    name: 'area dashboard',
    subgraph: 'region',
    note: 'web app: the municipal area dashboard of 香川県 (AreaMap: 17 municipalities with segment, notes, provenance, recommended model)',
    actor: BENCH_MUNICIPAL,
    query: text(AreaMapQuery),
    variables: { prefectureCode: '37' },
    kind: 'read',
  },
  {
    name: 'shortlist page',
    subgraph: 'matching',
    note: "web app: a family's request page (HelpRequest: the request, its shortlist, consents, referrals, next candidates, notices)",
    actor: BENCH_FAMILY,
    query: text(HelpRequestQuery),
    kind: 'read',
    prepare: async (call) => ({ id: (await call(FILE, { input: FILE_INPUT }, BENCH_FAMILY)).fileHelpRequest.id }),
  },
  {
    name: 'referral board',
    subgraph: 'matching',
    note: "web app: an operator's referral inbox (ReferralInbox, limit 100) holding one referral sent by a family",
    actor: BENCH_OPERATOR,
    query: text(ReferralInboxQuery),
    variables: { limit: 100 },
    kind: 'read',
    prepare: async (call) => {
      const filed = (await call(FILE, { input: FILE_INPUT }, BENCH_FAMILY)).fileHelpRequest;
      const org = (BENCH_OPERATOR as { organizationId: string }).organizationId;
      const entry = filed.shortlist.entries.find((e: { organizationId: string }) => e.organizationId === org);
      if (!entry) throw new Error('no offering of the operator in the shortlist');
      const items = ['full_name', 'address', 'contact_phone', 'care_level'];
      await call(`mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`, {
        input: { requestId: filed.id, dataItems: items, recipientOrganizationIds: [org], given: { givenBy: 'family', givenByName: '【デモ】家族 丸亀 太郎', textVersion: 'provision-1' } },
      }, BENCH_FAMILY);
      await call(`mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`, { input: { requestId: filed.id, offeringId: entry.offeringId, disclosedItems: items } }, BENCH_FAMILY);
      return { limit: 100 };
    },
  },
];

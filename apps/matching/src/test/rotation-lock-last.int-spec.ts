/**
 * The rotation row is locked last (ShortlistsService.store): a round is computed against the state
 * as last committed and computed again under the lock when another round of the same scope
 * committed in between. Whatever the interleaving, the stored rotation state is the sum of the
 * exposure log (no round's update is lost) and every round of a scope gets its own revision.
 */
import { UnitOfWork } from '@sanpuku/platform';
import { familyX, ORG_A, ORG_B } from '../access/actors.fixture';
import { HelpRequestRepository } from '../requests/help-request.repository';
import { ShortlistsService } from '../shortlists/shortlists.service';
import { anOffering, aRequestInput, FILE_REQUEST, Harness, ok, publishOfferings, startMatching } from './matching.harness';

let h: Harness;
const confirmedAt = new Date().toISOString();
// Two operators' offerings that score exactly the same for the same request.
const mealsA = anOffering({ organizationId: ORG_A, capacityConfirmedAt: confirmedAt });
const mealsB = anOffering({ organizationId: ORG_B, capacityConfirmedAt: confirmedAt });
const SCOPE = '13101|meal_delivery';
// Another scope: one housework offering listed, one excluded (full), one need nobody covers.
const housework = anOffering({ categories: ['housework'], title: '家事の手伝い', organizationName: '株式会社家事', capacityConfirmedAt: confirmedAt });
const fullHousework = anOffering({ categories: ['housework'], title: '満員の家事', organizationName: '株式会社満員', capacity: 'full', capacityConfirmedAt: confirmedAt });
const SHORTLIST_FIELDS = /* GraphQL */ `
  id requestId round generatedAt rotationScope scopeRevision distanceModel distanceModelLabelJa distanceModelLabelEn bandWidth topPositions
  uncoveredNeeds disclaimerJa disclaimerEn
  entries {
    position offeringId organizationId title organizationName categories coverage coverageLabelJa priceYen priceUnit priceUnitLabelJa
    capacity capacityLabelJa score bandId bandLabelJa placementRule placementRuleLabelJa placementJa placementEn
    criteriaMet { filter filterLabelJa code passed effect needsConfirmation ja en }
    notes { filter code passed effect ja en }
    scoreParts { part partLabelJa weight value points maxPoints ja en }
  }
  excluded { offeringId organizationId title organizationName failed { filter code passed effect ja en } }`;

beforeAll(async () => {
  h = await startMatching('rotation_last', { rotationTopPositions: 1 });
  await publishOfferings(h, [mealsA, mealsB, housework, fullHousework]);
});
afterAll(() => h?.close());

/** The scope's stored state next to what the exposure log says it must be. */
async function stateAndLog(): Promise<{ revision: number; fromState: Record<string, { top: number; listed: number }>; fromLog: Record<string, { top: number; listed: number }> }> {
  const [row] = await h.ds.query(`SELECT revision, state FROM rotation_state WHERE scope_key = $1`, [SCOPE]);
  const fromState: Record<string, { top: number; listed: number }> = {};
  for (const [id, o] of Object.entries(row.state.offerings as Record<string, { positionCounts: number[]; listedCount: number }>)) {
    fromState[id] = { top: o.positionCounts[0] ?? 0, listed: o.listedCount };
  }
  const log: { id: string; top: number; listed: number }[] = await h.ds.query(
    `SELECT offering_id::text AS id, count(*) FILTER (WHERE position = 1)::int AS top, count(*)::int AS listed FROM exposure_record WHERE shortlist_id IN
       (SELECT id FROM shortlist WHERE rotation_scope = $1) GROUP BY 1`,
    [SCOPE],
  );
  return { revision: row.revision, fromState, fromLog: Object.fromEntries(log.map((l) => [l.id, { top: l.top, listed: l.listed }])) };
}

describe('the rotation lock is taken last', () => {
  it('twenty filings at once for an area and needs nobody asked for yet each get their own revision and lose no exposure', async () => {
    const filed = await Promise.all(Array.from({ length: 20 }, () => ok(h, FILE_REQUEST, { input: aRequestInput() }, familyX)));
    const revisions = filed.map((f) => f.fileHelpRequest.shortlist.scopeRevision).sort((a: number, b: number) => a - b);
    expect(revisions).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    for (const f of filed) {
      expect(f.fileHelpRequest.status).toBe('open');
      expect(f.fileHelpRequest.shortlist.entries.map((e: { position: number }) => e.position)).toEqual([1, 2]);
    }
    const s = await stateAndLog();
    expect(s.revision).toBe(20);
    expect(s.fromState).toEqual(s.fromLog);
    expect(s.fromState[mealsA.offeringId]).toEqual({ top: 10, listed: 20 });
    expect(s.fromState[mealsB.offeringId]).toEqual({ top: 10, listed: 20 });
  });

  it('a round computed before other rounds of its scope committed is computed again under the lock', async () => {
    const uow = h.svc.app.get(UnitOfWork);
    const shortlists = h.svc.app.get(ShortlistsService);
    const requests = h.svc.app.get(HelpRequestRepository);
    const first = (await ok(h, FILE_REQUEST, { input: aRequestInput() }, familyX)).fileHelpRequest;
    const before = (await stateAndLog()).revision;

    const outcome = await uow.run(async (m) => {
      const r = (await requests.byId(first.id, m))!;
      const prepared = await shortlists.prepare(m, first.id, await requests.facts(m, r), new Date());
      // Two other filings of the same scope commit while this round waits to be stored.
      await ok(h, FILE_REQUEST, { input: aRequestInput() }, familyX);
      await ok(h, FILE_REQUEST, { input: aRequestInput() }, familyX);
      await shortlists.store(m, prepared);
      return { basis: prepared.basis.revision, staleRevision: prepared.result.nextExposureState.revision };
    });

    expect(outcome.basis).toBe(before);
    expect(outcome.staleRevision).toBe(before + 1);
    const [round2] = await h.ds.query(`SELECT scope_revision FROM shortlist WHERE request_id = $1 AND round = 2`, [first.id]);
    expect(round2.scope_revision).toBe(before + 3);
    const s = await stateAndLog();
    expect(s.revision).toBe(before + 3);
    expect(s.fromState).toEqual(s.fromLog);
    // 20 + 1 + 2 + 1 rounds between two equally qualified operators: the top is still shared equally.
    expect(s.fromState[mealsA.offeringId].top).toBe(12);
    expect(s.fromState[mealsB.offeringId].top).toBe(12);
  });

  it('the shortlist a filing answers with is the one stored, read back field for field', async () => {
    const filed = (
      await ok(h, `mutation File($input: FileHelpRequestInput!) { fileHelpRequest(input: $input) { id status shortlist { ${SHORTLIST_FIELDS} } } }`, {
        input: aRequestInput({ needs: ['housework', 'mobility'] }),
      }, familyX)
    ).fileHelpRequest;
    expect(filed.shortlist.entries.map((e: { offeringId: string }) => e.offeringId)).toEqual([housework.offeringId]);
    expect(filed.shortlist.excluded.map((x: { offeringId: string; title: string }) => [x.offeringId, x.title])).toEqual([[fullHousework.offeringId, '満員の家事']]);
    expect(filed.shortlist.uncoveredNeeds).toEqual(['mobility']);
    const read = (await ok(h, `query One($id: ID!) { helpRequest(id: $id) { id status shortlist { ${SHORTLIST_FIELDS} } } }`, { id: filed.id }, familyX)).helpRequest;
    expect(filed).toEqual(read);
  });
});

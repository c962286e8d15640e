/**
 * Issue 9 item 8 for matching, against the real service (PostgreSQL, Kafka): a family agrees on
 * screen to a versioned consent text instead of typing a date; an unmet request comes back with a
 * next step; and a newly published offering re-matches unmet requests it can serve, with a notice.
 */
import { waitFor } from '@sanpuku/platform/testing';
import { careManagerOffice1, familyX, familyY } from '../access/actors.fixture';
import { anOffering, aRequestInput, failure, Harness, ok, publishOfferings, publishSegment, startMatching } from './matching.harness';

let h: Harness;
const meals = anOffering({ title: '配食 夕食お届け', organizationName: '株式会社配食' });

const FILE = /* GraphQL */ `
  mutation F($input: FileHelpRequestInput!) {
    fileHelpRequest(input: $input) {
      id status
      consents { purpose method methodLabelJa methodLabelEn textVersion obtainedAt givenByLabelJa purposeLabelJa dataItemsLabelJa }
      nextStep { messageJa messageEn contactJa contactEn }
      shortlist { round entries { offeringId } uncoveredNeeds }
    }
  }`;

const REQUEST = /* GraphQL */ `
  query R($id: ID!) {
    helpRequest(id: $id) {
      id status
      nextStep { messageJa messageEn contactJa contactEn }
      notices { kind kindLabelJa messageJa messageEn offeringIds }
      shortlist { round entries { offeringId } uncoveredNeeds }
    }
  }`;

beforeAll(async () => {
  h = await startMatching('plain-terms');
  await publishOfferings(h, [meals]);
  await publishSegment(h, '13101', 'A');
});
afterAll(() => h?.close());

describe('consent is the act of agreeing to a versioned text on screen', () => {
  it('consentText.serves-the-current-versioned-text-in-both-languages', async () => {
    const { consentText: t } = await ok(h, `query { consentText(purpose: "acquisition") { purpose version titleJa titleEn bodyJa bodyEn } }`, {}, familyX);
    expect(t).toMatchObject({ purpose: 'acquisition', version: 'acquisition-1' });
    for (const words of ['要介護度', '目的', '撤回']) expect(t.bodyJa).toContain(words);
    expect(t.bodyEn).toContain('withdraw');
    const { consentText: p } = await ok(h, `query { consentText(purpose: "provision") { purpose version } }`, {}, familyX);
    expect(p).toEqual({ purpose: 'third_party_provision', version: 'provision-1' });
    const e = await failure(h, `query { consentText(purpose: "marketing") { version } }`, {}, familyX);
    expect(e).toMatchObject({ code: 'BAD_USER_INPUT', extensions: expect.objectContaining({ field: '/purpose' }) });
  });

  it('consent.family-files-by-agreeing-on-screen: no date typed; the version and the server time are recorded', async () => {
    const before = Date.now();
    const { fileHelpRequest: r } = await ok(h, FILE, { input: aRequestInput({ acquisitionConsent: { givenBy: 'family', givenByName: '山田 太郎', textVersion: 'acquisition-1' } }) }, familyX);
    expect(r.consents).toEqual([
      expect.objectContaining({ purpose: 'acquisition', method: 'on_screen', methodLabelJa: '画面上で同意', methodLabelEn: 'Agreed on screen', textVersion: 'acquisition-1', givenByLabelJa: '家族（本人に代わって）' }),
    ]);
    expect(r.consents[0].purposeLabelJa).toBe('要配慮個人情報の取得');
    expect(r.consents[0].dataItemsLabelJa).toEqual(['要介護度（要配慮個人情報）', '心身の状況（要配慮個人情報）']);
    const at = Date.parse(r.consents[0].obtainedAt);
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(Date.now() + 1000);
    const [row] = await h.ds.query(`SELECT method, text_version FROM consent WHERE request_id = $1`, [r.id]);
    expect(row).toEqual({ method: 'on_screen', text_version: 'acquisition-1' });
  });

  it('consent.unknown-text-version-is-bad-user-input, and a family cannot type a paper date', async () => {
    const unknown = await failure(h, FILE, { input: aRequestInput({ acquisitionConsent: { givenBy: 'self', textVersion: 'acquisition-0' } }) }, familyX);
    expect(unknown).toMatchObject({ code: 'BAD_USER_INPUT', extensions: expect.objectContaining({ field: '/input/acquisitionConsent/textVersion' }) });
    expect((unknown.extensions.problems as { code: string }[])[0].code).toBe('unknown_consent_text_version');
    const typed = await failure(h, FILE, { input: aRequestInput({ acquisitionConsent: { givenBy: 'self', method: 'written', obtainedAt: new Date().toISOString() } }) }, familyX);
    expect(typed).toMatchObject({ code: 'BAD_USER_INPUT', extensions: expect.objectContaining({ field: '/input/acquisitionConsent/method' }) });
  });

  it('consent.care-manager-records-a-paper-consent-with-date-and-method', async () => {
    const obtainedAt = new Date(Date.now() - 86_400_000).toISOString();
    const { fileHelpRequest: r } = await ok(h, FILE, { input: aRequestInput({ acquisitionConsent: { givenBy: 'self', method: 'written', obtainedAt } }) }, careManagerOffice1);
    expect(r.consents[0]).toMatchObject({ method: 'written', methodLabelJa: '書面', textVersion: null, obtainedAt });
  });
});

describe('unmet requests come back with a next step and are matched again when a new offering arrives', () => {
  let unmetHere: string;
  let unmetElsewhere: string;
  let partlyCovered: string;
  const mobility = anOffering({ title: '外出付き添い', organizationName: '株式会社おでかけ', categories: ['mobility'], serviceArea: { kind: 'municipalities', codes: ['13101'] } });
  const fullMobility = anOffering({ title: '満員の付き添い', organizationName: '株式会社満員', categories: ['mobility'], capacity: 'full', serviceArea: { kind: 'municipalities', codes: ['13101', '13102'] } });

  it('request.unmet-comes-back-with-a-next-step (whom to contact, and that it is matched again)', async () => {
    const file = (o: Record<string, unknown>, actor = familyX) => ok(h, FILE, { input: aRequestInput(o) }, actor).then((d) => d.fileHelpRequest);
    const here = await file({ needs: ['mobility'] });
    unmetHere = here.id;
    expect(here).toMatchObject({ status: 'unmet', shortlist: { round: 1, entries: [] } });
    expect(here.nextStep.messageJa).toContain('自動でもう一度候補を探し');
    expect(here.nextStep.contactJa).toContain('地域包括支援センター');
    expect(here.nextStep.contactEn).toContain('community general support centre');
    unmetElsewhere = (await file({ needs: ['mobility'], municipalityCode: '13102', location: { lat: 35.67, lng: 139.77 } }, familyY)).id;
    const partly = await file({ needs: ['meal_delivery', 'mobility'] });
    partlyCovered = partly.id;
    expect(partly).toMatchObject({ status: 'open', shortlist: { uncoveredNeeds: ['mobility'] } });
    expect(partly.nextStep.messageJa).toContain('1分野には、まだ対応するサービスがありません');
    // A request whose needs are all covered has no next step.
    const covered = await file({ needs: ['meal_delivery'] });
    expect(covered.nextStep).toBeNull();
  });

  it('rematch.offering-failing-a-hard-filter-does-not-rematch: a full offering spends no shortlist round', async () => {
    await publishOfferings(h, [fullMobility]);
    const { helpRequest: r } = await ok(h, REQUEST, { id: unmetHere }, familyX);
    expect(r).toMatchObject({ status: 'unmet', shortlist: { round: 1 }, notices: [] });
  });

  it('rematch.new-offering-rematches-unmet-requests-it-can-serve-and-tells-the-family', async () => {
    await publishOfferings(h, [mobility]);
    const r = await waitFor(async () => {
      const { helpRequest } = await ok(h, REQUEST, { id: unmetHere }, familyX);
      return helpRequest.status === 'open' ? helpRequest : null;
    }, 'the unmet request re-matched');
    expect(r.shortlist).toMatchObject({ round: 2, entries: [{ offeringId: mobility.offeringId }] });
    expect(r.notices).toEqual([
      expect.objectContaining({ kind: 'rematched', kindLabelJa: '新しいサービスで再照合', offeringIds: [mobility.offeringId], messageJa: expect.stringContaining('候補が1件見つかりました') }),
    ]);
    expect(r.nextStep).toBeNull();

    // An open request whose mobility need was uncovered gets the new candidate too.
    const { helpRequest: partly } = await ok(h, REQUEST, { id: partlyCovered }, familyX);
    expect(partly.shortlist.round).toBe(2);
    expect(partly.shortlist.uncoveredNeeds).toEqual([]);
    expect(partly.shortlist.entries.map((e: { offeringId: string }) => e.offeringId)).toEqual(expect.arrayContaining([mobility.offeringId, meals.offeringId]));
    expect(partly.notices.map((n: { kind: string; offeringIds: string[] }) => [n.kind, n.offeringIds])).toEqual([['rematched', [mobility.offeringId]]]);

    // Outside the offering's municipalities nothing changes.
    const { helpRequest: elsewhere } = await ok(h, REQUEST, { id: unmetElsewhere }, familyY);
    expect(elsewhere).toMatchObject({ status: 'unmet', shortlist: { round: 1 }, notices: [] });
    expect(elsewhere.nextStep).not.toBeNull();
  });
});

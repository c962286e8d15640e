/**
 * The operator's offering editor in a real browser (Debian's Chromium) against the real platform,
 * at 1280 px and 375 px, with axe-core on every page: first registration, a listing written in the
 * editor and submitted, returned by 高松市's staff with a reason, fixed at that field, published.
 */
import { axeOnEveryPage, WIDTHS, webTestFile, type OnPage } from './browser';
import { operatorEditorJourney } from './operator-editor';

jest.setTimeout(300_000);

const web = webTestFile('web_editor');

describe.each(Object.entries(WIDTHS))('operator’s offering editor at %s width', (_label, viewport) => {
  it('a new operator registers, drafts a listing with the taxonomy picker and a radius picked on the map then municipalities, is told what is missing, submits; returned with a reason, it is fixed at that field, resubmitted and published', async () => {
    const page = await web.newPage(viewport);
    const a11y = axeOnEveryPage();
    const texts: Record<string, string> = {};
    const onPage: OnPage = async (name, p) => {
      await a11y.onPage(name, p);
      texts[name] = await p.locator('main').innerText();
    };
    const title = `さぬき夕食便（${viewport.width}）`;
    const r = await operatorEditorJourney(page, web.url, onPage, title);

    // The radius draft was saved as a radius of 8 km, reviewed by the municipalities it reaches (高松市 among them).
    expect(r.afterRadiusSave).toEqual({ kind: 'radius', radiusM: 8000, served: expect.arrayContaining(['37201']) });
    // The submitted listing is what the form said: municipalities 高松市 and 三木町, the two kinds in order, weekday evenings.
    expect(r.afterSubmit).toEqual({
      status: 'submitted',
      kind: 'municipalities',
      municipalityCodes: ['37201', '37341'],
      categories: ['meal_delivery', 'monitoring_emergency'],
      schedule: [1, 2, 3, 4, 5].map((day) => ({ day, opensAt: '16:00', closesAt: '18:30' })),
    });
    expect(await r.finalStatus()).toBe('published');

    expect(a11y.pages).toEqual(
      expect.arrayContaining(['op-org-new', 'op-editor-radius', 'op-editor-missing', 'op-editor-api-error', 'op-editor-municipalities', 'op-editor-complete', 'muni-review-return', 'op-offerings-returned', 'op-editor-returned', 'muni-review-resubmitted']),
    );
    expect(a11y.violations).toEqual({});
    // No page a person reads shows an ISO timestamp, an id or a JIS municipality code (the
    // development sign-in page lists the demo users' own descriptions, which name their codes).
    for (const [name, text] of Object.entries(texts).filter(([n]) => n !== 'signin')) {
      expect([name, text]).not.toEqual([name, expect.stringMatching(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/)]);
      expect([name, text]).not.toEqual([name, expect.stringMatching(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/)]);
      expect([name, text]).not.toEqual([name, expect.stringMatching(/\b37\d{3}\b/)]);
    }
  });
});

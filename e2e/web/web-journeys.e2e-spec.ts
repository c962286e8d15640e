/**
 * The web app in a real browser (Debian's Chromium via playwright-core) against the real
 * platform (single-process mode, real PostgreSQL, demo data): the family caregiver's and the care
 * manager's journeys in Japanese at desktop (1280 px) and phone (375 px) widths, with axe-core on
 * every page (no serious or critical violation), and the acceptance arriving live when the operator
 * accepts through the API.
 */
import { axeOnEveryPage, careManagerJourney, familyJourney, WIDTHS, webTestFile } from './browser';

jest.setTimeout(240_000);

const web = webTestFile('web');
const newPage = web.newPage;

describe.each(Object.entries(WIDTHS))('at %s width', (_label, viewport) => {
  it('a family caregiver asks for help, refers to an option with consent, sees the acceptance live, and withdraws consent', async () => {
    const page = await newPage(viewport);
    const a11y = axeOnEveryPage();
    await familyJourney(page, web.url, a11y.onPage);
    expect(a11y.pages).toEqual(expect.arrayContaining(['signin', 'family-home', 'family-wizard-1-who', 'family-wizard-6-consent', 'family-shortlist', 'family-status-requested', 'family-status-accepted', 'family-consent-withdrawn']));
    expect(a11y.violations).toEqual({});
    // Nothing on the page shows a raw timestamp or an id.
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
  });

  it('a care manager files on a senior’s behalf with consent recorded, compares, refers to two operators, and sees acceptance, refusal and the outcome arrive live', async () => {
    const page = await newPage(viewport);
    const a11y = axeOnEveryPage();
    await careManagerJourney(page, web.url, a11y.onPage);
    expect(a11y.pages).toEqual(expect.arrayContaining(['care-clients', 'care-wizard-6-consent', 'care-compare', 'care-board-waiting', 'care-board-accepted', 'care-board-outcome', 'care-clients-after']));
    expect(a11y.violations).toEqual({});
  });
});

describe('preferences and sign-in', () => {
  it('switches to English and keeps a larger text size after a reload; body text is at least 16 px', async () => {
    const page = await newPage(WIDTHS.phone);
    await page.goto(`${web.url}/signin`);
    await page.getByRole('heading', { level: 1, name: 'ログイン' }).waitFor();
    const bodySize = ((await page.evaluate('parseFloat(getComputedStyle(document.body).fontSize)')) as number);
    expect(bodySize).toBeGreaterThanOrEqual(16);
    await page.getByRole('button', { name: '特大' }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(((await page.evaluate('parseFloat(getComputedStyle(document.body).fontSize)')) as number)).toBeGreaterThan(bodySize * 1.3);
    expect(await page.getByRole('button', { name: 'Extra large' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
  });

  it('without a development login (production), shows no demo users and says how the organisation signs in', async () => {
    const page = await newPage(WIDTHS.desktop);
    // The production gateway answers /dev/* with 404 (see the gateway's tests); play that answer here.
    await page.route('**/dev/users', (route) => route.fulfill({ status: 404, contentType: 'application/json', body: '{"code":"DEV_LOGIN_DISABLED"}' }));
    await page.goto(`${web.url}/signin`);
    await page.getByText('所属する組織のアカウント（シングルサインオン）でログインします', { exact: false }).waitFor();
    expect(await page.locator('button[data-user]').count()).toBe(0);
  });

  it('a client route opened directly loads the app (the gateway falls back to it), and signed-out users go to sign-in', async () => {
    const page = await newPage(WIDTHS.desktop);
    await page.goto(`${web.url}/family/requests`);
    await page.getByRole('heading', { level: 1, name: 'ログイン' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/signin');
  });
});

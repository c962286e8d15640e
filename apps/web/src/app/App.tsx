import { Suspense, useEffect } from 'react';
import { homeOf, SessionProvider, useSession } from '../auth/session';
import { PrefsProvider, usePrefs, useT, type TextSize } from '../i18n/I18n';
import { Loading } from '../ui/ui';
import { Link, matchPath, RouterProvider, useRouter } from './router';
import { routes } from './routes';

/** After sign-in or sign-out, the API client forgets the previous identity (if it was ever loaded). */
const resetApi = () => void import('../api/client').then((m) => m.resetIdentity());

export function App() {
  return (
    <PrefsProvider>
      <SessionProvider onChange={resetApi}>
        <RouterProvider>
          <Layout />
        </RouterProvider>
      </SessionProvider>
    </PrefsProvider>
  );
}

function Layout() {
  const t = useT();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skip')}
      </a>
      <Header />
      <main id="main" className="main">
        <Suspense fallback={<Loading />}>
          <CurrentPage />
        </Suspense>
      </main>
      <footer className="footer">
        <p>{t('layout.footer')}</p>
      </footer>
    </>
  );
}

function CurrentPage() {
  const { path, navigate } = useRouter();
  const { session } = useSession();
  const t = useT();
  const found = routes.map((r) => ({ r, params: matchPath(r.path, path) })).find((m) => m.params);
  const allowed = !found?.r.roles || (session && found.r.roles.includes(session.user.role));
  const redirect = !found || !allowed ? (session ? homeOf(session.user.role) : '/signin') : null;
  useEffect(() => {
    if (redirect && redirect !== path) navigate(redirect, true);
  }, [redirect, path, navigate]);
  useEffect(() => {
    if (found) document.title = `${t(found.r.title)} | ${t('app.name')}`;
  }, [found, t]);
  if (!found || !allowed) {
    if (redirect === path) return <p>{t('error.notFound')}</p>;
    return <Loading />;
  }
  const Page = found.r.page;
  return <Page params={found.params!} />;
}

function Header() {
  const t = useT();
  const { session, signOut } = useSession();
  const { navigate } = useRouter();
  const { locale, setLocale, textSize, setTextSize } = usePrefs();
  const sizes: TextSize[] = ['standard', 'large', 'xlarge'];
  return (
    <header className="header">
      <div className="header-row">
        <Link to={session ? homeOf(session.user.role) : '/signin'} className="brand">
          {t('app.name')}
        </Link>
        {session && (
          <div className="who">
            <span className="who-name">{session.user.name}</span>
            <span className="who-role">{t(`role.${session.user.role}`)}</span>
            <button
              type="button"
              className="button small secondary"
              onClick={() => {
                signOut();
                navigate('/signin');
              }}
            >
              {t('layout.signOut')}
            </button>
          </div>
        )}
      </div>
      <div className="header-row prefs">
        <fieldset className="segmented">
          <legend>{t('layout.textSize')}</legend>
          {sizes.map((s) => (
            <button key={s} type="button" aria-pressed={textSize === s} onClick={() => setTextSize(s)} className="seg">
              {t(`layout.size.${s}`)}
            </button>
          ))}
        </fieldset>
        <fieldset className="segmented">
          <legend>{t('layout.language')}</legend>
          <button type="button" lang="ja" aria-pressed={locale === 'ja'} onClick={() => setLocale('ja')} className="seg">
            {t('layout.lang.ja')}
          </button>
          <button type="button" lang="en" aria-pressed={locale === 'en'} onClick={() => setLocale('en')} className="seg">
            {t('layout.lang.en')}
          </button>
        </fieldset>
      </div>
    </header>
  );
}

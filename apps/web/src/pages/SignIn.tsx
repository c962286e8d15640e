import { useEffect, useState } from 'react';
import { devLogin, fetchDemoUsers, homeOf, useSession, type DemoUser } from '../auth/session';
import { useRouter } from '../app/router';
import { useBilingual, useT } from '../i18n/I18n';
import { Loading, PageTitle } from '../ui/ui';

const ROLE_ORDER = ['family', 'care_manager', 'municipal_staff', 'operator', 'admin'];

/** Sign-in: the development login's demo users by role, one click each; in production, how the organisation signs in. */
export default function SignIn() {
  const t = useT();
  const pick = useBilingual();
  const { signIn } = useSession();
  const { navigate } = useRouter();
  const [users, setUsers] = useState<DemoUser[] | null | undefined>(undefined);
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    fetchDemoUsers().then(setUsers, () => setUsers(null));
  }, []);

  const choose = async (u: DemoUser) => {
    setBusy(u.userId);
    setFailed(false);
    try {
      const token = await devLogin(u.userId);
      signIn({ token, user: { userId: u.userId, name: u.name, role: u.role, officeId: u.officeId, municipalityCode: u.municipalityCode, organizationId: u.organizationId } });
      navigate(homeOf(u.role));
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="page narrow">
      <PageTitle>{t('signin.title')}</PageTitle>
      {users === undefined && <Loading />}
      {users === null && (
        <div className="card">
          <p>{t('signin.oidc')}</p>
        </div>
      )}
      {users && (
        <>
          <p className="lead">{t('signin.devLead')}</p>
          {failed && (
            <p className="error-box" role="alert">
              {t('signin.failed')}
            </p>
          )}
          {ROLE_ORDER.filter((r) => users.some((u) => u.role === r)).map((role) => (
            <section key={role} className="role-group" aria-labelledby={`role-${role}`}>
              <h2 id={`role-${role}`}>{t(`role.${role}`)}</h2>
              <ul className="user-list">
                {users
                  .filter((u) => u.role === role)
                  .map((u) => (
                    <li key={u.userId}>
                      <button type="button" className="user-button" disabled={!!busy} onClick={() => void choose(u)} data-user={u.userId}>
                        <span className="user-name">{u.name}</span>
                        <span className="user-desc">{pick(u.descriptionJa, u.descriptionEn)}</span>
                      </button>
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </section>
  );
}

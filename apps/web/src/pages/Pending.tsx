import { useSession } from '../auth/session';
import { useT } from '../i18n/I18n';
import { PageTitle } from '../ui/ui';

/** Roles whose pages come in part 2 (operators, municipal staff, admins): say so plainly. */
export default function Pending() {
  const t = useT();
  const { session } = useSession();
  return (
    <section className="page narrow">
      <PageTitle>{t('pending.title')}</PageTitle>
      <p className="lead">{t('pending.body', { role: t(`role.${session?.user.role ?? 'admin'}`) })}</p>
    </section>
  );
}

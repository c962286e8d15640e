import { Link } from '../../app/router';
import { useSession } from '../../auth/session';
import { useT } from '../../i18n/I18n';
import { PageTitle } from '../../ui/ui';

/** A family caregiver's home: two plain actions. */
export default function FamilyHome() {
  const t = useT();
  const { session } = useSession();
  return (
    <section className="page narrow">
      <PageTitle>{t('family.home.title')}</PageTitle>
      <p className="lead">{t('family.home.lead', { name: session?.user.name ?? '' })}</p>
      <div className="big-actions">
        <Link to="/family/new" className="big-action primary">
          <span className="big-action-title">{t('family.home.ask')}</span>
          <span className="big-action-desc">{t('family.home.askDesc')}</span>
        </Link>
        <Link to="/family/requests" className="big-action">
          <span className="big-action-title">{t('family.home.status')}</span>
          <span className="big-action-desc">{t('family.home.statusDesc')}</span>
        </Link>
      </div>
    </section>
  );
}

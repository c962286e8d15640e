import { useQuery } from '@apollo/client/react';
import { HelpRequestsQuery } from '../../api/operations';
import { Link } from '../../app/router';
import { useBilingual, useFormatDate, useT } from '../../i18n/I18n';
import { LoadError, Loading, PageTitle } from '../../ui/ui';

/** 相談の状況: the family's requests, newest first. */
export default function FamilyRequests() {
  const t = useT();
  const date = useFormatDate();
  const pick = useBilingual();
  const { data, loading, error, refetch } = useQuery(HelpRequestsQuery, { variables: { limit: 50 }, fetchPolicy: 'cache-and-network' });
  return (
    <section className="page narrow">
      <PageTitle>{t('family.requests.title')}</PageTitle>
      {loading && !data && <Loading />}
      {error && !data && <LoadError retry={() => void refetch()} />}
      {data && data.helpRequests.length === 0 && (
        <div className="card">
          <p>{t('family.requests.none')}</p>
          <Link to="/family/new" className="button primary">
            {t('family.home.ask')}
          </Link>
        </div>
      )}
      <ul className="request-list">
        {data?.helpRequests.map((r) => (
          <li key={r.id}>
            <Link to={`/family/requests/${r.id}`} className="card request-link">
              <span className="request-date">{t('family.requests.filed', { date: date(r.createdAt) })}</span>
              <span className="request-status">{r.statusLabelJa}</span>
              <span className="hint">
                {r.referrals.length
                  ? t('family.requests.referrals', { n: r.referrals.length, latest: pick(r.referrals[0].statusLabelJa, r.referrals[0].statusLabelEn) })
                  : t('family.requests.noReferrals')}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { useQuery } from '@apollo/client/react';
import { HelpRequestsQuery } from '../../api/operations';
import { useLabels } from '../../api/contract';
import { Link } from '../../app/router';
import { useBilingual, useFormatDate, useT } from '../../i18n/I18n';
import { LoadError, Loading, PageTitle } from '../../ui/ui';
import { FINAL } from '../shared';

/** The office's clients (requests filed by the office), with where their referrals stand. */
export default function CareClients() {
  const t = useT();
  const date = useFormatDate();
  const pick = useBilingual();
  const labels = useLabels(['CareLevel', 'AgeBand']);
  const { data, loading, error, refetch } = useQuery(HelpRequestsQuery, { variables: { limit: 100 }, fetchPolicy: 'cache-and-network' });
  return (
    <section className="page">
      <PageTitle>{t('care.clients.title')}</PageTitle>
      <div className="actions">
        <Link to="/care/new" className="button primary">
          {t('care.clients.new')}
        </Link>
      </div>
      {loading && !data && <Loading />}
      {error && !data && <LoadError retry={() => void refetch()} />}
      {data && data.helpRequests.length === 0 && <p>{t('care.clients.none')}</p>}
      {data && data.helpRequests.length > 0 && (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="clients-caption">
          <table className="table">
            <caption id="clients-caption">{t('care.clients.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('care.clients.filed')}</th>
                <th scope="col">{t('care.clients.profile')}</th>
                <th scope="col">{t('care.clients.status')}</th>
                <th scope="col">{t('care.clients.referrals')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('care.clients.open')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.helpRequests.map((r) => {
                const open = r.referrals.filter((x) => !FINAL.includes(x.status));
                return (
                  <tr key={r.id}>
                    <td>{date(r.createdAt)}</td>
                    <td>{labels.has('AgeBand') ? labels.label('AgeBand', r.ageBand) : t('care.clients.profileHidden')}</td>
                    <td>{r.statusLabelJa}</td>
                    <td>
                      {r.referrals.length === 0
                        ? t('care.clients.noReferrals')
                        : t('care.clients.referralCount', { n: r.referrals.length, open: open.length })}
                      {r.referrals[0] && <span className="hint block">{pick(r.referrals[0].statusLabelJa, r.referrals[0].statusLabelEn)}</span>}
                    </td>
                    <td>
                      <Link to={`/care/requests/${r.id}`} className="button small secondary">
                        {t('care.clients.open')}
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

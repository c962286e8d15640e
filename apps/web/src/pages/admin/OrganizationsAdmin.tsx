import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { AdminOrganizationsQuery } from '../../api/operations';
import { useBilingual, usePrefs, useT } from '../../i18n/I18n';
import { LoadError, Loading, PageTitle } from '../../ui/ui';
import { AdminNav } from './AdminNav';

/** Width, case and kana differences do not hide a name: ＮＰＯ finds NPO, さんぷく finds サンプク. */
function fold(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
    .replace(/\s+/g, '');
}

/** 2026年12月2日 (Japan time), never an ISO timestamp. */
function useFormatDay() {
  const { locale } = usePrefs();
  return useMemo(() => {
    const f = new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', { timeZone: 'Asia/Tokyo', year: 'numeric', month: 'long', day: 'numeric' });
    return (iso: string) => f.format(new Date(iso));
  }, [locale]);
}

/**
 * 事業者の一覧: every registered operator organization with its 法人番号, the municipalities its
 * listings serve, its listings per state and when it registered; a search by name (official or
 * common) narrows the list as one types.
 */
export default function OrganizationsAdmin() {
  const t = useT();
  const pick = useBilingual();
  const day = useFormatDay();
  const { data, loading, error, refetch } = useQuery(AdminOrganizationsQuery, { fetchPolicy: 'cache-and-network' });
  const [query, setQuery] = useState('');
  const all = data?.organizations ?? [];
  const shown = useMemo(() => {
    const q = fold(query);
    return q ? all.filter((o) => fold(o.name).includes(q) || (o.alternateName && fold(o.alternateName).includes(q))) : all;
  }, [all, query]);
  return (
    <section className="page">
      <AdminNav />
      <PageTitle>{t('admin.orgs.title')}</PageTitle>
      <p className="lead">{t('admin.orgs.lead')}</p>
      <div className="field" role="search">
        <label htmlFor="org-search">{t('admin.orgs.search')}</label>
        <input id="org-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} aria-describedby="org-count" />
      </div>
      {loading && !data && <Loading />}
      {error && !data && <LoadError retry={() => void refetch()} />}
      {data && (
        <p id="org-count" aria-live="polite">
          {query ? t('admin.orgs.countFiltered', { n: shown.length, total: all.length }) : t('admin.orgs.count', { n: all.length })}
        </p>
      )}
      {shown.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('admin.orgs.tableCaption')}>
          <table role="table" aria-labelledby="orgs-caption" className="data-table wide stack-table" data-testid="orgs-table">
            <caption id="orgs-caption">{t('admin.orgs.tableCaption')}</caption>
            <thead role="rowgroup">
              <tr role="row">
                <th role="columnheader" scope="col">{t('admin.orgs.col.name')}</th>
                <th role="columnheader" scope="col">{t('admin.orgs.col.corporateNumber')}</th>
                <th role="columnheader" scope="col">{t('admin.orgs.col.served')}</th>
                <th role="columnheader" scope="col">{t('admin.orgs.col.listings')}</th>
                <th role="columnheader" scope="col">{t('admin.orgs.col.registered')}</th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {shown.map((o) => {
                const used = (o.listingCounts ?? []).filter((c) => c.count > 0);
                return (
                  <tr role="row" key={o.id}>
                    <th role="rowheader" scope="row">
                      {o.name}
                      {o.alternateName && <span className="hint block-hint">{o.alternateName}</span>}
                    </th>
                    <td role="cell" data-label={t('admin.orgs.col.corporateNumber')}>{o.corporateNumber ? o.corporateNumber : t('admin.orgs.noCorporateNumber')}</td>
                    <td role="cell" data-label={t('admin.orgs.col.served')}>{o.servedMunicipalities?.length ? o.servedMunicipalities.map((m) => m.name).join(t('common.listSeparator')) : t('admin.orgs.noneYet')}</td>
                    <td role="cell" data-label={t('admin.orgs.col.listings')}>
                      {used.length ? (
                        <ul className="dataset-list">
                          {used.map((c) => (
                            <li key={c.status}>{t('admin.tax.usedCount', { state: pick(c.statusLabelJa, c.statusLabelEn), n: c.count })}</li>
                          ))}
                        </ul>
                      ) : (
                        t('admin.orgs.noListings')
                      )}
                    </td>
                    <td role="cell" data-label={t('admin.orgs.col.registered')}>{day(o.createdAt)}</td>
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

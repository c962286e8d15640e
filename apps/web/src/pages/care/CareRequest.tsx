import { useState } from 'react';
import { useConsentText, useLabels } from '../../api/contract';
import { Link } from '../../app/router';
import { useBilingual, useFormatDate, useT } from '../../i18n/I18n';
import { GeneralErrors, LoadError, Loading, PageTitle } from '../../ui/ui';
import { Disclaimer, SHARE_ITEMS, useEntryFacts, useLiveRequest, useNow, useRefer, useWithdraw, type Entry, type ReferralView, type RequestView } from '../shared';

const COLUMNS: { key: string; statuses: string[] }[] = [
  { key: 'waiting', statuses: ['draft', 'requested', 'on_hold'] },
  { key: 'active', statuses: ['accepted', 'in_progress'] },
  { key: 'done', statuses: ['completed', 'failed'] },
  { key: 'closed', statuses: ['rejected', 'cancelled', 'expired'] },
];

function localNow(): string {
  return new Date(Date.now() - new Date().getTimezoneOffset() * 60000).toISOString().slice(0, 16);
}

/** A client's request for the care manager: comparison table, referrals with consent, a live board. */
export default function CareRequest({ params }: { params: Record<string, string> }) {
  const t = useT();
  const pick = useBilingual();
  const date = useFormatDate();
  const { data, loading, error, refetch } = useLiveRequest(params.id);
  const request = data?.helpRequest;
  const { refer, busy, problems } = useRefer(request, refetch);
  const withdraw = useWithdraw(refetch);
  const labels = useLabels(['ConsentGiver', 'ConsentDataItem', 'ConsentMethod']);
  const text = useConsentText('third_party_provision');
  const [chosen, setChosen] = useState<string[]>([]);
  const [givenBy, setGivenBy] = useState('self');
  const [givenByName, setGivenByName] = useState('');
  const [method, setMethod] = useState('written');
  const [obtainedAt, setObtainedAt] = useState(localNow);
  const [items, setItems] = useState<string[]>(SHARE_ITEMS);
  const [confirmed, setConfirmed] = useState(false);

  if (loading && !request) return <Loading />;
  if (error && !request) return <LoadError retry={() => void refetch()} />;
  if (!request) return null;

  const referred = new Set(request.referrals.map((r) => r.offeringId));
  const entries = request.shortlist?.entries ?? [];
  const candidates = [...entries, ...request.nextCandidates.filter((n) => !entries.some((e) => e.offeringId === n.offeringId))];
  const toRefer = candidates.filter((c) => chosen.includes(c.offeringId));
  const send = async () => {
    const ok = await refer(toRefer, items, { givenBy, givenByName: givenByName.trim() || null, method, obtainedAt: new Date(obtainedAt).toISOString(), textVersion: text.fromApi ? text.version : null });
    if (ok) {
      setChosen([]);
      setConfirmed(false);
    }
  };
  const activeConsents = request.consents.filter((c) => c.purpose === 'third_party_provision' && !c.withdrawnAt);

  return (
    <section className="page wide">
      <PageTitle>{t('care.request.title')}</PageTitle>
      <p className="lead">
        {t('family.request.filed', { date: date(request.createdAt) })} <span className="badge">{request.statusLabelJa}</span>
      </p>
      {request.notices.map((n, i) => (
        <p key={i} className="notice" role="status">
          {pick(n.messageJa, n.messageEn)}
        </p>
      ))}

      <section aria-labelledby="board-h" className="section">
        <h2 id="board-h">{t('care.board.heading')}</h2>
        <p className="hint">{t('family.request.live')}</p>
        {request.referrals.length === 0 ? (
          <p>{t('care.board.none')}</p>
        ) : (
        <div className="board">
            {COLUMNS.map((col) => {
              const rs = request.referrals.filter((r) => col.statuses.includes(r.status));
              return (
                <section key={col.key} className="board-col" aria-labelledby={`col-${col.key}`} data-column={col.key}>
                  <h3 id={`col-${col.key}`}>
                    {t(`care.board.col.${col.key}`)} <span className="count">{rs.length}</span>
                  </h3>
                  {rs.length === 0 && <p className="hint">{t('care.board.empty')}</p>}
                  {rs.map((r) => (
                    <BoardCard key={r.id} referral={r} />
                  ))}
                </section>
              );
            })}
          </div>
        )}
        {request.nextCandidates.length > 0 && request.referrals.some((r) => ['rejected', 'expired', 'failed'].includes(r.status)) && (
          <p className="notice">{t('care.board.nextCandidates')}</p>
        )}
      </section>

      <section aria-labelledby="compare-h" className="section">
        <h2 id="compare-h">{t('care.compare.heading')}</h2>
        <Disclaimer request={request} />
        <details className="rotation-note">
          <summary>{t('care.rotation.summary')}</summary>
          <p>{t('care.rotation.body', { n: request.shortlist?.topPositions ?? 3 })}</p>
        </details>
        {candidates.length === 0 ? (
          <p>{t('family.request.emptyShortlist')}</p>
        ) : (
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="compare-caption">
            <table className="table compare">
              <caption id="compare-caption">{t('care.compare.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('care.compare.choose')}</th>
                  <th scope="col">{t('care.compare.service')}</th>
                  <th scope="col">{t('offer.priceLabel')}</th>
                  <th scope="col">{t('offer.coverageLabel')}</th>
                  <th scope="col">{t('offer.distanceLabel')}</th>
                  <th scope="col">{t('offer.daysLabel')}</th>
                  <th scope="col">{t('care.compare.why')}</th>
                </tr>
              </thead>
              <tbody>
                {candidates.map((c) => (
                  <CompareRow
                    key={c.offeringId}
                    entry={c as Entry}
                    request={request}
                    referred={referred.has(c.offeringId)}
                    checked={chosen.includes(c.offeringId)}
                    onToggle={(on) => setChosen((x) => (on ? [...x, c.offeringId] : x.filter((y) => y !== c.offeringId)))}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
        {toRefer.length > 0 && (
          <form
            className="card consent-text"
            aria-labelledby="cm-consent-h"
            onSubmit={(e) => {
              e.preventDefault();
              void send();
            }}
          >
            <h3 id="cm-consent-h">{t('care.consent.heading', { n: toRefer.length })}</h3>
            <p className="pre">{text.body}</p>
            <p className="hint">{t('consent.version', { version: text.version })}</p>
            <fieldset className="field choices">
              <legend>{t('wizard.consent.givenBy')}</legend>
              {labels.codes('ConsentGiver').map((c) => (
                <label key={c} className="choice">
                  <input type="radio" name="cm-givenBy" value={c} checked={givenBy === c} onChange={() => setGivenBy(c)} />
                  <span className="choice-label">{labels.label('ConsentGiver', c)}</span>
                </label>
              ))}
            </fieldset>
            <fieldset className="field choices">
              <legend>{t('wizard.consent.method')}</legend>
              {labels.codes('ConsentMethod').filter((c) => c !== 'on_screen').map((c) => (
                <label key={c} className="choice">
                  <input type="radio" name="cm-method" value={c} checked={method === c} onChange={() => setMethod(c)} />
                  <span className="choice-label">{labels.label('ConsentMethod', c)}</span>
                </label>
              ))}
            </fieldset>
            <div className="field">
              <label htmlFor="cm-givenByName">{t('wizard.consent.givenByName')}</label>
              <input id="cm-givenByName" value={givenByName} onChange={(e) => setGivenByName(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="cm-obtainedAt">{t('wizard.consent.obtainedAt')}</label>
              <input id="cm-obtainedAt" type="datetime-local" value={obtainedAt} onChange={(e) => setObtainedAt(e.target.value)} />
            </div>
            {labels.has('ConsentDataItem') && (
              <fieldset className="field choices">
                <legend>{t('care.consent.scope')}</legend>
                {labels.codes('ConsentDataItem').map((c) => (
                  <label key={c} className="choice">
                    <input type="checkbox" checked={items.includes(c)} onChange={(e) => setItems((x) => (e.target.checked ? [...x, c] : x.filter((y) => y !== c)))} />
                    <span className="choice-label">{labels.label('ConsentDataItem', c)}</span>
                  </label>
                ))}
              </fieldset>
            )}
            <label className="choice">
              <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
              <span className="choice-label">{t('care.consent.confirm')}</span>
            </label>
            <GeneralErrors problems={problems} />
            <div className="actions">
              <button type="submit" className="button primary" disabled={!confirmed || busy || items.length === 0}>
                {busy ? t('wizard.sending') : t('care.consent.send', { n: toRefer.length })}
              </button>
            </div>
          </form>
        )}
      </section>

      {activeConsents.length > 0 && (
        <section aria-labelledby="cm-consents-h" className="section">
          <h2 id="cm-consents-h">{t('family.request.consentHeading')}</h2>
          {activeConsents.map((c) => (
            <div key={c.id} className="card">
              <p>{c.givenByName ? t('care.consent.recorded', { date: date(c.obtainedAt), who: c.givenByName }) : t('care.consent.recordedNoName', { date: date(c.obtainedAt) })}</p>
              <button type="button" className="button secondary" disabled={withdraw.loading} onClick={() => void withdraw.withdraw(c.id)}>
                {t('care.consent.withdraw')}
              </button>
            </div>
          ))}
          <GeneralErrors problems={withdraw.problems} />
        </section>
      )}
      <p>
        <Link to="/care">{t('care.request.back')}</Link>
      </p>
    </section>
  );
}

function CompareRow({ entry, request, referred, checked, onToggle }: { entry: Entry; request: RequestView; referred: boolean; checked: boolean; onToggle(on: boolean): void }) {
  const t = useT();
  const pick = useBilingual();
  const f = useEntryFacts(entry, request);
  const id = `cmp-${entry.offeringId}`;
  return (
    <tr>
      <td>
        {referred ? (
          <span className="hint">{t('care.compare.referred')}</span>
        ) : (
          <input type="checkbox" id={id} className="big-check" checked={checked} onChange={(e) => onToggle(e.target.checked)} aria-label={t('care.compare.chooseOne', { title: entry.title })} />
        )}
      </td>
      <th scope="row">
        <span className="block">{entry.title}</span>
        <span className="hint block">{entry.organizationName}</span>
      </th>
      <td data-label={t('offer.priceLabel')}>{f.price}</td>
      <td data-label={t('offer.coverageLabel')}>{entry.coverage ? f.coverage : ''}</td>
      <td data-label={t('offer.distanceLabel')}>{f.distance || '—'}</td>
      <td data-label={t('offer.daysLabel')}>{f.days || t('offer.daysUnknown')}</td>
      <td data-label={t('care.compare.why')}>{pick(entry.placementJa, entry.placementEn)}</td>
    </tr>
  );
}

function BoardCard({ referral }: { referral: ReferralView }) {
  const t = useT();
  const pick = useBilingual();
  const date = useFormatDate();
  const now = useNow();
  const due = referral.responseDueAt ? new Date(referral.responseDueAt).getTime() : null;
  const hoursLeft = due ? Math.max(0, Math.round((due - now) / 3600000)) : null;
  return (
    <article className="card board-card" data-status={referral.status}>
      <h4>{referral.offeringTitle}</h4>
      <p className="hint">{referral.organizationName}</p>
      <p className="status-label">{pick(referral.statusLabelJa, referral.statusLabelEn)}</p>
      {referral.status === 'requested' && due && <p className="hint">{t('care.board.due', { date: date(referral.responseDueAt), hours: hoursLeft ?? 0 })}</p>}
      <p className="hint">{t('care.board.since', { date: date(referral.statusSince) })}</p>
    </article>
  );
}

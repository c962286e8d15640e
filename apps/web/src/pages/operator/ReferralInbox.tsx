import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useLabels } from '../../api/contract';
import { LIVE_READ } from '../../api/live-read';
import { readProblems, problemFor, type ApiProblems } from '../../api/errors';
import { AcceptReferralMutation, HoldReferralMutation, ReferralInboxQuery, ReferralInboxUpdatesSubscription, RejectReferralMutation, TaxonomyQuery } from '../../api/operations';
import type { ReferralInboxQuery as InboxData } from '../../gql/graphql';
import { useBilingual, useFormatDate, useT } from '../../i18n/I18n';
import { FieldError, GeneralErrors, LoadError, Loading, PageTitle } from '../../ui/ui';
import '../../ui/map/map.css';
import { OperatorNav } from './OperatorNav';

type InboxReferral = InboxData['referralInbox'][number];

/** Reasons an operator gives when declining or holding (codes of ReferralReasonCode; words from the API). */
const REASONS: Record<'reject' | 'hold', string[]> = {
  reject: ['no_capacity', 'outside_capacity', 'outside_service_area', 'schedule_mismatch', 'conditions_not_met', 'price_not_acceptable', 'other'],
  hold: ['no_contact', 'schedule_mismatch', 'no_capacity', 'hospital_stay', 'other'],
};

/**
 * 紹介の受付: referrals to the operator's organisation, arriving live over the subscription,
 * pseudonymous until accepted; accept, or decline / hold with a reason picked from labelled choices.
 */
export default function ReferralInbox() {
  const t = useT();
  const pick = useBilingual();
  const { data, loading, error, refetch } = useQuery(ReferralInboxQuery, { variables: { limit: 100 }, fetchPolicy: 'cache-and-network', context: LIVE_READ });
  const [live, setLive] = useState<string | null>(null);
  useSubscription(ReferralInboxUpdatesSubscription, {
    onData: ({ data: update }) => {
      const u = update.data?.referralInboxUpdates;
      if (!u) return;
      setLive(u.action === 'send' ? t('op.inbox.arrived') : t('op.inbox.updated', { action: pick(u.actionLabelJa, u.actionLabelEn) }));
      void refetch();
    },
  });
  const taxonomy = useQuery(TaxonomyQuery, { fetchPolicy: 'cache-first' });
  const categoryName = useMemo(() => {
    const m = new Map<string, string>();
    for (const f of taxonomy.data?.taxonomy ?? []) for (const c of f.categories) m.set(c.code, pick(c.labelJa, c.labelEn));
    return (code: string) => m.get(code) ?? t('label.fallback', { n: '' });
  }, [taxonomy.data, pick, t]);
  const open = (data?.referralInbox ?? []).filter((r) => r.allowedActions.length > 0);
  const closed = (data?.referralInbox ?? []).filter((r) => r.allowedActions.length === 0);
  return (
    <section className="page">
      <OperatorNav />
      <PageTitle>{t('op.inbox.title')}</PageTitle>
      <p className="lead">{t('op.inbox.lead')}</p>
      <div aria-live="polite" role="status">
        {live && <p className="status-message">{live}</p>}
      </div>
      {loading && !data && <Loading />}
      {error && !data && <LoadError retry={() => void refetch()} />}
      {data && open.length === 0 && <p className="card">{t('op.inbox.empty')}</p>}
      {open.map((r) => (
        <InboxItem key={r.id} referral={r} categoryName={categoryName} onChanged={() => void refetch()} />
      ))}
      {closed.length > 0 && (
        <details>
          <summary>{t('op.inbox.closed', { n: closed.length })}</summary>
          {closed.map((r) => (
            <InboxItem key={r.id} referral={r} categoryName={categoryName} onChanged={() => void refetch()} />
          ))}
        </details>
      )}
    </section>
  );
}

function InboxItem({ referral: r, categoryName, onChanged }: { referral: InboxReferral; categoryName(code: string): string; onChanged(): void }) {
  const t = useT();
  const pick = useBilingual();
  const date = useFormatDate();
  const labels = useLabels(['ReferralReasonCode']);
  const [accept, accepting] = useMutation(AcceptReferralMutation);
  const [reject, rejecting] = useMutation(RejectReferralMutation);
  const [hold, holding] = useMutation(HoldReferralMutation);
  const [asking, setAsking] = useState<'reject' | 'hold' | null>(null);
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<ApiProblems | null>(null);
  const busy = accepting.loading || rejecting.loading || holding.loading;
  const can = (a: string) => r.allowedActions.includes(a);
  const actionLabel = (a: string) => {
    const i = r.allowedActions.indexOf(a);
    return i >= 0 ? pick(r.allowedActionsLabelJa[i], r.allowedActionsLabelEn[i]) : '';
  };

  async function run(fn: () => Promise<unknown>) {
    setProblems(null);
    try {
      await fn();
      setAsking(null);
      setReason('');
      onChanged();
    } catch (e) {
      setProblems(readProblems(e));
    }
  }

  const id = `ref-${r.id}`;
  const reasonError = problemFor(problems, '/reasonCode');
  const s = r.summary;
  return (
    <article className="card" aria-labelledby={id} data-testid="inbox-item" data-referral={r.id}>
      <h2 id={id}>{r.offeringTitle}</h2>
      <p>
        <span className="badge">{pick(r.statusLabelJa, r.statusLabelEn)}</span>{' '}
        <span className="hint">{t('op.inbox.since', { date: date(r.statusSince) })}</span>
      </p>
      {r.reasonCodeLabelJa && <p>{t('op.inbox.reason', { reason: pick(r.reasonCodeLabelJa, r.reasonCodeLabelEn) })}</p>}
      <dl className="figures">
        <dt>{t('op.inbox.needs')}</dt>
        <dd>{s.categories.map(categoryName).join(t('common.listSeparator'))}</dd>
        <dt>{t('op.inbox.careLevel')}</dt>
        <dd>{pick(s.careLevelBandJa, s.careLevelBandEn)}</dd>
        <dt>{t('op.inbox.days')}</dt>
        <dd>{pick(s.preferredDaysJa, s.preferredDaysEn) || t('op.inbox.anyDay')}</dd>
        {r.responseDueAt && (
          <>
            <dt>{t('op.inbox.due')}</dt>
            <dd>{date(r.responseDueAt)}</dd>
          </>
        )}
      </dl>
      {r.details ? (
        <div className="notice" data-testid="disclosed">
          <h3>{t('op.inbox.detailsHeading')}</h3>
          <dl className="figures">
            {r.details.fullName && (
              <>
                <dt>{t('op.inbox.name')}</dt>
                <dd>
                  {r.details.fullName}
                  {r.details.fullNameKana && <span className="hint">（{r.details.fullNameKana}）</span>}
                </dd>
              </>
            )}
            {r.details.contactPhone && (
              <>
                <dt>{t('op.inbox.phone')}</dt>
                <dd>{r.details.contactPhone}</dd>
              </>
            )}
            {r.details.addressText && (
              <>
                <dt>{t('op.inbox.address')}</dt>
                <dd>{r.details.addressText}</dd>
              </>
            )}
            {r.details.needsNote && (
              <>
                <dt>{t('op.inbox.note')}</dt>
                <dd>{r.details.needsNote}</dd>
              </>
            )}
          </dl>
        </div>
      ) : (
        <p className="hint">{pick(r.detailsWithheldJa, r.detailsWithheldEn) || t('op.inbox.pseudonymous')}</p>
      )}
      <GeneralErrors problems={problems && { ...problems, fields: problems.fields.filter((f) => f.pointer !== '/reasonCode') }} />
      {!asking && r.allowedActions.length > 0 && (
        <div className="actions">
          {can('accept') && (
            <button type="button" className="button primary" disabled={busy} onClick={() => void run(() => accept({ variables: { id: r.id } }))}>
              {actionLabel('accept')}
            </button>
          )}
          {can('hold') && (
            <button type="button" className="button secondary" disabled={busy} onClick={() => setAsking('hold')}>
              {actionLabel('hold')}
            </button>
          )}
          {can('reject') && (
            <button type="button" className="button secondary" disabled={busy} onClick={() => setAsking('reject')}>
              {actionLabel('reject')}
            </button>
          )}
        </div>
      )}
      {asking && (
        <form
          className="reason-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!reason) return;
            void run(() => (asking === 'reject' ? reject : hold)({ variables: { id: r.id, reasonCode: reason } }));
          }}
        >
          <fieldset className={`field${reasonError ? ' invalid' : ''}`} aria-describedby={reasonError ? `${id}-reason-err` : undefined}>
            <legend>{asking === 'reject' ? t('op.inbox.rejectReason') : t('op.inbox.holdReason')}</legend>
            {REASONS[asking].map((code) => (
              <label key={code} className="choice">
                <input type="radio" name={`${id}-reason`} value={code} checked={reason === code} onChange={() => setReason(code)} required />
                {labels.label('ReferralReasonCode', code)}
              </label>
            ))}
            <FieldError id={`${id}-reason-err`} problem={reasonError} />
          </fieldset>
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy || !reason}>
              {asking === 'reject' ? t('op.inbox.sendReject') : t('op.inbox.sendHold')}
            </button>
            <button type="button" className="button secondary" onClick={() => setAsking(null)}>
              {t('op.inbox.cancel')}
            </button>
          </div>
        </form>
      )}
    </article>
  );
}

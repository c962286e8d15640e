import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useLabels } from '../../api/contract';
import { readProblems, type ApiProblems } from '../../api/errors';
import { ConfirmOfferingDetailsMutation, MyOfferingsQuery, SubmitOfferingMutation, UpdateOfferingCapacityMutation } from '../../api/operations';
import type { MyOfferingsQuery as MyOfferingsData, OfferingCapacityStatus } from '../../gql/graphql';
import { useBilingual, useFormatDate, useT } from '../../i18n/I18n';
import { Link } from '../../app/router';
import { GeneralErrors, LoadError, Loading, PageTitle } from '../../ui/ui';
import { REASON_FIELD_KEYS } from './reason-fields';
import { OperatorNav } from './OperatorNav';

type Offering = MyOfferingsData['myOfferings'][number];
const CAPACITY: OfferingCapacityStatus[] = ['available', 'waitlist', 'full'];

/**
 * 掲載の一覧: each listing's status, what is still missing before it can be submitted, the
 * reviewer's reasons when returned, and the two one-click chores: capacity now, and
 * 「内容を確認しました」 (freshness).
 */
export default function MyOfferings() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(MyOfferingsQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <section className="page narrow">
      <OperatorNav />
      <PageTitle>{t('op.offerings.title')}</PageTitle>
      <p className="lead">{t('op.offerings.lead')}</p>
      <p>
        <Link to="/operator/offerings/new" className="button primary">
          {t('op.offerings.new')}
        </Link>
      </p>
      {loading && !data && <Loading />}
      {error && !data && <LoadError retry={() => void refetch()} />}
      {data && data.myOfferings.length === 0 && <p className="card">{t('op.offerings.empty')}</p>}
      {data?.myOfferings.map((o) => <OfferingItem key={o.id} offering={o} onChanged={() => void refetch()} />)}
    </section>
  );
}

function OfferingItem({ offering: o, onChanged }: { offering: Offering; onChanged(): void }) {
  const t = useT();
  const pick = useBilingual();
  const date = useFormatDate();
  const labels = useLabels(['CapacityStatus']);
  const [confirm, confirming] = useMutation(ConfirmOfferingDetailsMutation);
  const [capacity, updatingCapacity] = useMutation(UpdateOfferingCapacityMutation);
  const [submit, submitting] = useMutation(SubmitOfferingMutation);
  const [problems, setProblems] = useState<ApiProblems | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const lastReturn = o.status === 'returned' ? [...o.history].reverse().find((h) => h.action === 'return') : undefined;
  const canSubmit = o.status === 'draft' || o.status === 'returned';
  const id = `off-${o.id}`;
  async function run(fn: () => Promise<unknown>, message: string) {
    setProblems(null);
    setDone(null);
    try {
      await fn();
      setDone(message);
      onChanged();
    } catch (e) {
      setProblems(readProblems(e));
    }
  }
  return (
    <article className="card" aria-labelledby={id} data-testid="my-offering" data-offering={o.id}>
      <h2 id={id}>{o.title}</h2>
      <p>
        <span className="badge">{pick(o.statusLabelJa, o.statusLabelEn)}</span>
      </p>
      {lastReturn && (
        <div className="notice">
          <p>{t('op.offerings.returnedOn', { date: date(lastReturn.at) })}</p>
          <ul>
            {lastReturn.reasons.map((r, i) => (
              <li key={i}>{r.path && REASON_FIELD_KEYS[r.path] ? t('op.offerings.reasonAt', { field: t(REASON_FIELD_KEYS[r.path]), reason: pick(r.messageJa, r.messageEn) }) : pick(r.messageJa, r.messageEn)}</li>
            ))}
          </ul>
        </div>
      )}
      {canSubmit && o.missingDisclosure.length > 0 && (
        <div className="error-box">
          <p>{t('op.offerings.missing', { n: o.missingDisclosure.length })}</p>
          <ul>
            {o.missingDisclosure.map((m) => (
              <li key={m.key}>
                <strong>{pick(m.labelJa, m.labelEn)}</strong>：{pick(m.reasonJa, m.reasonEn)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <fieldset className="field">
        <legend>{t('op.offerings.capacity')}</legend>
        <p className="hint">{t('op.offerings.capacitySince', { date: date(o.capacity.confirmedAt) })}</p>
        <div className="actions">
          {CAPACITY.map((c) => (
            <button
              key={c}
              type="button"
              className="button secondary"
              aria-pressed={o.capacity.status === c}
              disabled={updatingCapacity.loading}
              onClick={() => void run(() => capacity({ variables: { id: o.id, status: c } }), t('op.offerings.capacityDone', { status: labels.label('CapacityStatus', c) }))}
            >
              {labels.label('CapacityStatus', c)}
            </button>
          ))}
        </div>
      </fieldset>
      <p className="hint">{t('op.offerings.confirmedAt', { date: date(o.detailsConfirmedAt) })}</p>
      <GeneralErrors problems={problems} />
      <div aria-live="polite">{done && <p className="status-message">{done}</p>}</div>
      <div className="actions">
        <button type="button" className="button secondary" disabled={confirming.loading} onClick={() => void run(() => confirm({ variables: { id: o.id } }), t('op.offerings.confirmDone'))}>
          {t('op.offerings.confirm')}
        </button>
        {canSubmit && (
          <Link to={`/operator/offerings/${o.id}/edit`} className="button secondary" aria-label={t('op.offerings.edit', { title: o.title })}>
            {t('op.offerings.editShort')}
          </Link>
        )}
        {canSubmit && (
          <button type="button" className="button primary" disabled={submitting.loading} onClick={() => void run(() => submit({ variables: { id: o.id } }), t('op.offerings.submitDone'))}>
            {t('op.offerings.submit')}
          </button>
        )}
      </div>
    </article>
  );
}

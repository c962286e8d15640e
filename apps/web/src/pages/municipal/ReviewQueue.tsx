import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { problemFor, readProblems, type ApiProblems } from '../../api/errors';
import { PublishOfferingMutation, ReturnOfferingMutation, ReviewQueueQuery } from '../../api/operations';
import type { ReviewQueueQuery as ReviewQueueData } from '../../gql/graphql';
import { useBilingual, useFormatDate, useT, useYen } from '../../i18n/I18n';
import { FieldError, GeneralErrors, LoadError, Loading, PageTitle } from '../../ui/ui';
import { MunicipalNav } from './MunicipalNav';

type Item = ReviewQueueData['reviewQueue'][number];

/** What a reason can be about: the JSON Pointer the API takes, and the message key of its name. */
const REASON_FIELDS: { path: string; key: string }[] = [
  { path: '', key: 'muni.review.field.whole' },
  { path: '/title', key: 'muni.review.field.title' },
  { path: '/description', key: 'muni.review.field.description' },
  { path: '/price', key: 'muni.review.field.price' },
  { path: '/schedule', key: 'muni.review.field.schedule' },
  { path: '/disclosure/cancellationTerms', key: 'muni.review.field.cancellationTerms' },
  { path: '/disclosure/staffQualifications', key: 'muni.review.field.staffQualifications' },
  { path: '/disclosure/complaintDesk', key: 'muni.review.field.complaintDesk' },
  { path: '/disclosure/liabilityInsurance', key: 'muni.review.field.liabilityInsurance' },
  { path: '/disclosure/effectClaim', key: 'muni.review.field.effectClaim' },
];

/** 掲載の審査: submitted listings serving the staff's municipality; publish, or return with reasons. */
export default function ReviewQueue() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(ReviewQueueQuery, { fetchPolicy: 'cache-and-network' });
  const [done, setDone] = useState<string | null>(null);
  return (
    <section className="page">
      <MunicipalNav />
      <PageTitle>{t('muni.review.title')}</PageTitle>
      <p className="lead">{t('muni.review.lead')}</p>
      <div aria-live="polite">{done && <p className="status-message">{done}</p>}</div>
      {loading && !data && <Loading />}
      {error && !data && <LoadError retry={() => void refetch()} />}
      {data && data.reviewQueue.length === 0 && <p className="card">{t('muni.review.empty')}</p>}
      {data?.reviewQueue.map((o) => (
        <ReviewItem
          key={o.id}
          item={o}
          onDone={(message) => {
            setDone(message);
            void refetch();
          }}
        />
      ))}
    </section>
  );
}

function ReviewItem({ item, onDone }: { item: Item; onDone(message: string): void }) {
  const t = useT();
  const pick = useBilingual();
  const date = useFormatDate();
  const yen = useYen();
  const [publish, publishing] = useMutation(PublishOfferingMutation);
  const [giveBack, returning] = useMutation(ReturnOfferingMutation);
  const [reasons, setReasons] = useState<{ path: string; text: string }[] | null>(null);
  const [problems, setProblems] = useState<ApiProblems | null>(null);
  const d = item.disclosure;
  const lastReturn = [...item.history].reverse().find((h) => h.action === 'return');
  const none = t('muni.review.notGiven');
  const busy = publishing.loading || returning.loading;

  async function onPublish() {
    setProblems(null);
    try {
      await publish({ variables: { id: item.id } });
      onDone(t('muni.review.published', { title: item.title }));
    } catch (e) {
      setProblems(readProblems(e));
    }
  }

  async function onReturn() {
    if (!reasons) return;
    setProblems(null);
    try {
      await giveBack({ variables: { id: item.id, reasons: reasons.map((r) => ({ messageJa: r.text.trim(), ...(r.path ? { path: r.path } : {}) })) } });
      onDone(t('muni.review.returned', { title: item.title }));
    } catch (e) {
      setProblems(readProblems(e));
    }
  }

  const headingId = `review-${item.id}`;
  return (
    <article className="card review-item" aria-labelledby={headingId} data-testid="review-item">
      <h2 id={headingId}>{item.title}</h2>
      <p>
        {item.organizationName}
        {item.submittedAt && <span className="hint"> {t('muni.review.submittedAt', { date: date(item.submittedAt) })}</span>}
      </p>
      {item.description && <p>{item.description}</p>}
      <dl className="figures">
        <dt>{t('muni.review.categories')}</dt>
        <dd>{item.categoryLabels.map((c) => pick(c.labelJa, c.labelEn)).join(t('common.listSeparator'))}</dd>
        <dt>{t('muni.review.price')}</dt>
        <dd>
          {t('muni.review.priceValue', { amount: yen(item.price.amountYen), unit: pick(item.price.unitLabelJa, item.price.unitLabelEn) })}
          {item.price.includes && <span className="hint"> {t('muni.review.includes', { what: item.price.includes })}</span>}
        </dd>
        <dt>{t('muni.review.coverage')}</dt>
        <dd>{pick(item.coverageLabelJa, item.coverageLabelEn)}</dd>
        <dt>{t('muni.review.field.cancellationTerms')}</dt>
        <dd>{d.cancellationTerms || none}</dd>
        <dt>{t('muni.review.field.staffQualifications')}</dt>
        <dd>{d.staffQualifications || none}</dd>
        <dt>{t('muni.review.field.complaintDesk')}</dt>
        <dd>{d.complaintDesk ? [d.complaintDesk.name, d.complaintDesk.phone, d.complaintDesk.email].filter(Boolean).join(t('common.listSeparator')) : none}</dd>
        <dt>{t('muni.review.field.liabilityInsurance')}</dt>
        <dd>
          {d.liabilityInsurance
            ? d.liabilityInsurance.enrolled
              ? t('muni.review.insured', { insurer: d.liabilityInsurance.insurer ?? '', summary: d.liabilityInsurance.coverageSummary ?? '' })
              : t('muni.review.notInsured')
            : none}
        </dd>
        <dt>{t('muni.review.field.effectClaim')}</dt>
        <dd>{d.effectClaim?.claimed ? t('muni.review.claims', { claim: d.effectClaim.claim ?? '', evidence: d.effectClaim.evidence ?? none }) : t('muni.review.noClaim')}</dd>
      </dl>
      {lastReturn && (
        <div className="notice">
          <p>{t('muni.review.previouslyReturned', { date: date(lastReturn.at) })}</p>
          <ul>
            {lastReturn.reasons.map((r, i) => (
              <li key={i}>{pick(r.messageJa, r.messageEn)}</li>
            ))}
          </ul>
        </div>
      )}
      <GeneralErrors problems={problems && { ...problems, fields: problems.fields.filter((f) => !f.pointer.startsWith('/reasons')) }} />
      {!reasons && (
        <div className="actions">
          <button type="button" className="button primary" disabled={busy} onClick={() => void onPublish()}>
            {t('muni.review.publish')}
          </button>
          <button type="button" className="button secondary" disabled={busy} onClick={() => setReasons([{ path: '', text: '' }])}>
            {t('muni.review.return')}
          </button>
        </div>
      )}
      {reasons && (
        <form
          className="reason-form"
          onSubmit={(e) => {
            e.preventDefault();
            void onReturn();
          }}
        >
          <h3>{t('muni.review.reasonsHeading')}</h3>
          {reasons.map((r, i) => {
            const err = problemFor(problems, `/reasons/${i}/messageJa`) ?? problemFor(problems, `/reasons/${i}`);
            const set = (patch: Partial<{ path: string; text: string }>) => setReasons(reasons.map((x, j) => (j === i ? { ...x, ...patch } : x)));
            return (
              <fieldset key={i} className={`field${err ? ' invalid' : ''}`}>
                <legend>{t('muni.review.reasonN', { n: i + 1 })}</legend>
                <label htmlFor={`${headingId}-path-${i}`}>{t('muni.review.reasonAbout')}</label>
                <select id={`${headingId}-path-${i}`} value={r.path} onChange={(e) => set({ path: e.target.value })}>
                  {REASON_FIELDS.map((f) => (
                    <option key={f.path} value={f.path}>
                      {t(f.key)}
                    </option>
                  ))}
                </select>
                <label htmlFor={`${headingId}-text-${i}`}>{t('muni.review.reasonText')}</label>
                <textarea
                  id={`${headingId}-text-${i}`}
                  rows={3}
                  required
                  value={r.text}
                  aria-invalid={!!err}
                  aria-describedby={err ? `${headingId}-err-${i}` : undefined}
                  onChange={(e) => set({ text: e.target.value })}
                />
                <FieldError id={`${headingId}-err-${i}`} problem={err} />
              </fieldset>
            );
          })}
          <div className="actions">
            <button type="button" className="button secondary" onClick={() => setReasons([...reasons, { path: '', text: '' }])}>
              {t('muni.review.addReason')}
            </button>
            <button type="submit" className="button danger" disabled={busy}>
              {t('muni.review.sendReturn')}
            </button>
            <button type="button" className="button secondary" onClick={() => setReasons(null)}>
              {t('muni.review.cancel')}
            </button>
          </div>
        </form>
      )}
    </article>
  );
}

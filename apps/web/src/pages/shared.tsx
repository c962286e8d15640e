import { useEffect, useState } from 'react';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import type { HelpRequestQuery as HelpRequestData } from '../gql/graphql';
import { CreateReferralMutation, HelpRequestQuery, OfferingDetailsQuery, RecordConsentMutation, ReferralStatusSubscription, WithdrawConsentMutation } from '../api/operations';
import { readProblems, type ApiProblems } from '../api/errors';
import { useLabels } from '../api/contract';
import { LIVE_READ } from '../api/live-read';
import { useBilingual, useFormatDate, useT, useWeekdays, useYen } from '../i18n/I18n';
import { distanceM } from '../ui/ui';

export type RequestView = HelpRequestData['helpRequest'];
export type Entry = NonNullable<RequestView['shortlist']>['entries'][number];
export type ReferralView = RequestView['referrals'][number];

/** Statuses a referral ends in; the others are still moving. */
export const FINAL = ['completed', 'failed', 'rejected', 'cancelled', 'expired'];

/** A request with its shortlist and referrals, refreshed whenever the live subscription reports a change. */
export function useLiveRequest(id: string) {
  const q = useQuery(HelpRequestQuery, { variables: { id }, fetchPolicy: 'cache-and-network', context: LIVE_READ });
  const [lastEvent, setLastEvent] = useState<string | null>(null);
  useSubscription(ReferralStatusSubscription, {
    variables: { requestId: id },
    onData: ({ data }) => {
      const u = data.data?.referralStatusChanged;
      if (u) {
        setLastEvent(`${u.referralId}:${u.to}:${u.at}`);
        void q.refetch();
      }
    },
  });
  return { ...q, lastEvent };
}

/** The data items a referral may share, and the consent for them. */
export const SHARE_ITEMS = ['full_name', 'address', 'contact_phone', 'age_band', 'care_level', 'needs_note'];

/** Records the consent to provide the items to the chosen operators, then refers to each chosen option. */
export function useRefer(request: RequestView | undefined, refetch: () => unknown) {
  const [recordConsent] = useMutation(RecordConsentMutation);
  const [createReferral] = useMutation(CreateReferralMutation);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<ApiProblems | null>(null);
  const refer = async (
    entries: Pick<Entry, 'offeringId' | 'organizationId'>[],
    items: string[],
    given: { givenBy: string; givenByName: string | null; method: string; obtainedAt?: string; textVersion?: string | null },
  ) => {
    if (!request) return false;
    setBusy(true);
    setProblems(null);
    try {
      const consent = await recordConsent({
        variables: {
          input: {
            requestId: request.id,
            dataItems: items,
            given,
            recipientOrganizationIds: [...new Set(entries.map((e) => e.organizationId))],
          },
        },
      });
      const consentId = consent.data?.recordConsent.id;
      for (const e of entries) {
        await createReferral({ variables: { input: { requestId: request.id, offeringId: e.offeringId, disclosedItems: items, consentId, send: true } } });
      }
      await refetch();
      return true;
    } catch (err) {
      setProblems(readProblems(err));
      await refetch();
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { refer, busy, problems };
}

export function useWithdraw(refetch: () => unknown) {
  const [withdraw, { loading }] = useMutation(WithdrawConsentMutation);
  const [problems, setProblems] = useState<ApiProblems | null>(null);
  const run = async (consentId: string) => {
    setProblems(null);
    try {
      await withdraw({ variables: { consentId } });
      await refetch();
    } catch (err) {
      setProblems(readProblems(err));
    }
  };
  return { withdraw: run, loading, problems };
}

/** Offering details the shortlist entry does not carry: days, disclosures, location (for the distance). */
export function useOffering(id: string) {
  return useQuery(OfferingDetailsQuery, { variables: { id }, fetchPolicy: 'cache-first' });
}

export function useEntryFacts(entry: Entry, request: RequestView) {
  const t = useT();
  const yen = useYen();
  const weekdays = useWeekdays();
  const labels = useLabels(['PriceUnit', 'Coverage', 'CapacityStatus']);
  const { data } = useOffering(entry.offeringId);
  const o = data?.offering;
  const price = entry.priceUnit === 'free' ? t('offer.free') : t('offer.price', { amount: yen(entry.priceYen), unit: labels.has('PriceUnit') ? labels.label('PriceUnit', entry.priceUnit) : t(`offer.unit.${entry.priceUnit}`) });
  const coverage = labels.has('Coverage') ? labels.label('Coverage', entry.coverage) : t(`offer.coverage.${entry.coverage}`);
  let distance = '';
  if (o?.base && request.lat != null && request.lng != null) {
    const m = distanceM({ lat: request.lat, lng: request.lng }, o.base);
    distance = m < 1000 ? t('offer.distanceM', { m: Math.round(m / 10) * 10 }) : t('offer.distanceKm', { km: (m / 1000).toFixed(1) });
  }
  const days = o ? [...new Set(o.schedule.map((s) => s.day))].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7)).map((d) => weekdays[d]).join(t('common.listSeparator')) : '';
  return { offering: o, price, coverage, distance, days };
}

export function OfferingCard({ entry, request, selected, onToggle, disabled }: { entry: Entry; request: RequestView; selected: boolean; onToggle?: (on: boolean) => void; disabled?: boolean }) {
  const t = useT();
  const pick = useBilingual();
  const { offering, price, coverage, distance, days } = useEntryFacts(entry, request);
  const d = offering?.disclosure;
  const id = `entry-${entry.offeringId}`;
  return (
    <article className={`card offer${selected ? ' selected' : ''}`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{entry.title}</h3>
      <p className="operator">{entry.organizationName}</p>
      <dl className="facts">
        <dt>{t('offer.priceLabel')}</dt>
        <dd>{price}</dd>
        <dt>{t('offer.coverageLabel')}</dt>
        <dd>{coverage}</dd>
        {distance && (
          <>
            <dt>{t('offer.distanceLabel')}</dt>
            <dd>{distance}</dd>
          </>
        )}
        <dt>{t('offer.daysLabel')}</dt>
        <dd>{days || t('offer.daysUnknown')}</dd>
      </dl>
      <p className="why">
        <strong>{t('offer.why')}</strong> {pick(entry.placementJa, entry.placementEn)}
      </p>
      <details>
        <summary>{t('offer.more')}</summary>
        <ul className="criteria">
          {entry.criteriaMet.map((c) => (
            <li key={c.code}>{pick(c.ja, c.en)}</li>
          ))}
          {entry.notes.map((c) => (
            <li key={`n-${c.code}`}>{pick(c.ja, c.en)}</li>
          ))}
        </ul>
        {d && (
          <dl className="facts disclosures">
            <dt>{t('offer.disclosure.cancel')}</dt>
            <dd>{d.cancellationTerms || t('offer.disclosure.none')}</dd>
            <dt>{t('offer.disclosure.staff')}</dt>
            <dd>{d.staffQualifications || t('offer.disclosure.none')}</dd>
            <dt>{t('offer.disclosure.insurance')}</dt>
            <dd>{d.liabilityInsurance ? (d.liabilityInsurance.enrolled ? t('offer.disclosure.insured', { insurer: d.liabilityInsurance.insurer ?? '' }) : t('offer.disclosure.notInsured')) : t('offer.disclosure.none')}</dd>
            <dt>{t('offer.disclosure.complaints')}</dt>
            <dd>{d.complaintDesk ? [d.complaintDesk.name, d.complaintDesk.phone].filter(Boolean).join(' ') : t('offer.disclosure.none')}</dd>
          </dl>
        )}
      </details>
      {onToggle && (
        <label className="choice refer-choice">
          <input type="checkbox" checked={selected} disabled={disabled} onChange={(e) => onToggle(e.target.checked)} />
          <span className="choice-label">{t('offer.choose')}</span>
        </label>
      )}
    </article>
  );
}

/** "Listing does not guarantee quality": the platform's own words, from the API. */
export function Disclaimer({ request }: { request: RequestView }) {
  const pick = useBilingual();
  if (!request.shortlist) return null;
  return (
    <p className="notice" role="note">
      {pick(request.shortlist.disclaimerJa, request.shortlist.disclaimerEn)}
    </p>
  );
}

export function useNow(everyMs = 60_000) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const i = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(i);
  }, [everyMs]);
  return now;
}

/** One referral's story, oldest first, in the family's words. */
export function ReferralTimeline({ referral }: { referral: ReferralView }) {
  const t = useT();
  const pick = useBilingual();
  const date = useFormatDate();
  return (
    <article className="card timeline-card" aria-labelledby={`ref-${referral.id}`}>
      <h3 id={`ref-${referral.id}`}>{referral.offeringTitle}</h3>
      <p className="operator">{referral.organizationName}</p>
      <p className={`status status-${referral.status}`} data-status={referral.status}>
        <span className="status-label">{pick(referral.statusLabelJa, referral.statusLabelEn)}</span>
      </p>
      <p className="explain">{t(`family.status.${referral.status}`)}</p>
      {referral.responseDueAt && referral.status === 'requested' && <p className="hint">{t('family.dueBy', { date: date(referral.responseDueAt) })}</p>}
      <ol className="timeline">
        {referral.history.map((h, i) => (
          <li key={i}>
            <span className="when">{date(h.at)}</span> <span className="what">{h.toLabelJa}</span>
          </li>
        ))}
      </ol>
    </article>
  );
}

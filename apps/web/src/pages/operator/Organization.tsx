import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { problemFor, readProblems, type ApiProblems } from '../../api/errors';
import { MyOrganizationQuery, RegisterOrganizationMutation, UpdateOrganizationMutation } from '../../api/operations';
import { useT } from '../../i18n/I18n';
import { checkCorporateNumber, normalizeCorporateNumber } from '../../ui/corporate-number';
import { FieldError, GeneralErrors, LoadError, Loading, PageTitle } from '../../ui/ui';
import { OperatorNav } from './OperatorNav';

interface Form {
  name: string;
  description: string;
  corporateNumber: string;
  phone: string;
  deskName: string;
  deskPhone: string;
}
const EMPTY: Form = { name: '', description: '', corporateNumber: '', phone: '', deskName: '', deskPhone: '' };

/**
 * 事業者の情報: register the organisation (first visit) or update it. The 法人番号 is checked as it
 * is typed (its check digit, the domain's rule); the API's own answers appear next to their fields.
 */
export default function Organization() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(MyOrganizationQuery, { fetchPolicy: 'cache-and-network' });
  const [register, registering] = useMutation(RegisterOrganizationMutation);
  const [update, updating] = useMutation(UpdateOrganizationMutation);
  const org = data?.myOrganization;
  const [form, setForm] = useState<Form>(EMPTY);
  const [touchedNumber, setTouchedNumber] = useState(false);
  const [problems, setProblems] = useState<ApiProblems | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    if (org)
      setForm({
        name: org.name,
        description: org.description ?? '',
        corporateNumber: org.corporateNumber ?? '',
        phone: org.phone ?? '',
        deskName: org.complaintDesk?.name ?? '',
        deskPhone: org.complaintDesk?.phone ?? '',
      });
  }, [org]);
  const set = (k: keyof Form) => (e: { target: { value: string } }) => {
    setForm({ ...form, [k]: e.target.value });
    setSaved(null);
  };
  const numberCheck = form.corporateNumber.trim() ? checkCorporateNumber(form.corporateNumber) : 'ok';
  // Live: say it as soon as 13 digits are there (or on leaving the field), not on every keystroke.
  const showNumberCheck = numberCheck !== 'ok' && (touchedNumber || normalizeCorporateNumber(form.corporateNumber).length >= 13);
  const apiNumber = problemFor(problems, '/input/corporateNumber');

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setTouchedNumber(true);
    if (numberCheck !== 'ok') return;
    setProblems(null);
    const input = {
      name: form.name.trim(),
      description: form.description.trim() || undefined,
      corporateNumber: form.corporateNumber.trim() ? normalizeCorporateNumber(form.corporateNumber) : undefined,
      phone: form.phone.trim() || undefined,
      complaintDesk: form.deskName.trim() ? { name: form.deskName.trim(), phone: form.deskPhone.trim() || undefined } : undefined,
    };
    try {
      if (org) await update({ variables: { id: org.id, input } });
      else await register({ variables: { input } });
      setSaved(org ? t('op.org.updated') : t('op.org.registered'));
      await refetch();
    } catch (err) {
      setProblems(readProblems(err));
    }
  }

  const field = (k: keyof Form, label: string, pointer: string, opts: { hint?: string; multiline?: boolean; required?: boolean; autoComplete?: string } = {}) => {
    const problem = problemFor(problems, pointer);
    const id = `org-${k}`;
    return (
      <div className={`field${problem ? ' invalid' : ''}`}>
        <label htmlFor={id}>{label}</label>
        {opts.hint && (
          <p className="hint" id={`${id}-hint`}>
            {opts.hint}
          </p>
        )}
        {opts.multiline ? (
          <textarea id={id} rows={3} value={form[k]} onChange={set(k)} aria-invalid={!!problem} aria-describedby={problem ? `${id}-err` : undefined} />
        ) : (
          <input id={id} value={form[k]} onChange={set(k)} required={opts.required} autoComplete={opts.autoComplete} aria-invalid={!!problem} aria-describedby={[opts.hint ? `${id}-hint` : '', problem ? `${id}-err` : ''].filter(Boolean).join(' ') || undefined} />
        )}
        <FieldError id={`${id}-err`} problem={problem} />
      </div>
    );
  };

  return (
    <section className="page narrow">
      <OperatorNav />
      <PageTitle>{t('op.org.title')}</PageTitle>
      <p className="lead">{org ? t('op.org.leadRegistered') : t('op.org.leadNew')}</p>
      {loading && !data && <Loading />}
      {error && !data && <LoadError retry={() => void refetch()} />}
      {data && (
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          {field('name', t('op.org.name'), '/input/name', { required: true, autoComplete: 'organization' })}
          {field('description', t('op.org.description'), '/input/description', { multiline: true })}
          <div className={`field${showNumberCheck || apiNumber ? ' invalid' : ''}`}>
            <label htmlFor="org-corporateNumber">{t('op.org.corporateNumber')}</label>
            <p className="hint" id="org-corporateNumber-hint">
              {t('op.org.corporateNumberHint')}
            </p>
            <input
              id="org-corporateNumber"
              inputMode="numeric"
              value={form.corporateNumber}
              onChange={set('corporateNumber')}
              onBlur={() => setTouchedNumber(true)}
              aria-invalid={showNumberCheck || !!apiNumber}
              aria-describedby={`org-corporateNumber-hint${showNumberCheck || apiNumber ? ' org-corporateNumber-err' : ''}`}
            />
            <div aria-live="polite">
              {showNumberCheck ? (
                <p className="field-error" id="org-corporateNumber-err">
                  {t(`op.org.number.${numberCheck}`)}
                </p>
              ) : (
                <FieldError id="org-corporateNumber-err" problem={apiNumber} />
              )}
              {!showNumberCheck && !apiNumber && normalizeCorporateNumber(form.corporateNumber).length === 13 && <p className="hint">{t('op.org.number.okHint')}</p>}
            </div>
          </div>
          {field('phone', t('op.org.phone'), '/input/phone', { autoComplete: 'tel' })}
          {field('deskName', t('op.org.deskName'), '/input/complaintDesk/name')}
          {field('deskPhone', t('op.org.deskPhone'), '/input/complaintDesk/phone')}
          <GeneralErrors problems={problems} />
          <div aria-live="polite">{saved && <p className="status-message">{saved}</p>}</div>
          <div className="actions">
            <button type="submit" className="button primary" disabled={registering.loading || updating.loading}>
              {org ? t('op.org.save') : t('op.org.register')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

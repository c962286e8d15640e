import { useEffect, useRef, type ReactNode } from 'react';
import type { ApiProblems, FieldProblem } from '../api/errors';
import { usePrefs, useT } from '../i18n/I18n';

/** The page's main heading; it takes focus when the page opens so screen readers announce it. */
export function PageTitle({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}

/** An API problem next to the field it names, in the chosen language (Japanese by default). */
export function FieldError({ id, problem }: { id: string; problem: FieldProblem | undefined }) {
  const { locale } = usePrefs();
  if (!problem) return null;
  return (
    <p className="field-error" id={id} role="alert">
      {locale === 'en' ? problem.en || problem.ja : problem.ja || problem.en}
    </p>
  );
}

/** Errors that name no field (or a network failure), above the form's buttons. */
export function GeneralErrors({ problems }: { problems: ApiProblems | null }) {
  const t = useT();
  const { locale } = usePrefs();
  if (!problems || (!problems.general.length && !problems.fields.length)) return null;
  return (
    <div className="error-box" role="alert">
      <p>{problems.fields.length ? t('error.fields') : t('error.general')}</p>
      <ul>
        {problems.general.map((g, i) => (
          <li key={i}>{g.code === 'NETWORK' ? t('error.network') : locale === 'en' ? g.en || g.ja : g.ja || g.en}</li>
        ))}
      </ul>
    </div>
  );
}

export function Loading() {
  const t = useT();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

/** A query that failed: what happened, in words, and a way to try again. */
export function LoadError({ retry }: { retry?: () => void }) {
  const t = useT();
  return (
    <div className="error-box" role="alert">
      <p>{t('error.load')}</p>
      {retry && (
        <button type="button" className="button secondary" onClick={retry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

/** Distance between two points in metres (haversine, good enough for "about 1.2 km"). */
export function distanceM(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const r = 6371008.8;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * r * Math.asin(Math.sqrt(h));
}

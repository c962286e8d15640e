import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import ja from './ja.json';
import en from './en.json';

export type Locale = 'ja' | 'en';
const catalogues: Record<Locale, Record<string, string>> = { ja, en };
const LOCALE_KEY = 'sanpuku.locale';
const SIZE_KEY = 'sanpuku.textSize';
export type TextSize = 'standard' | 'large' | 'xlarge';
const SIZES: Record<TextSize, string> = { standard: '100%', large: '118.75%', xlarge: '137.5%' };

interface Prefs {
  locale: Locale;
  setLocale(l: Locale): void;
  textSize: TextSize;
  setTextSize(s: TextSize): void;
}
const PrefsContext = createContext<Prefs | null>(null);

function stored<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  try {
    const v = localStorage.getItem(key) as T | null;
    return v && allowed.includes(v) ? v : fallback;
  } catch {
    return fallback;
  }
}

/** Language (Japanese by default, English by switch) and text size, both kept in localStorage. */
export function PrefsProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => stored(LOCALE_KEY, ['ja', 'en'], 'ja'));
  const [textSize, setTextSizeState] = useState<TextSize>(() => stored(SIZE_KEY, ['standard', 'large', 'xlarge'], 'standard'));
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  useEffect(() => {
    document.documentElement.style.fontSize = SIZES[textSize];
  }, [textSize]);
  const setLocale = useCallback((l: Locale) => {
    setLocaleState(l);
    try {
      localStorage.setItem(LOCALE_KEY, l);
    } catch {
      /* private mode: the choice lasts for this page */
    }
  }, []);
  const setTextSize = useCallback((s: TextSize) => {
    setTextSizeState(s);
    try {
      localStorage.setItem(SIZE_KEY, s);
    } catch {
      /* as above */
    }
  }, []);
  const value = useMemo(() => ({ locale, setLocale, textSize, setTextSize }), [locale, setLocale, textSize, setTextSize]);
  return (
    <PrefsContext.Provider value={value}>
      <IntlProvider locale={locale} messages={catalogues[locale]} defaultLocale="ja" timeZone="Asia/Tokyo">
        {children}
      </IntlProvider>
    </PrefsContext.Provider>
  );
}

export function usePrefs(): Prefs {
  const p = useContext(PrefsContext);
  if (!p) throw new Error('usePrefs outside PrefsProvider');
  return p;
}

export type T = (id: string, values?: Record<string, string | number | Date | ReactNode>) => string;

/** The translate function: the message with this id from the catalogue of the current language. */
export function useT(): T {
  const intl = useIntl();
  return useCallback<T>((id, values) => intl.formatMessage({ id }, values as Record<string, string>) as string, [intl]);
}

/** Pick the Japanese or English one of an API's bilingual pair. */
export function useBilingual(): (ja: string | null | undefined, en: string | null | undefined) => string {
  const { locale } = usePrefs();
  return useCallback((ja, en) => (locale === 'en' ? en || ja || '' : ja || en || ''), [locale]);
}

const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  ja: new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo', year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }),
};

/** 2026年12月2日 8:02 (Japan time), never an ISO timestamp. */
export function useFormatDate(): (iso: string | null | undefined) => string {
  const { locale } = usePrefs();
  return useCallback((iso) => (iso ? dateFormats[locale].format(new Date(iso)) : ''), [locale]);
}

/** Weekday names from the platform's Intl data (0 = Sunday … 6 = Saturday), not a copy. */
export function useWeekdays(): string[] {
  const { locale } = usePrefs();
  return useMemo(() => {
    const f = new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', { weekday: 'long', timeZone: 'UTC' });
    // 2023-01-01 was a Sunday.
    return [0, 1, 2, 3, 4, 5, 6].map((d) => f.format(new Date(Date.UTC(2023, 0, 1 + d))));
  }, [locale]);
}

export function useYen(): (n: number) => string {
  const { locale } = usePrefs();
  return useCallback((n) => new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', { style: 'currency', currency: 'JPY' }).format(n), [locale]);
}

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export interface SessionUser {
  userId: string;
  name: string;
  role: string;
  officeId?: string;
  municipalityCode?: string;
  organizationId?: string;
}
export interface Session {
  token: string;
  user: SessionUser;
}
export interface DemoUser extends SessionUser {
  descriptionJa?: string;
  descriptionEn?: string;
}

const KEY = 'sanpuku.session';
let current: Session | null = read();

function read(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

/** The token for the API client (kept in this tab's sessionStorage, gone when the tab closes). */
export function currentToken(): string | null {
  return current?.token ?? null;
}

/** The development login's demo users, or null when the gateway has no development login (production). */
export async function fetchDemoUsers(): Promise<DemoUser[] | null> {
  const r = await fetch('/dev/users', { headers: { accept: 'application/json' } });
  if (!r.ok) return null;
  const body = (await r.json()) as { users?: DemoUser[] };
  return body.users ?? null;
}

export async function devLogin(userId: string): Promise<string> {
  const r = await fetch('/dev/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId }) });
  if (!r.ok) throw new Error(`dev login ${r.status}`);
  return ((await r.json()) as { token: string }).token;
}

const SessionContext = createContext<{ session: Session | null; signIn(s: Session): void; signOut(): void }>({
  session: null,
  signIn: () => undefined,
  signOut: () => undefined,
});

export function SessionProvider({ children, onChange }: { children: ReactNode; onChange?: () => void }) {
  const [session, setSession] = useState<Session | null>(current);
  const signIn = useCallback(
    (s: Session) => {
      current = s;
      sessionStorage.setItem(KEY, JSON.stringify(s));
      setSession(s);
      onChange?.();
    },
    [onChange],
  );
  const signOut = useCallback(() => {
    current = null;
    sessionStorage.removeItem(KEY);
    setSession(null);
    onChange?.();
  }, [onChange]);
  const value = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession() {
  return useContext(SessionContext);
}

/** Where each role starts; a role the web app does not know yet lands on a page that says so. */
export function homeOf(role: string | undefined): string {
  switch (role) {
    case 'family':
      return '/family';
    case 'care_manager':
      return '/care';
    case 'municipal_staff':
      return '/municipal';
    case 'operator':
      return '/operator';
    case 'admin':
      return '/admin';
    case undefined:
      return '/signin';
    default:
      return '/pending';
  }
}

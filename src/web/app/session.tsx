import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { CurrentUser, SessionResponse } from '../../contracts/access';
import { api, ApiError, setCsrfToken, setSessionLostHandler } from './api';

interface SessionState {
  /** undefined while the first check runs; null when nobody is logged in. */
  user: CurrentUser | null | undefined;
  /** Why the last session ended without the user asking (shown on the login page). */
  endedBecause: string | null;
  login(email: string, password: string): Promise<void>;
  logout(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<CurrentUser | null | undefined>(undefined);
  const [endedBecause, setEndedBecause] = useState<string | null>(null);

  const adopt = useCallback((session: SessionResponse | null) => {
    setCsrfToken(session?.csrfToken ?? null);
    setUser(session?.user ?? null);
  }, []);

  useEffect(() => {
    api<SessionResponse>('GET', '/api/auth/session')
      .then(adopt)
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.code === 'SESSION_EXPIRED') setEndedBecause(error.message);
        adopt(null);
      });
    setSessionLostHandler((code) => {
      setEndedBecause(
        code === 'SESSION_EXPIRED'
          ? 'Votre session a expiré. Reconnectez-vous pour continuer.'
          : 'Connectez-vous pour continuer.',
      );
      adopt(null);
    });
    return () => setSessionLostHandler(null);
  }, [adopt]);

  const value = useMemo<SessionState>(
    () => ({
      user,
      endedBecause,
      async login(email, password) {
        const session = await api<SessionResponse>('POST', '/api/auth/login', { email, password });
        setEndedBecause(null);
        adopt(session);
      },
      async logout() {
        try {
          await api('POST', '/api/auth/logout');
        } finally {
          adopt(null);
        }
      },
    }),
    [user, endedBecause, adopt],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession hors de SessionProvider');
  return state;
}

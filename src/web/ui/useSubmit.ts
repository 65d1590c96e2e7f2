import { useCallback, useState } from 'react';
import { ApiError } from '../app/api';

function asApiError(e: unknown): ApiError {
  return e instanceof ApiError
    ? e
    : new ApiError({ type: 'about:blank', title: 'Erreur', status: 0, code: 'UNKNOWN', detail: String(e) });
}

/**
 * One form's sending state: busy while it runs, the server's error (with its per-field messages),
 * and the confirmation to announce once it succeeded.
 */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const run = useCallback(async (action: () => Promise<string | null>) => {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      setSaved(await action());
      return true;
    } catch (e) {
      setError(asApiError(e));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  const field = useCallback((name: string) => error?.fieldMessage(name), [error]);
  return { busy, error, saved, run, field, setError };
}

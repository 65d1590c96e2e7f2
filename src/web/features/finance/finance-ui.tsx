import { useCallback, useState, type ReactNode } from 'react';
import { requestStatusLabels, type RequestStatus } from '../../../contracts/finance';
import { ApiError } from '../../app/api';
import { Field } from '../../ui/Field';

/** The state of a payment request, in words (the colour only repeats them). */
export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  return <span className={`badge badge-r-${status}`}>{requestStatusLabels[status]}</span>;
}

/** An amount in euros typed the French way ("4 000 000,00"); converted with toApiAmount on sending. */
export function AmountField(props: { label: ReactNode; value: string; onChange(value: string): void; error?: string | undefined; required?: boolean; hint?: ReactNode }) {
  return (
    <Field
      label={props.label}
      inputMode="decimal"
      autoComplete="off"
      required={props.required}
      hint={props.hint ?? 'En euros, par exemple 4 000 000,00'}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      error={props.error}
    />
  );
}

function asApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError({ type: 'about:blank', title: 'Erreur', status: 0, code: 'UNKNOWN', detail: String(e) });
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

/** "Ordre de service, Facture" or one per line → ["Ordre de service", "Facture"]. */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "20.00" → "20,00 %" */
export function formatPercent(text: string): string {
  return `${text.replace('.', ',')} %`;
}

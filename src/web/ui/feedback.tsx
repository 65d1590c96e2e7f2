import type { ReactNode } from 'react';
import type { ApiError } from '../app/api';

/**
 * An error announced to screen readers as soon as it appears: the server's message, then each
 * field's message it did not already say (an import or a form refused for several reasons).
 */
export function ErrorMessage({ error, children }: { error?: ApiError | null; children?: ReactNode }) {
  if (!error && !children) return null;
  const details =
    children || !error
      ? []
      : [...new Set((error.problem.errors ?? []).map((e) => e.message))].filter((m) => m !== error.message);
  return (
    <div className="alert alert-error" role="alert">
      {children ?? (details.length > 0 ? <p className="alert-headline">{error?.message}</p> : error?.message)}
      {details.length > 0 ? (
        <ul>
          {details.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function Loading({ label = 'Chargement…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  );
}

export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <div className="alert alert-success" role="status">
      {children}
    </div>
  );
}

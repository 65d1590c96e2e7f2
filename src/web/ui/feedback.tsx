import type { ReactNode } from 'react';
import type { ApiError } from '../app/api';

/** An error announced to screen readers as soon as it appears. */
export function ErrorMessage({ error, children }: { error?: ApiError | null; children?: ReactNode }) {
  if (!error && !children) return null;
  return (
    <div className="alert alert-error" role="alert">
      {children ?? error?.message}
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

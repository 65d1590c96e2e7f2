import type { ApiError } from '../../app/api';

/**
 * Every problem the server named (field, row and column), listed under its summary so that a
 * refused form or spreadsheet shows all its errors at once.
 */
export function ProblemList({ error }: { error: ApiError | null }) {
  if (!error) return null;
  const items = error.problem.errors ?? [];
  return (
    <div className="alert alert-error" role="alert">
      <p>{error.message}</p>
      {items.length > 1 ? (
        <ul>
          {items.map((e, i) => (
            <li key={`${e.field}-${i}`}>{e.message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** "2025-06-30" → "30/06/2025", or a dash. */
export const dateFr = (iso: string | null | undefined) => (iso ? iso.split('-').reverse().join('/') : '—');

import { useEffect, useRef } from 'react';
import { formatNumber } from '../../../contracts/format';
import { plural } from './housing-ui';
import type { ImportRun } from './useStockImport';

/** 1 234 567 → "1,2 Mo". */
export function formatBytes(n: number): string {
  const f = (x: number) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(x);
  if (n >= 1024 * 1024) return `${f(n / 1024 / 1024)} Mo`;
  if (n >= 1024) return `${f(n / 1024)} ko`;
  return plural(n, 'octet');
}

/** What the bar shows, as a number (null: unknown yet) and in words. */
export function progressOf(run: ImportRun): { percent: number | null; text: string } {
  const name = run.file ? `« ${run.file.name} »` : 'le fichier';
  const uploaded = run.sent !== null && run.sent.total > 0 && run.sent.loaded >= run.sent.total;
  const live = run.live;
  if (live) {
    const p = live.progress;
    const percent =
      p.percent ?? (run.sent && run.sent.total > 0 ? Math.floor((run.sent.loaded * 100) / run.sent.total) : null);
    const rows = plural(p.rowsRead, 'ligne lue', 'lignes lues');
    if (uploaded && (percent === null || percent >= 99))
      return { percent, text: `Fichier ${name} lu : ${rows} ; vérification et enregistrement du patrimoine en cours…` };
    const bytes = p.bytesExpected
      ? ` (${formatBytes(p.bytesRead)} sur ${formatBytes(p.bytesExpected)})`
      : ` (${formatBytes(p.bytesRead)})`;
    return {
      percent,
      text: `Lecture de ${name} : ${percent === null ? 'taille inconnue' : `${formatNumber(percent)} %`} — ${rows}${bytes}.`,
    };
  }
  if (run.sent && run.sent.total > 0) {
    const percent = Math.floor((run.sent.loaded * 100) / run.sent.total);
    if (uploaded) return { percent, text: `Fichier ${name} envoyé : vérification en cours…` };
    return {
      percent,
      text: `Envoi de ${name} : ${formatNumber(percent)} % (${formatBytes(run.sent.loaded)} sur ${formatBytes(run.sent.total)}).`,
    };
  }
  return { percent: null, text: `Envoi de ${name}…` };
}

/**
 * The import's progress: a progress bar (its value from the import's status endpoint, or from the
 * bytes sent until the server reports) and the same in words.
 */
export function ImportProgress({ run }: { run: ImportRun }) {
  const { percent, text } = progressOf(run);
  const heading = useRef<HTMLHeadingElement>(null);
  // Bring the progress into view (and to screen readers) when the import starts.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="titre-progression" className="panel progress">
      <h2 id="titre-progression" tabIndex={-1} ref={heading}>
        Import en cours
      </h2>
      <p role="status">
        Import de {run.file ? `« ${run.file.name} »` : 'votre fichier'} en cours : gardez cette page ouverte jusqu'au
        rapport.
      </p>
      <div
        role="progressbar"
        aria-labelledby="titre-progression"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={text}
        className={`progress-track${percent === null ? ' indeterminate' : ''}`}
      >
        <div className="progress-fill" style={{ width: `${percent ?? 0}%` }} />
      </div>
      <p className="progress-text">{text}</p>
    </section>
  );
}

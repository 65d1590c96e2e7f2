import { useEffect, useRef } from 'react';
import { importShapeLabels, type StockImportView } from '../../../contracts/housing';
import type { ApiError } from '../../app/api';
import { ErrorMessage, StatusMessage } from '../../ui/feedback';
import { formatNumber } from '../../../contracts/format';
import { ImportErrors } from './ImportErrors';
import { formatBytes } from './ImportProgress';
import { KeyFigure, plural } from './housing-ui';

/** What the file was: its shape, encoding and size. */
function FileFacts({ view }: { view: StockImportView }) {
  const facts = [
    view.shape ? importShapeLabels[view.shape] : null,
    view.encoding && view.encoding !== 'xlsx' ? `encodage ${view.encoding}` : null,
    view.sizeBytes !== null ? formatBytes(view.sizeBytes) : null,
  ];
  return (
    <p className="muted">
      Fichier « {view.filename} » : {facts.filter(Boolean).join(', ') || 'forme non reconnue'}.
      {view.ignoredColumns.length > 0 ? ` Colonnes ignorées : ${view.ignoredColumns.join(', ')}.` : null}
    </p>
  );
}

/**
 * How an import ended. Completed: created / updated / unchanged / missing dwellings. Rejected or
 * failed: nothing imported, the errors with their line and column, the error file, and (when some
 * rows are valid) the explicit choice to import only those.
 */
export function ImportReport({
  view,
  error,
  onImportValidRows,
  busy,
}: {
  view: StockImportView | null;
  error: ApiError | null;
  onImportValidRows: (() => void) | null;
  busy: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The report replaces the progress: bring it into view.
  useEffect(() => heading.current?.focus(), [view?.id]);
  if (!view) return <ErrorMessage error={error} />;
  const c = view.counts;
  if (view.status === 'completed') {
    return (
      <>
        <section aria-labelledby="titre-rapport" className="panel">
          <h2 id="titre-rapport" tabIndex={-1} ref={heading}>
            Rapport d'import
          </h2>
          <StatusMessage>
            Import terminé : {plural(c.rowsValid, 'logement importé', 'logements importés')} depuis « {view.filename} »
            {c.rowsInvalid > 0
              ? ` ; ${plural(c.rowsInvalid, 'ligne en erreur ignorée', 'lignes en erreur ignorées')}`
              : ''}
            .
          </StatusMessage>
          <FileFacts view={view} />
          <dl className="key-figures">
            <KeyFigure term="Créés">{formatNumber(c.created ?? 0)}</KeyFigure>
            <KeyFigure term="Modifiés">{formatNumber(c.updated ?? 0)}</KeyFigure>
            <KeyFigure term="Inchangés">{formatNumber(c.unchanged ?? 0)}</KeyFigure>
            <KeyFigure term="Absents du fichier">{formatNumber(c.missing ?? 0)}</KeyFigure>
            {c.demoReplaced ? (
              <KeyFigure term="Démonstration remplacée">{formatNumber(c.demoReplaced)}</KeyFigure>
            ) : null}
            {c.rowsInvalid > 0 ? <KeyFigure term="Lignes en erreur">{formatNumber(c.rowsInvalid)}</KeyFigure> : null}
          </dl>
          {c.demoReplaced ? (
            <p>
              Le patrimoine de démonstration ({plural(c.demoReplaced, 'logement')}) a été remplacé par ce premier
              import.
            </p>
          ) : null}
          {c.missing ? (
            <details>
              <summary>
                {plural(c.missing, 'logement présent', 'logements présents')} avant cet import et absent
                {c.missing > 1 ? 's' : ''} du fichier : signalé{c.missing > 1 ? 's' : ''}, jamais supprimé
                {c.missing > 1 ? 's' : ''}
              </summary>
              <p>
                {view.missingSample.join(', ')}
                {c.missing > view.missingSample.length ? '…' : ''}
              </p>
            </details>
          ) : null}
        </section>
        {c.errors > 0 ? <ImportErrors view={view} /> : null}
      </>
    );
  }
  const nothing = view.status === 'rejected' && c.rowsValid > 0 && view.mode === 'all_or_nothing';
  return (
    <>
      <section aria-labelledby="titre-rapport" className="panel">
        <h2 id="titre-rapport" tabIndex={-1} ref={heading}>
          Rapport d'import : rien n'a été importé
        </h2>
        <ErrorMessage>{error?.message ?? view.failureMessage ?? `${view.statusLabel}.`}</ErrorMessage>
        <FileFacts view={view} />
        <dl className="key-figures">
          <KeyFigure term="Lignes lues">{formatNumber(view.progress.rowsRead)}</KeyFigure>
          <KeyFigure term="Lignes valides">{formatNumber(c.rowsValid)}</KeyFigure>
          <KeyFigure term="Lignes en erreur">{formatNumber(c.rowsInvalid)}</KeyFigure>
          <KeyFigure term="Erreurs">{formatNumber(c.errors)}</KeyFigure>
        </dl>
        {nothing && onImportValidRows ? (
          <div className="alert alert-info">
            <h3>Importer seulement les lignes valides ?</h3>
            <p>
              Le fichier contient {plural(c.rowsValid, 'ligne valide', 'lignes valides')} et{' '}
              {plural(c.rowsInvalid, 'ligne en erreur', 'lignes en erreur')}. Vous pouvez corriger le fichier et
              l'importer à nouveau, ou importer maintenant seulement les lignes valides : les lignes en erreur seront
              ignorées et signalées dans le rapport.
            </p>
            <button type="button" className="button-primary" disabled={busy} onClick={onImportValidRows}>
              Importer seulement les {plural(c.rowsValid, 'ligne valide', 'lignes valides')}
            </button>
          </div>
        ) : null}
      </section>
      {c.errors > 0 ? <ImportErrors view={view} /> : null}
    </>
  );
}

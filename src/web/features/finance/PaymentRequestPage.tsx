import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import {
  requestStatusLabels,
  scheduleKindLabels,
  type RequestStatus,
  type RequestView,
} from '../../../contracts/finance';
import { ErrorMessage, Loading, StatusMessage } from '../../ui/feedback';
import { formatDate, formatDateTime, formatEuros } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { ConventionNav } from '../conventions/ConventionNav';
import { RequestStatusBadge } from './finance-ui';
import { AttachForm, PaymentForm, TransitionForm } from './RequestForms';
import { TableWrapper } from '../../ui/TableWrapper';

const statusLabel = (s: string | null) => (s ? (requestStatusLabels[s as RequestStatus] ?? s) : '');

/** One payment request: amount, line, documents (required, attached, missing), actions, payment and timeline. */
export function PaymentRequestPage() {
  const { id } = useParams();
  const location = useLocation();
  const { data: r, error, loading, reload } = useApi<RequestView>(`/api/payment-requests/${id}`);
  const [notice, setNotice] = useState<string | null>(null);
  usePageTitle(r ? `Demande de versement — ${r.scheduleLine.label}` : 'Demande de versement');
  if (loading && !r) return <Loading />;
  if (error && !r) return <ErrorMessage error={error} />;
  if (!r) return null;
  const saved = (message: string) => {
    setNotice(message);
    reload();
  };
  const providedFor = (requirement: string) => r.documents.filter((d) => d.requirement === requirement);
  return (
    <article>
      <p>
        <Link to={`/conventions-financieres/${r.fundingAgreementId}`}>← {r.agreementLabel}</Link>
      </p>
      <h1>Demande de versement — {r.scheduleLine.label}</h1>
      <ConventionNav id={r.conventionId} />
      {notice ? <StatusMessage>{notice}</StatusMessage> : null}
      {!notice && (location.state as { created?: boolean } | null)?.created && r.status === 'draft' ? (
        <StatusMessage>
          Demande enregistrée en brouillon : joignez les pièces exigées puis transmettez-la.
        </StatusMessage>
      ) : null}
      <p className="request-status">
        État : <RequestStatusBadge status={r.status} />
      </p>
      <dl className="facts">
        <div>
          <dt>Montant demandé</dt>
          <dd>{formatEuros(r.amount)}</dd>
        </div>
        <div>
          <dt>Ligne de l'échéancier</dt>
          <dd>
            {scheduleKindLabels[r.scheduleLine.kind]} — {r.scheduleLine.label} ({formatEuros(r.scheduleLine.amount)})
          </dd>
        </div>
        <div>
          <dt>Convention financière</dt>
          <dd>
            <Link to={`/conventions-financieres/${r.fundingAgreementId}`}>{r.agreementLabel}</Link>
          </dd>
        </div>
        {r.operation ? (
          <div>
            <dt>Opération</dt>
            <dd>
              <Link to={`/operations/${r.operation.id}`}>
                {r.operation.reference} — {r.operation.label}
              </Link>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Établie par</dt>
          <dd>
            {r.createdBy}, le {formatDateTime(r.createdAt)}
          </dd>
        </div>
        <div>
          <dt>Transmise le</dt>
          <dd>{r.submittedAt ? formatDateTime(r.submittedAt) : 'pas encore transmise'}</dd>
        </div>
        {r.payment ? (
          <div>
            <dt>Versement</dt>
            <dd>
              {formatEuros(r.payment.amount)}, mandat n° {r.payment.mandateNumber} du{' '}
              {formatDate(r.payment.mandateDate)}
            </dd>
          </div>
        ) : null}
      </dl>
      {r.description ? (
        <>
          <h2>Description</h2>
          <p>{r.description}</p>
        </>
      ) : null}

      <section aria-labelledby="titre-pieces">
        <h2 id="titre-pieces">Pièces justificatives</h2>
        {r.scheduleLine.requiredDocuments.length === 0 ? (
          <p>Cette ligne de l'échéancier n'exige aucune pièce.</p>
        ) : null}
        {r.scheduleLine.requiredDocuments.length > 0 ? (
          <TableWrapper>
            <table>
              <caption className="visually-hidden">
                Pièces exigées par la ligne de l'échéancier et pièces jointes
              </caption>
              <thead>
                <tr>
                  <th scope="col">Pièce exigée</th>
                  <th scope="col">État</th>
                  <th scope="col">Fichier joint</th>
                </tr>
              </thead>
              <tbody>
                {r.scheduleLine.requiredDocuments.map((req) => {
                  const files = providedFor(req);
                  return (
                    <tr key={req}>
                      <th scope="row">{req}</th>
                      <td>
                        {files.length > 0 ? (
                          <span className="badge badge-ok">Fournie</span>
                        ) : (
                          <span className="badge badge-late">Manquante</span>
                        )}
                      </td>
                      <td>
                        {files.length === 0
                          ? '—'
                          : files.map((f, i) => (
                              <span key={f.id}>
                                {i > 0 ? ', ' : null}
                                <a href={`/api/documents/${f.id}`}>{f.filename}</a>
                              </span>
                            ))}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableWrapper>
        ) : null}
        {r.missingDocuments.length > 0 ? (
          <p className="missing">
            <strong>Pièces manquantes :</strong> {r.missingDocuments.join(', ')}.
          </p>
        ) : r.scheduleLine.requiredDocuments.length > 0 ? (
          <p>Toutes les pièces exigées sont jointes.</p>
        ) : null}
        {r.documents.some((d) => !r.scheduleLine.requiredDocuments.includes(d.requirement)) ? (
          <ul>
            {r.documents
              .filter((d) => !r.scheduleLine.requiredDocuments.includes(d.requirement))
              .map((d) => (
                <li key={d.id}>
                  {d.requirement} : <a href={`/api/documents/${d.id}`}>{d.filename}</a>
                </li>
              ))}
          </ul>
        ) : null}
        {r.can.edit ? <AttachForm request={r} onSaved={saved} /> : null}
      </section>

      {r.can.actions.length > 0 ? <TransitionForm request={r} onSaved={saved} /> : null}
      {r.can.pay ? <PaymentForm request={r} onSaved={saved} /> : null}

      <section aria-labelledby="titre-historique">
        <h2 id="titre-historique">Historique</h2>
        <ol className="history timeline">
          {r.timeline.map((t, i) => (
            <li key={i}>
              <time dateTime={t.at}>{formatDateTime(t.at)}</time> — {t.actor} :{' '}
              {t.fromStatus ? `${statusLabel(t.fromStatus)} → ` : 'création, '}
              <strong>{statusLabel(t.toStatus)}</strong>
              {t.comment ? <> — « {t.comment} »</> : null}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import type { ConventionDetail, TerminationNotice } from '../../../contracts/convention-content';
import { api, ApiError } from '../../app/api';
import { useSession } from '../../app/session';
import { ErrorMessage, Loading } from '../../ui/feedback';
import { Field, SelectField } from '../../ui/Field';
import { formatDate } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { ConventionNav } from './ConventionNav';

/** Article 9: formal notices, their earliest effective date, withdrawal, and the termination itself. */
export function TerminationPage() {
  usePageTitle('Résiliation');
  const { id } = useParams();
  const notices = useApi<TerminationNotice[]>(`/api/conventions/${id}/termination-notices`);
  const convention = useApi<ConventionDetail>(`/api/conventions/${id}`);
  const c = convention.data;
  const open = notices.data?.find((n) => !n.withdrawnOn && !n.terminatedOn);
  // The confirmation lives here, not in the form that disappears once the notice is saved, and takes the focus.
  const [saved, setSaved] = useState<string | null>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);
  const reload = (message: string) => {
    setSaved(message);
    notices.reload();
    convention.reload();
  };
  return (
    <>
      <h1>Résiliation</h1>
      {id ? <ConventionNav id={id} /> : null}
      <p>
        Article 9 : en cas de non-respect de ses engagements par une partie, la convention peut être résiliée de plein
        droit par l'autre à l'expiration d'un délai de trois mois suivant l'envoi d'une lettre recommandée avec accusé
        de réception valant mise en demeure.
      </p>
      <ErrorMessage error={notices.error ?? convention.error} />
      {saved ? (
        <div className="alert alert-success" role="status" tabIndex={-1} ref={savedRef}>
          {saved}
        </div>
      ) : null}
      {notices.loading && !notices.data ? <Loading /> : null}
      {c?.terminatedOn ? (
        <div className="alert alert-error" role="status">
          Convention résiliée avec effet au {formatDate(c.terminatedOn)}.
        </div>
      ) : null}
      {notices.data && notices.data.length === 0 ? <p>Aucune mise en demeure n'a été envoyée.</p> : null}
      {notices.data?.map((n) => (
        <section key={n.id} className="panel" aria-label={`Mise en demeure du ${formatDate(n.sentOn)}`}>
          <h2>Mise en demeure du {formatDate(n.sentOn)}</h2>
          <dl className="facts">
            <div>
              <dt>Envoyée par</dt>
              <dd>{n.sendingOrganisationName}</dd>
            </div>
            <div>
              <dt>Lettre recommandée</dt>
              <dd>{n.registeredLetterRef}</dd>
            </div>
            <div>
              <dt>Résiliation possible à partir du</dt>
              <dd>
                <strong>{formatDate(n.earliestEffectiveOn)}</strong>
              </dd>
            </div>
            <div>
              <dt>Suite</dt>
              <dd>
                {n.terminatedOn
                  ? `Résiliation effective le ${formatDate(n.terminatedOn)}`
                  : n.withdrawnOn
                    ? `Retirée le ${formatDate(n.withdrawnOn)} : ${n.withdrawalReason}`
                    : 'En cours'}
              </dd>
            </div>
          </dl>
          <p>Motif : {n.reason}</p>
          {c?.can.sendTerminationNotice && n === open ? <NoticeActions notice={n} onDone={reload} /> : null}
        </section>
      ))}
      {c?.can.sendTerminationNotice && !open && !c.terminatedOn ? <NoticeForm convention={c} onSaved={reload} /> : null}
    </>
  );
}

function NoticeForm({ convention, onSaved }: { convention: ConventionDetail; onSaved(message: string): void }) {
  const { user } = useSession();
  const isAdmin = user?.roles.includes('admin') ?? false;
  const parties = convention.parties.filter((p) => p.partyRole !== 'controller');
  const [form, setForm] = useState({
    sentOn: '',
    reason: '',
    registeredLetterRef: '',
    sendingOrganisationId: parties[0]?.organisation.id ?? '',
  });
  const [error, setError] = useState<ApiError | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const notice = await api<TerminationNotice>('POST', `/api/conventions/${convention.id}/termination-notices`, {
        ...form,
        sendingOrganisationId: isAdmin ? form.sendingOrganisationId : undefined,
      });
      onSaved(
        `Mise en demeure enregistrée : résiliation possible à partir du ${formatDate(notice.earliestEffectiveOn)}.`,
      );
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    }
  }
  return (
    <section className="panel" aria-labelledby="titre-mise-en-demeure">
      <h2 id="titre-mise-en-demeure">Enregistrer une mise en demeure</h2>
      <ErrorMessage error={error} />
      <form onSubmit={submit} noValidate>
        {isAdmin ? (
          <SelectField
            label="Partie qui envoie"
            value={form.sendingOrganisationId}
            onChange={(e) => setForm({ ...form, sendingOrganisationId: e.target.value })}
            options={parties.map((p) => ({ value: p.organisation.id, label: p.organisation.name }))}
            error={error?.fieldMessage('sendingOrganisationId')}
          />
        ) : null}
        <Field
          label="Date d'envoi de la lettre recommandée"
          type="date"
          required
          value={form.sentOn}
          onChange={(e) => setForm({ ...form, sentOn: e.target.value })}
          error={error?.fieldMessage('sentOn')}
        />
        <Field
          label="Référence de la lettre recommandée"
          required
          value={form.registeredLetterRef}
          onChange={(e) => setForm({ ...form, registeredLetterRef: e.target.value })}
          error={error?.fieldMessage('registeredLetterRef')}
        />
        <Field
          label="Motif : engagements non respectés"
          required
          value={form.reason}
          onChange={(e) => setForm({ ...form, reason: e.target.value })}
          error={error?.fieldMessage('reason')}
        />
        <button type="submit" className="button-primary">
          Enregistrer la mise en demeure
        </button>
      </form>
    </section>
  );
}

function NoticeActions({ notice, onDone }: { notice: TerminationNotice; onDone(message: string): void }) {
  const [effectiveOn, setEffectiveOn] = useState(notice.earliestEffectiveOn);
  const [withdrawnOn, setWithdrawnOn] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  async function run(path: string, body: unknown, message: string) {
    setError(null);
    try {
      await api('POST', path, body);
      onDone(message);
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    }
  }
  return (
    <>
      <ErrorMessage error={error} />
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run(
            `/api/termination-notices/${notice.id}/terminate`,
            { effectiveOn },
            `Résiliation enregistrée avec effet au ${formatDate(effectiveOn)}.`,
          );
        }}
      >
        <Field
          label="Date d'effet de la résiliation"
          type="date"
          value={effectiveOn}
          onChange={(e) => setEffectiveOn(e.target.value)}
          error={error?.fieldMessage('effectiveOn')}
        />
        <button type="submit">Enregistrer la résiliation</button>
      </form>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run(
            `/api/termination-notices/${notice.id}/withdraw`,
            { withdrawnOn, reason },
            `Mise en demeure retirée le ${formatDate(withdrawnOn)}.`,
          );
        }}
      >
        <Field
          label="Date de retrait"
          type="date"
          value={withdrawnOn}
          onChange={(e) => setWithdrawnOn(e.target.value)}
          error={error?.fieldMessage('withdrawnOn')}
        />
        <Field
          label="Motif du retrait"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={error?.fieldMessage('reason')}
        />
        <button type="submit">Retirer la mise en demeure</button>
      </form>
    </>
  );
}

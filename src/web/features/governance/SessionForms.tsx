import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import {
  matterLabels,
  matters,
  type GovernanceReference,
  type Matter,
  type MemberView,
} from '../../../contracts/governance';
import type { SessionView } from '../../../contracts/governance-sessions';
import { api } from '../../app/api';
import { StatusMessage, ErrorMessage } from '../../ui/feedback';
import { Field, SelectField, TextAreaField } from '../../ui/Field';
import { useApi } from '../../ui/useApi';

import { orNull, personLabel, useSessionChange } from './governance-ui';
import { useSubmit } from '../../ui/useSubmit';

/** Adds an item to the agenda: title, rapporteur, report, draft decision, matter and ACTES subject. */
export function AddItemForm({ session, onView }: { session: SessionView; onView(view: SessionView): void }) {
  const members = useApi<MemberView[]>(`/api/conventions/${session.conventionId}/members`);
  const reference = useApi<GovernanceReference>('/api/governance/reference');
  const { busy, error, saved, change, field } = useSessionChange(onView);
  const [title, setTitle] = useState('');
  const [rapporteur, setRapporteur] = useState('');
  const [report, setReport] = useState('');
  const [draft, setDraft] = useState('');
  const [matter, setMatter] = useState<Matter>('other');
  const [matterYear, setMatterYear] = useState('');
  const [actesCode, setActesCode] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void change(
      'POST',
      `/api/sessions/${session.id}/items`,
      {
        title,
        rapporteurMemberId: rapporteur || null,
        report: orNull(report),
        draftDecision: orNull(draft),
        matter,
        matterYear: matterYear ? Number(matterYear) : null,
        actesCode: actesCode || null,
      },
      (v) => {
        setTitle('');
        setReport('');
        setDraft('');
        return `Point ${v.items.length} ajouté à l'ordre du jour.`;
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="panel" aria-labelledby="titre-ajout-point">
      <h2 id="titre-ajout-point">Ajouter un point à l'ordre du jour</h2>
      <Field
        label="Intitulé du point"
        required
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={field('title')}
      />
      <SelectField
        label="Rapporteur"
        value={rapporteur}
        onChange={(e) => setRapporteur(e.target.value)}
        options={[
          { value: '', label: 'Non renseigné' },
          ...(members.data ?? []).map((m) => ({ value: m.id, label: personLabel(m) })),
        ]}
        error={field('rapporteurMemberId')}
      />
      <TextAreaField
        label="Rapport"
        rows={4}
        value={report}
        onChange={(e) => setReport(e.target.value)}
        error={field('report')}
      />
      <TextAreaField
        label="Projet de délibération"
        rows={4}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        error={field('draftDecision')}
      />
      <SelectField
        label="Matière"
        value={matter}
        onChange={(e) => setMatter(e.target.value as Matter)}
        options={matters.map((m) => ({ value: m, label: matterLabels[m] }))}
        error={field('matter')}
      />
      <Field
        label="Année concernée"
        inputMode="numeric"
        hint="Par exemple 2025 pour la convention d'application 2025"
        value={matterYear}
        onChange={(e) => setMatterYear(e.target.value)}
        error={field('matterYear')}
      />
      <SelectField
        label="Code ACTES"
        hint="Sans code, celui proposé pour la matière"
        value={actesCode}
        onChange={(e) => setActesCode(e.target.value)}
        options={[
          { value: '', label: 'Proposé selon la matière' },
          ...(reference.data?.actesSubjects ?? []).map((s) => ({ value: s.code, label: `${s.code} — ${s.subject}` })),
        ]}
        error={field('actesCode')}
      />
      <ErrorMessage error={error} />
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      <button type="submit" disabled={busy}>
        Ajouter le point
      </button>
    </form>
  );
}

/** Closing the session, then its second convocation (no quorum) or the approval of its minutes. */
export function SessionClosing({ session, onView }: { session: SessionView; onView(view: SessionView): void }) {
  const { busy, error, saved, change } = useSessionChange(onView);
  if (!session.can.manage) return null;
  if (session.status === 'planned') {
    const pending = session.items.filter((i) => i.status === 'pending').length;
    return (
      <section className="panel" aria-labelledby="titre-cloture">
        <h2 id="titre-cloture">Clôture de la séance</h2>
        <p>
          La clôture numérote les délibérations adoptées.
          {pending > 0
            ? ` ${pending} point${pending > 1 ? 's' : ''} non voté${pending > 1 ? 's' : ''} ser${pending > 1 ? 'ont' : 'a'} reporté${pending > 1 ? 's' : ''}.`
            : ''}
          {session.items.every((i) => i.status !== 'voted') && !session.quorum.reached
            ? ' Sans quorum ni vote, la séance est enregistrée « quorum non atteint ».'
            : ''}
        </p>
        <ErrorMessage error={error} />
        <button
          type="button"
          className="button-primary"
          disabled={busy}
          onClick={() =>
            void change('POST', `/api/sessions/${session.id}/close`, undefined, (v) =>
              v.status === 'no_quorum' ? 'Séance close : quorum non atteint.' : 'Séance close.',
            )
          }
        >
          Clore la séance
        </button>
      </section>
    );
  }
  return (
    <>
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      {session.status === 'no_quorum' && session.rules.withoutQuorum.secondConvocation ? (
        <SecondConvocationForm session={session} />
      ) : null}
      <MinutesApprovalForm session={session} onView={onView} />
    </>
  );
}

function SecondConvocationForm({ session }: { session: SessionView }) {
  const navigate = useNavigate();
  const { busy, error, run, field } = useSubmit();
  const [heldOn, setHeldOn] = useState('');
  const [convenedOn, setConvenedOn] = useState('');
  const [place, setPlace] = useState(session.place ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const next = await api<SessionView>('POST', `/api/sessions/${session.id}/second-convocation`, {
        heldOn,
        convenedOn: convenedOn || null,
        place: orNull(place),
      });
      void navigate(`/seances/${next.id}`, { state: { created: true } });
      return null;
    });
  };
  const delay = session.rules.withoutQuorum.minDelayDays;
  return (
    <form onSubmit={submit} noValidate className="panel" aria-labelledby="titre-seconde-convocation">
      <h2 id="titre-seconde-convocation">Seconde convocation</h2>
      <p>
        Les points reportés sont repris dans une nouvelle séance
        {session.rules.withoutQuorum.quorumRequired ? '' : ', qui délibère sans condition de quorum'}
        {delay ? ` ; elle se tient ${delay} jours au moins après cette séance` : ''}.
      </p>
      <Field
        label="Date de la seconde séance"
        type="date"
        required
        value={heldOn}
        onChange={(e) => setHeldOn(e.target.value)}
        error={field('heldOn')}
      />
      <Field
        label="Date de convocation"
        type="date"
        value={convenedOn}
        onChange={(e) => setConvenedOn(e.target.value)}
        error={field('convenedOn')}
      />
      <Field label="Lieu" value={place} onChange={(e) => setPlace(e.target.value)} error={field('place')} />
      <ErrorMessage error={error} />
      <button type="submit" className="button-primary" disabled={busy}>
        Convoquer la seconde séance
      </button>
    </form>
  );
}

function MinutesApprovalForm({ session, onView }: { session: SessionView; onView(view: SessionView): void }) {
  const { busy, error, saved, change, field } = useSessionChange(onView);
  const [approvedOn, setApprovedOn] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void change(
      'POST',
      `/api/sessions/${session.id}/minutes-approval`,
      { approvedOn },
      () => 'Procès-verbal approuvé : les délibérations ne se modifient plus que par rectification.',
    );
  };
  // Once approved, the form gives way to its confirmation.
  if (session.minutesApprovedOn !== null) return saved ? <StatusMessage>{saved}</StatusMessage> : null;
  return (
    <form onSubmit={submit} noValidate className="panel" aria-labelledby="titre-pv">
      <h2 id="titre-pv">Approbation du procès-verbal</h2>
      <p>
        Une fois le procès-verbal approuvé, les délibérations de la séance ne se modifient plus ; une correction est
        enregistrée comme rectification.
      </p>
      <Field
        label="Date d'approbation du procès-verbal"
        type="date"
        required
        value={approvedOn}
        onChange={(e) => setApprovedOn(e.target.value)}
        error={field('approvedOn')}
      />
      <ErrorMessage error={error} />
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      <button type="submit" disabled={busy}>
        Approuver le procès-verbal
      </button>
    </form>
  );
}

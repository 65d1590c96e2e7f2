import { useState, type FormEvent } from 'react';
import { civilities, type BodyDetail, type Civility, type MemberView } from '../../../contracts/governance';
import type { MeetingView, StandingMembersView } from '../../../contracts/governance-sessions';
import { api } from '../../app/api';
import { ErrorMessage, StatusMessage } from '../../ui/feedback';
import { Field, SelectField } from '../../ui/Field';
import { TableWrapper } from '../../ui/TableWrapper';
import { useApi } from '../../ui/useApi';
import { useSubmit } from '../../ui/useSubmit';
import { orNull, personLabel, useParties } from './governance-ui';

/**
 * Who a meeting gathers beyond the participants entered one by one: the COPIL's two co-chairs
 * (Article 4 §1, one per party), the body's standing members (kept by the Département's
 * coordinator, invited to a meeting at once), and the minutes to download.
 */

const NONE = '';
const NEW = 'nouveau';

interface PersonDraft {
  memberId: string;
  civility: Civility | '';
  firstName: string;
  lastName: string;
  fn: string;
}
const emptyDraft = (memberId = NONE): PersonDraft => ({ memberId, civility: '', firstName: '', lastName: '', fn: '' });

function personBody(d: PersonDraft) {
  if (d.memberId === NONE) return null;
  if (d.memberId !== NEW) return { memberId: d.memberId };
  return {
    civility: d.civility || null,
    firstName: orNull(d.firstName),
    lastName: d.lastName.trim(),
    function: orNull(d.fn),
  };
}

/** A person: one known in the convention, or a new one by name (a known spelling finds them). */
function PersonFields({
  legend,
  draft,
  onChange,
  members,
  field,
  allowNone,
}: {
  legend: string;
  draft: PersonDraft;
  onChange: (d: PersonDraft) => void;
  members: MemberView[];
  field: (name: string) => string | undefined;
  allowNone: boolean;
}) {
  const set = (patch: Partial<PersonDraft>) => onChange({ ...draft, ...patch });
  return (
    <fieldset>
      <legend>{legend}</legend>
      <SelectField
        label="Personne"
        value={draft.memberId}
        onChange={(e) => set({ memberId: e.target.value })}
        error={field('memberId')}
        options={[
          ...(allowNone ? [{ value: NONE, label: 'Non désigné' }] : []),
          { value: NEW, label: 'Nouvelle personne…' },
          ...members.map((m) => ({ value: m.id, label: personLabel(m) })),
        ]}
      />
      {draft.memberId === NEW ? (
        <>
          <SelectField
            label="Civilité"
            value={draft.civility}
            onChange={(e) => set({ civility: e.target.value as Civility | '' })}
            options={[{ value: '', label: 'Non renseignée' }, ...civilities.map((c) => ({ value: c, label: c }))]}
          />
          <Field label="Prénom" value={draft.firstName} onChange={(e) => set({ firstName: e.target.value })} />
          <Field
            label="Nom"
            required
            value={draft.lastName}
            onChange={(e) => set({ lastName: e.target.value })}
            error={field('lastName')}
          />
          <Field label="Fonction" value={draft.fn} onChange={(e) => set({ fn: e.target.value })} />
        </>
      ) : null}
    </fieldset>
  );
}

const chairLabel = (c: NonNullable<MeetingView['coChairs']>['department']) =>
  c ? `${personLabel(c.member)}${c.function ? `, ${c.function}` : ''}` : 'non désigné';

/** The COPIL's co-chairs, shown, and set by whoever records the meeting. */
export function CoChairsSection({ meeting, onView }: { meeting: MeetingView; onView: (m: MeetingView) => void }) {
  const chairs = meeting.coChairs!;
  return (
    <section aria-labelledby="titre-copresidence">
      <h2 id="titre-copresidence">Coprésidence</h2>
      <p className="hint">
        Article 4 de la convention : le comité de pilotage est coprésidé par un représentant de chaque partie.
      </p>
      <dl className="facts" aria-label="Coprésidents">
        <dt>Pour le Département</dt>
        <dd>{chairLabel(chairs.department)}</dd>
        <dt>Pour le bailleur</dt>
        <dd>{chairLabel(chairs.landlord)}</dd>
      </dl>
      {meeting.can.manage ? <CoChairsForm key={meeting.id} meeting={meeting} onView={onView} /> : null}
    </section>
  );
}

function CoChairsForm({ meeting, onView }: { meeting: MeetingView; onView: (m: MeetingView) => void }) {
  const members = useApi<MemberView[]>(`/api/conventions/${meeting.conventionId}/members`);
  const { busy, error, saved, run, field } = useSubmit();
  const [department, setDepartment] = useState(emptyDraft(meeting.coChairs?.department?.member.id ?? NONE));
  const [landlord, setLandlord] = useState(emptyDraft(meeting.coChairs?.landlord?.member.id ?? NONE));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const view = await api<MeetingView>('PUT', `/api/meetings/${meeting.id}/co-chairs`, {
        department: personBody(department),
        landlord: personBody(landlord),
      });
      onView(view);
      setDepartment(emptyDraft(view.coChairs?.department?.member.id ?? NONE));
      setLandlord(emptyDraft(view.coChairs?.landlord?.member.id ?? NONE));
      members.reload();
      return 'Coprésidents enregistrés.';
    });
  };
  const list = members.data ?? [];
  return (
    <form onSubmit={submit} noValidate className="panel" aria-labelledby="titre-form-copresidence">
      <h3 id="titre-form-copresidence">Désigner les coprésidents</h3>
      <PersonFields
        legend="Coprésident pour le Département"
        draft={department}
        onChange={setDepartment}
        members={list}
        field={(n) =>
          n === 'memberId' ? (field('department') ?? field('department.memberId')) : field(`department.${n}`)
        }
        allowNone
      />
      <PersonFields
        legend="Coprésident pour le bailleur"
        draft={landlord}
        onChange={setLandlord}
        members={list}
        field={(n) => (n === 'memberId' ? (field('landlord') ?? field('landlord.memberId')) : field(`landlord.${n}`))}
        allowNone
      />
      <ErrorMessage error={error} />
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      <button type="submit" disabled={busy}>
        Enregistrer les coprésidents
      </button>
    </form>
  );
}

/** The minutes as files, and the standing members invited at once. */
export function MinutesDownloads({ meeting }: { meeting: MeetingView }) {
  return (
    <p className="downloads">
      <a href={`/api/meetings/${meeting.id}/minutes.pdf`} download>
        Télécharger le compte rendu (PDF)
      </a>
      <a href={`/api/meetings/${meeting.id}/minutes.docx`} download>
        Télécharger le compte rendu (DOCX, à modifier)
      </a>
    </p>
  );
}

export function InviteStandingMembers({ meeting, onView }: { meeting: MeetingView; onView: (m: MeetingView) => void }) {
  const { busy, error, saved, run } = useSubmit();
  const invite = () =>
    void run(async () => {
      const before = meeting.participants.length;
      const view = await api<MeetingView>('POST', `/api/meetings/${meeting.id}/standing-members`, {});
      onView(view);
      const added = view.participants.length - before;
      return added === 0
        ? 'Aucun membre permanent à ajouter.'
        : `${added} membre${added > 1 ? 's' : ''} permanent${added > 1 ? 's' : ''} ajouté${added > 1 ? 's' : ''} aux participants.`;
    });
  return (
    <div>
      <button type="button" disabled={busy} onClick={invite}>
        Inviter les membres permanents
      </button>
      <ErrorMessage error={error} />
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
    </div>
  );
}

/** A body's standing members: shown to all, kept by the Département's coordinator. */
export function StandingMembersSection({ body }: { body: BodyDetail }) {
  const loaded = useApi<StandingMembersView>(`/api/bodies/${body.id}/standing-members`);
  const [answer, setAnswer] = useState<StandingMembersView | null>(null);
  const view = answer ?? loaded.data;
  const { busy, error, saved, run } = useSubmit();
  if (!view) return null;
  const current = view.members.map((m) => ({ memberId: m.member.id, service: m.service, role: m.role }));
  const remove = (id: string, name: string) =>
    void run(async () => {
      setAnswer(
        await api<StandingMembersView>('PUT', `/api/bodies/${body.id}/standing-members`, {
          members: current.filter((m) => m.memberId !== id),
        }),
      );
      return `${name} retiré des membres permanents.`;
    });
  return (
    <section aria-labelledby="titre-permanents">
      <h2 id="titre-permanents">Membres permanents</h2>
      <p className="hint">Invités à chaque réunion : ils pré-remplissent les participants d'une nouvelle réunion.</p>
      {view.members.length === 0 ? (
        <p>Aucun membre permanent.</p>
      ) : (
        <TableWrapper>
          <table>
            <caption className="visually-hidden">Membres permanents de l'instance</caption>
            <thead>
              <tr>
                <th scope="col">Personne</th>
                <th scope="col">Organisation</th>
                <th scope="col">Service</th>
                <th scope="col">Rôle</th>
                {view.can.manage ? <th scope="col">Retirer</th> : null}
              </tr>
            </thead>
            <tbody>
              {view.members.map((m) => (
                <tr key={m.member.id}>
                  <th scope="row">
                    {personLabel(m.member)}
                    {m.function ? `, ${m.function}` : ''}
                  </th>
                  <td>{m.organisation?.name ?? '—'}</td>
                  <td>{m.service ?? '—'}</td>
                  <td>{m.role ?? '—'}</td>
                  {view.can.manage ? (
                    <td>
                      <button
                        type="button"
                        disabled={busy}
                        onClick={() => remove(m.member.id, personLabel(m.member))}
                        aria-label={`Retirer ${personLabel(m.member)}`}
                      >
                        Retirer
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrapper>
      )}
      <ErrorMessage error={error} />
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      {view.can.manage ? <StandingMemberForm body={body} current={current} onView={setAnswer} /> : null}
    </section>
  );
}

function StandingMemberForm({
  body,
  current,
  onView,
}: {
  body: BodyDetail;
  current: { memberId: string; service: string | null; role: string | null }[];
  onView: (v: StandingMembersView) => void;
}) {
  const members = useApi<MemberView[]>(`/api/conventions/${body.conventionId}/members`);
  const parties = useParties(body.conventionId);
  const { busy, error, saved, run, field } = useSubmit();
  const [person, setPerson] = useState(emptyDraft(NEW));
  const [organisationId, setOrganisationId] = useState('');
  const [service, setService] = useState('');
  const [role, setRole] = useState('');
  const i = current.length;
  const candidates = (members.data ?? []).filter((m) => !current.some((c) => c.memberId === m.id));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const known = candidates.find((m) => m.id === person.memberId);
    const name = known ? personLabel(known) : `${person.civility} ${person.firstName} ${person.lastName}`.trim();
    void run(async () => {
      const added = {
        ...personBody(person),
        ...(person.memberId === NEW ? { organisationId: organisationId || null } : {}),
        service: orNull(service),
        role: orNull(role),
      };
      onView(
        await api<StandingMembersView>('PUT', `/api/bodies/${body.id}/standing-members`, {
          members: [...current, added],
        }),
      );
      setPerson(emptyDraft(NEW));
      setService('');
      setRole('');
      members.reload();
      return `${name} ajouté${(known?.civility ?? person.civility) === 'Mme' ? 'e' : ''} aux membres permanents.`;
    });
  };
  return (
    <form onSubmit={submit} noValidate className="panel" aria-labelledby="titre-ajout-permanent">
      <h3 id="titre-ajout-permanent">Ajouter un membre permanent</h3>
      <PersonFields
        legend="Personne"
        draft={person}
        onChange={setPerson}
        members={candidates}
        field={(n) => field(`members.${i}.${n}`)}
        allowNone={false}
      />
      {person.memberId === NEW ? (
        <SelectField
          label="Organisation"
          value={organisationId}
          onChange={(e) => setOrganisationId(e.target.value)}
          error={field(`members.${i}.organisationId`)}
          options={[
            { value: '', label: 'Non renseignée' },
            ...parties.map((p) => ({ value: p.organisationId, label: p.name })),
          ]}
        />
      ) : null}
      <Field
        label="Service"
        hint="Par exemple « Direction accompagnement des territoires (DAT) »"
        value={service}
        onChange={(e) => setService(e.target.value)}
        error={field(`members.${i}.service`)}
      />
      <Field label="Rôle" value={role} onChange={(e) => setRole(e.target.value)} error={field(`members.${i}.role`)} />
      <ErrorMessage error={error} />
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      <button type="submit" disabled={busy}>
        Ajouter le membre permanent
      </button>
    </form>
  );
}

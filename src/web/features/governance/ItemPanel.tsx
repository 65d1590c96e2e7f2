import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import {
  matterLabels,
  voteChoiceLabels,
  voteChoices,
  type PersonRef,
  type VoteChoice,
} from '../../../contracts/governance';
import type { AgendaItemView, SessionView } from '../../../contracts/governance-sessions';
import { StatusMessage, ErrorMessage } from '../../ui/feedback';
import { Field, SelectField } from '../../ui/Field';
import { personLabel, useSessionChange } from './governance-ui';
import { TableWrapper } from '../../ui/TableWrapper';

const itemStatusLabels = { pending: 'À voter', voted: 'Voté', postponed: 'Reporté' } as const;

/** Whether a member recorded present is in the room for the item at `position` (late arrival, early departure), as the server counts. */
function presentAt(session: SessionView, a: SessionView['attendance'][number], position: number) {
  if (a.status !== 'present') return false;
  const at = (id: string | null) => (id === null ? null : (session.items.find((i) => i.id === id)?.position ?? null));
  const arrived = at(a.arrivedAtItemId);
  const left = at(a.leftBeforeItemId);
  return (arrived === null || position >= arrived) && (left === null || position < left);
}

/** Those who vote on the item: members present taking part, then the givers of valid proxies (voting through their holder). */
export function votersOf(
  session: SessionView,
  item: AgendaItemView,
): { member: PersonRef; holder: PersonRef | null }[] {
  const recused = new Set(item.recusals.map((r) => r.member.id));
  const present = session.attendance
    .filter((a) => a.voting && presentAt(session, a, item.position) && !recused.has(a.member.id))
    .map((a) => ({ member: a.member, holder: null }));
  return [...present, ...item.participation.proxies.map((p) => ({ member: p.giver, holder: p.holder }))];
}

/** One agenda item during the meeting: its figures, who steps aside, the vote and the outcome computed by the server. */
export function ItemPanel({
  session,
  item,
  onView,
}: {
  session: SessionView;
  item: AgendaItemView;
  onView(view: SessionView): void;
}) {
  const editable = session.can.manage && session.status === 'planned' && item.status === 'pending';
  const p = item.participation;
  const headingId = `point-${item.id}`;
  return (
    <section className="item-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>
        Point {item.position} — {item.title}
      </h2>
      <p>
        {itemStatusLabels[item.status]} · {matterLabels[item.matter]}
        {item.matterYear ? ` ${item.matterYear}` : ''}
        {item.actesCode ? ` · code ACTES ${item.actesCode}` : ''}
        {item.rapporteur ? ` · rapporteur : ${personLabel(item.rapporteur)}` : ''}
      </p>
      {item.report ? (
        <details>
          <summary>Rapport</summary>
          {item.report.split('\n\n').map((para, i) => (
            <p key={i}>{para}</p>
          ))}
        </details>
      ) : null}
      {item.draftDecision ? (
        <details>
          <summary>Projet de délibération</summary>
          {item.draftDecision.split('\n\n').map((para, i) => (
            <p key={i}>{para}</p>
          ))}
        </details>
      ) : null}
      {item.warnings.length > 0 ? (
        <div className="warnings">
          <ul>
            {item.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <dl className="gov-figures">
        <div>
          <dt>Présents prenant part</dt>
          <dd>{p.present}</dd>
        </div>
        <div>
          <dt>Représentés</dt>
          <dd>{p.represented}</dd>
        </div>
        <div>
          <dt>Ne prennent pas part</dt>
          <dd>{p.notTakingPart}</dd>
        </div>
        <div>
          <dt>Votants</dt>
          <dd>{p.voters}</dd>
        </div>
        {item.vote ? (
          <>
            <div>
              <dt>Pour</dt>
              <dd>{item.vote.for}</dd>
            </div>
            <div>
              <dt>Contre</dt>
              <dd>{item.vote.against}</dd>
            </div>
            <div>
              <dt>Abstentions</dt>
              <dd>{item.vote.abstention}</dd>
            </div>
            <div>
              <dt>Suffrages exprimés</dt>
              <dd>{item.vote.for + item.vote.against}</dd>
            </div>
          </>
        ) : null}
      </dl>
      <p>{item.quorum.wording}</p>
      {p.proxies.length + p.voidProxies.length > 0 ? (
        <ul aria-label={`Pouvoirs pour le point ${item.position}`}>
          {p.proxies.map((x) => (
            <li key={x.giver.id}>
              {x.giver.formalName} représenté{x.giver.civility === 'Mme' ? 'e' : ''} par {x.holder.formalName}
            </li>
          ))}
          {p.voidProxies.map((x) => (
            <li key={x.giver.id}>
              Pouvoir de {x.giver.formalName} à {x.holder.formalName} sans effet pour ce point : {x.reason}
            </li>
          ))}
        </ul>
      ) : null}
      {/* Always there, so the outcome the server computes is announced as soon as it appears. */}
      <div role="status" aria-label={`Résultat du point ${item.position}`}>
        {item.outcome ? (
          <p className={`outcome ${item.outcome.adopted ? 'outcome-adopted' : 'outcome-rejected'}`}>
            {item.outcome.wording}
          </p>
        ) : null}
      </div>
      {item.decisionId ? (
        <p>
          <Link to={`/deliberations/${item.decisionId}`}>Délibération du point {item.position}</Link>
        </p>
      ) : null}
      <Recusals session={session} item={item} editable={editable} onView={onView} />
      {editable ? <VoteForm session={session} item={item} onView={onView} /> : null}
      {session.can.manage && session.status === 'planned' && item.status === 'voted' ? (
        <ClearVote item={item} onView={onView} />
      ) : null}
    </section>
  );
}

/** Members who do not take part in the item, with their ground (a member keeps their own ground; new ones take the one typed). */
function Recusals({
  session,
  item,
  editable,
  onView,
}: {
  session: SessionView;
  item: AgendaItemView;
  editable: boolean;
  onView(view: SessionView): void;
}) {
  const { busy, error, saved, change } = useSessionChange(onView);
  const [checked, setChecked] = useState<Set<string>>(() => new Set(item.recusals.map((r) => r.member.id)));
  const [ground, setGround] = useState('');
  const candidates = session.attendance
    .filter((a) => a.status === 'present' || a.status === 'represented')
    .map((a) => a.member);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const recusals = [...checked].map((memberId) => ({
      memberId,
      ground: item.recusals.find((r) => r.member.id === memberId)?.ground ?? ground,
    }));
    void change('PUT', `/api/agenda-items/${item.id}/recusals`, { recusals }, (v) => {
      const n = v.items.find((i) => i.id === item.id)?.recusals.length ?? 0;
      return `${n} membre${n > 1 ? 's' : ''} ne prenant pas part au point ${item.position}.`;
    });
  };
  return (
    <div>
      <h3>Membres ne prenant pas part aux débats et au vote</h3>
      {item.recusals.length === 0 ? <p>Aucun.</p> : null}
      {item.recusals.length > 0 ? (
        <ul>
          {item.recusals.map((r) => (
            <li key={r.member.id}>
              {personLabel(r.member)} — {r.ground}
            </li>
          ))}
        </ul>
      ) : null}
      {editable && candidates.length > 0 ? (
        <form onSubmit={submit} noValidate>
          <fieldset className="radio-group">
            <legend>Ne prennent pas part au point {item.position}</legend>
            {candidates.map((m) => (
              <label key={m.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={checked.has(m.id)}
                  onChange={(e) => {
                    const next = new Set(checked);
                    if (e.target.checked) next.add(m.id);
                    else next.delete(m.id);
                    setChecked(next);
                  }}
                />{' '}
                {personLabel(m)}
              </label>
            ))}
          </fieldset>
          <Field
            label={`Motif (point ${item.position})`}
            hint="Pour les membres nouvellement cochés, ex. « Conseiller départemental : subvention du Département »"
            value={ground}
            onChange={(e) => setGround(e.target.value)}
          />
          <ErrorMessage error={error} />
          {saved ? <StatusMessage>{saved}</StatusMessage> : null}
          <button type="submit" disabled={busy}>
            Enregistrer les membres ne prenant pas part au point {item.position}
          </button>
        </form>
      ) : null}
    </div>
  );
}

function VoteForm({
  session,
  item,
  onView,
}: {
  session: SessionView;
  item: AgendaItemView;
  onView(view: SessionView): void;
}) {
  const { busy, error, saved, change, field } = useSessionChange(onView);
  const voters = votersOf(session, item);
  const [mode, setMode] = useState<'per_member' | 'totals'>('per_member');
  const [choices, setChoices] = useState<Record<string, VoteChoice>>({});
  // Until edited, the totals follow the voters (attendance and recusals may change meanwhile): all « pour ».
  const [edited, setTotals] = useState<Record<'for' | 'against' | 'abstention' | 'notTakingPart', string> | null>(null);
  const totals = edited ?? { for: String(voters.length), against: '0', abstention: '0', notTakingPart: '0' };
  const [presidentVote, setPresidentVote] = useState<VoteChoice | ''>('');
  const choiceOf = (id: string) => choices[id] ?? 'for';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body =
      mode === 'per_member'
        ? { mode, votes: voters.map((v) => ({ memberId: v.member.id, choice: choiceOf(v.member.id) })) }
        : {
            mode,
            for: Number(totals.for),
            against: Number(totals.against),
            abstention: Number(totals.abstention),
            notTakingPart: Number(totals.notTakingPart),
            presidentVote: presidentVote || null,
          };
    void change(
      'PUT',
      `/api/agenda-items/${item.id}/vote`,
      body,
      (v) =>
        `Vote du point ${item.position} enregistré : ${v.items.find((i) => i.id === item.id)?.outcome?.wording ?? ''}`,
    );
  };
  const number = (key: keyof typeof totals, label: string) => (
    <Field
      label={label}
      type="number"
      min={0}
      inputMode="numeric"
      value={totals[key]}
      onChange={(e) => setTotals({ ...totals, [key]: e.target.value })}
      error={key === 'for' ? field('for') : undefined}
    />
  );
  return (
    <form onSubmit={submit} noValidate aria-label={`Vote du point ${item.position}`}>
      <h3>Vote</h3>
      <fieldset className="radio-group">
        <legend>Saisie du vote du point {item.position}</legend>
        <label className="checkbox">
          <input
            type="radio"
            name={`mode-${item.id}`}
            checked={mode === 'per_member'}
            onChange={() => setMode('per_member')}
          />{' '}
          Vote de chaque membre
        </label>
        <label className="checkbox">
          <input type="radio" name={`mode-${item.id}`} checked={mode === 'totals'} onChange={() => setMode('totals')} />{' '}
          Totaux
        </label>
      </fieldset>
      {mode === 'per_member' ? (
        <>
          <p className="hint">
            Chaque votant est « Pour » par défaut : changez les autres votes (touches P, C, A, N dans la liste).
          </p>
          <TableWrapper>
            <table className="entry-table">
              <caption className="visually-hidden">Votants du point {item.position} et leur vote</caption>
              <thead>
                <tr>
                  <th scope="col">Votant</th>
                  <th scope="col">Vote</th>
                </tr>
              </thead>
              <tbody>
                {voters.map((v) => (
                  <tr key={v.member.id}>
                    <th scope="row">
                      {personLabel(v.member)}
                      {v.holder ? ` (pouvoir à ${v.holder.formalName})` : ''}
                    </th>
                    <td>
                      <select
                        aria-label={`Vote de ${v.member.formalName}`}
                        value={choiceOf(v.member.id)}
                        onChange={(e) => setChoices({ ...choices, [v.member.id]: e.target.value as VoteChoice })}
                      >
                        {voteChoices.map((c) => (
                          <option key={c} value={c}>
                            {voteChoiceLabels[c]}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrapper>
        </>
      ) : (
        <>
          <p className="hint">
            {voters.length} votant{voters.length > 1 ? 's' : ''} pour ce point : les totaux doivent en faire la somme.
          </p>
          <div className="vote-totals">
            {number('for', 'Pour')}
            {number('against', 'Contre')}
            {number('abstention', 'Abstentions')}
            {number('notTakingPart', 'Ne prennent pas part au vote')}
          </div>
          {session.rules.majority.castingVote ? (
            <SelectField
              label="Vote du président"
              hint="Nécessaire en cas de partage égal des voix : la voix du président est prépondérante"
              value={presidentVote}
              onChange={(e) => setPresidentVote(e.target.value as VoteChoice | '')}
              options={[
                { value: '', label: 'Non renseigné' },
                ...voteChoices.map((c) => ({ value: c, label: voteChoiceLabels[c] })),
              ]}
            />
          ) : null}
        </>
      )}
      <ErrorMessage error={error} />
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      <button type="submit" className="button-primary" disabled={busy || voters.length === 0}>
        Enregistrer le vote du point {item.position}
      </button>
    </form>
  );
}

function ClearVote({ item, onView }: { item: AgendaItemView; onView(view: SessionView): void }) {
  const { busy, error, change } = useSessionChange(onView);
  return (
    <div>
      <ErrorMessage error={error} />
      <button
        type="button"
        disabled={busy}
        onClick={() =>
          void change(
            'DELETE',
            `/api/agenda-items/${item.id}/vote`,
            undefined,
            () => `Vote du point ${item.position} supprimé.`,
          )
        }
      >
        Supprimer le vote du point {item.position}
      </button>
    </div>
  );
}

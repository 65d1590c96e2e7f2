import { useState, type FormEvent } from 'react';
import {
  attendanceStatusLabels,
  attendanceStatuses,
  type AttendanceStatus,
  type MandateView,
  type PersonRef,
} from '../../../contracts/governance';
import type { SessionView } from '../../../contracts/governance-sessions';
import { StatusMessage, ErrorMessage } from '../../ui/feedback';
import { personLabel, useSessionChange } from './governance-ui';
import { TableWrapper } from '../../ui/TableWrapper';

interface Row {
  status: AttendanceStatus | '';
  holderId: string;
  arrivedAtItemId: string;
  leftBeforeItemId: string;
}

const rowsOf = (session: SessionView): Record<string, Row> =>
  Object.fromEntries(
    session.attendance.map((a) => [
      a.member.id,
      {
        status: a.status,
        holderId: a.proxyHolder?.id ?? '',
        arrivedAtItemId: a.arrivedAtItemId ?? '',
        leftBeforeItemId: a.leftBeforeItemId ?? '',
      },
    ]),
  );

/**
 * Attendance during the meeting, one row per member in office: a status (select, so a key picks
 * it: P présent, E excusé, A absent, R représenté) and, when represented, who holds the proxy.
 * The server checks the proxies against the body's rules and names the member in its refusal.
 */
export function AttendancePanel({
  session,
  mandates,
  onView,
}: {
  session: SessionView;
  mandates: MandateView[];
  onView(view: SessionView): void;
}) {
  const { busy, error, saved, change } = useSessionChange(onView);
  const [rows, setRows] = useState<Record<string, Row>>(() => rowsOf(session));
  const editable = session.can.manage && session.status === 'planned';
  // Members in office on the session's day, then anyone recorded (a mandate ended since) so no row is lost.
  const people: PersonRef[] = [
    ...mandates.map((m) => m.member),
    ...session.attendance.map((a) => a.member).filter((p) => !mandates.some((m) => m.member.id === p.id)),
  ];
  const rowOf = (id: string): Row =>
    rows[id] ?? { status: '', holderId: '', arrivedAtItemId: '', leftBeforeItemId: '' };
  const set = (id: string, patch: Partial<Row>) => setRows({ ...rows, [id]: { ...rowOf(id), ...patch } });
  const presentPeople = people.filter((p) => rowOf(p.id).status === 'present');
  const withTimes = session.items.length > 1;

  if (!editable) return <AttendanceRecord session={session} />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const entries = people
      .filter((p) => rowOf(p.id).status !== '')
      .map((p) => {
        const r = rowOf(p.id);
        return {
          memberId: p.id,
          status: r.status,
          proxyHolderId: r.status === 'represented' ? r.holderId || null : null,
          arrivedAtItemId: r.status === 'present' ? r.arrivedAtItemId || null : null,
          leftBeforeItemId: r.status === 'present' ? r.leftBeforeItemId || null : null,
        };
      });
    void change(
      'PUT',
      `/api/sessions/${session.id}/attendance`,
      { entries },
      (v) =>
        `Présences enregistrées : ${v.figures.present} présents, ${v.figures.represented} représentés. ${v.quorum.wording}`,
    );
  };
  const allPresent = () =>
    setRows(
      Object.fromEntries(
        people.map((p) => [
          p.id,
          rowOf(p.id).status === '' ? { ...rowOf(p.id), status: 'present' as const } : rowOf(p.id),
        ]),
      ),
    );
  const itemOptions = session.items.map((i) => (
    <option key={i.id} value={i.id}>
      Point {i.position}
    </option>
  ));

  return (
    <form onSubmit={submit} noValidate aria-labelledby="titre-presences">
      <h2 id="titre-presences">Présences et pouvoirs</h2>
      <div className="button-row">
        <button type="button" onClick={allPresent}>
          Marquer présents les membres non renseignés
        </button>
      </div>
      <TableWrapper>
        <table className="entry-table">
          <caption className="visually-hidden">Présence de chaque membre en exercice et pouvoirs donnés</caption>
          <thead>
            <tr>
              <th scope="col">Membre</th>
              <th scope="col">Présence</th>
              <th scope="col">Pouvoir donné à</th>
              {withTimes ? <th scope="col">Arrivé au point</th> : null}
              {withTimes ? <th scope="col">Parti avant le point</th> : null}
            </tr>
          </thead>
          <tbody>
            {people.map((p) => {
              const r = rowOf(p.id);
              return (
                <tr key={p.id}>
                  <th scope="row">{personLabel(p)}</th>
                  <td>
                    <select
                      aria-label={`Présence de ${p.formalName}`}
                      value={r.status}
                      onChange={(e) => set(p.id, { status: e.target.value as AttendanceStatus | '' })}
                    >
                      <option value="">À renseigner</option>
                      {attendanceStatuses.map((s) => (
                        <option key={s} value={s}>
                          {attendanceStatusLabels[s]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={`Pouvoir de ${p.formalName} donné à`}
                      value={r.holderId}
                      disabled={r.status !== 'represented'}
                      onChange={(e) => set(p.id, { holderId: e.target.value })}
                    >
                      <option value="">—</option>
                      {presentPeople
                        .filter((h) => h.id !== p.id)
                        .map((h) => (
                          <option key={h.id} value={h.id}>
                            {h.formalName}
                          </option>
                        ))}
                    </select>
                  </td>
                  {withTimes ? (
                    <td>
                      <select
                        aria-label={`Arrivée de ${p.formalName}`}
                        value={r.arrivedAtItemId}
                        disabled={r.status !== 'present'}
                        onChange={(e) => set(p.id, { arrivedAtItemId: e.target.value })}
                      >
                        <option value="">Dès l'ouverture</option>
                        {itemOptions}
                      </select>
                    </td>
                  ) : null}
                  {withTimes ? (
                    <td>
                      <select
                        aria-label={`Départ de ${p.formalName}`}
                        value={r.leftBeforeItemId}
                        disabled={r.status !== 'present'}
                        onChange={(e) => set(p.id, { leftBeforeItemId: e.target.value })}
                      >
                        <option value="">Jusqu'à la fin</option>
                        {itemOptions}
                      </select>
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrapper>
      <ErrorMessage error={error} />
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      <button type="submit" className="button-primary" disabled={busy}>
        Enregistrer les présences
      </button>
    </form>
  );
}

/** The attendance as recorded, once the session is closed or for a reader. */
function AttendanceRecord({ session }: { session: SessionView }) {
  return (
    <section aria-labelledby="titre-presences">
      <h2 id="titre-presences">Présences et pouvoirs</h2>
      {session.attendance.length === 0 ? (
        <p>Présences non renseignées.</p>
      ) : (
        <TableWrapper>
          <table>
            <caption className="visually-hidden">Présence de chaque membre et pouvoirs donnés</caption>
            <thead>
              <tr>
                <th scope="col">Membre</th>
                <th scope="col">Présence</th>
                <th scope="col">Pouvoir donné à</th>
              </tr>
            </thead>
            <tbody>
              {session.attendance.map((a) => (
                <tr key={a.member.id}>
                  <th scope="row">{personLabel(a.member)}</th>
                  <td>{attendanceStatusLabels[a.status]}</td>
                  <td>{a.proxyHolder ? a.proxyHolder.formalName : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrapper>
      )}
    </section>
  );
}

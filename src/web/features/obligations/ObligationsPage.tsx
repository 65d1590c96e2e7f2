import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { dutyPartyLabels, type InstanceView } from '../../../contracts/obligations';
import { ErrorMessage, Loading } from '../../ui/feedback';
import { SelectField } from '../../ui/Field';
import { formatDate, frenchMonthNames } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { ConventionNav } from '../conventions/ConventionNav';
import { MonthGrid } from './MonthGrid';
import { StatusBadge } from './obligations-ui';

const pad = (n: number) => String(n).padStart(2, '0');

/** The obligations calendar of a convention: a month grid or a list, filtered by party. */
export function ObligationsPage() {
  usePageTitle('Calendrier des obligations');
  const { id } = useParams();
  const today = new Date();
  const [view, setView] = useState<'month' | 'list'>('month');
  const [party, setParty] = useState('');
  const [ym, setYm] = useState({ year: today.getFullYear(), month: today.getMonth() + 1 });
  const query = party ? `?party=${party}` : '';
  const calendar = useApi<InstanceView[]>(`/api/conventions/${id}/calendar${query}`);
  const monthPrefix = `${ym.year}-${pad(ym.month)}`;
  const shift = (delta: number) => {
    const d = new Date(Date.UTC(ym.year, ym.month - 1 + delta, 1));
    setYm({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 });
  };
  const late = calendar.data?.filter((i) => i.status === 'late') ?? [];

  return (
    <>
      <h1>Calendrier des obligations</h1>
      {id ? <ConventionNav id={id} /> : null}
      <p>
        Les échéances que crée la convention, de 2024 à 2033 : une date tombant un week-end ou un jour férié est
        reportée au jour ouvré suivant. Une échéance est faite dès que sa preuve existe (prévisionnel transmis, tableau
        accepté, réunion tenue, convention signée) ou qu’elle a été marquée faite avec une pièce. Voir aussi la{' '}
        <Link to={`/conventions/${id}/communication`}>communication (article 6)</Link>.
      </p>
      <div className="toolbar">
        <SelectField
          label="Partie"
          value={party}
          onChange={(e) => setParty(e.target.value)}
          options={[
            { value: '', label: 'Les deux parties' },
            ...Object.entries(dutyPartyLabels).map(([value, label]) => ({ value, label })),
          ]}
        />
        <div role="group" aria-label="Affichage">
          <button type="button" aria-pressed={view === 'month'} onClick={() => setView('month')}>
            Mois
          </button>
          <button type="button" aria-pressed={view === 'list'} onClick={() => setView('list')}>
            Liste
          </button>
        </div>
      </div>
      <ErrorMessage error={calendar.error} />
      {calendar.loading && !calendar.data ? <Loading /> : null}
      {calendar.data ? (
        <p role="status">
          {calendar.data.length} échéances, dont {late.length} en retard.
        </p>
      ) : null}
      {calendar.data && view === 'month' && id ? (
        <section aria-labelledby="mois-titre">
          <div className="month-nav">
            <button type="button" onClick={() => shift(-1)}>
              Mois précédent
            </button>
            <h2 id="mois-titre" aria-live="polite">
              {frenchMonthNames[ym.month - 1]} {ym.year}
            </h2>
            <button type="button" onClick={() => shift(1)}>
              Mois suivant
            </button>
          </div>
          <p className="hint">
            Dans la grille : flèches pour changer de jour, Page précédente / suivante pour changer de mois.
          </p>
          <MonthGrid
            year={ym.year}
            month={ym.month}
            conventionId={id}
            instances={calendar.data.filter((i) => i.dueOn.startsWith(monthPrefix))}
            onMonth={(year, month) => setYm({ year, month })}
          />
        </section>
      ) : null}
      {calendar.data && view === 'list' ? <InstanceTable conventionId={id!} instances={calendar.data} /> : null}
    </>
  );
}

function InstanceTable({ conventionId, instances }: { conventionId: string; instances: InstanceView[] }) {
  return (
    <table>
      <caption>Toutes les échéances, par date due</caption>
      <thead>
        <tr>
          <th scope="col">Date due</th>
          <th scope="col">Obligation</th>
          <th scope="col">Période</th>
          <th scope="col">Partie</th>
          <th scope="col">Article</th>
          <th scope="col">Statut</th>
        </tr>
      </thead>
      <tbody>
        {instances.map((i) => (
          <tr key={i.id}>
            <td>
              {formatDate(i.dueOn)}
              {i.dueOn !== i.nominalDueOn ? (
                <span className="hint"> (reportée du {formatDate(i.nominalDueOn)})</span>
              ) : null}
            </td>
            <td>
              <Link to={`/conventions/${conventionId}/obligations/${i.id}`}>{i.duty.title}</Link>
            </td>
            <td>{i.periodLabel}</td>
            <td>{dutyPartyLabels[i.duty.party]}</td>
            <td>{i.duty.articleNumber}</td>
            <td>
              <StatusBadge status={i.status} />
              {i.warning ? <p className="hint">Hors période : {i.warning}</p> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { Link } from 'react-router';
import type { StockSummary, TrajectoryView } from '../../../contracts/housing';
import type { ApiError } from '../../app/api';
import { ErrorMessage, Loading } from '../../ui/feedback';
import { formatNumber } from '../../../contracts/format';
import { BarChart } from './BarChart';
import { deadlineRulesText, deadlineYear } from './trajectory-ui';
import { TableWrapper } from '../../ui/TableWrapper';

interface EpciRow {
  key: string | null;
  label: string;
  banned: Map<string, number>;
}

/** The breakdown rows (one per EPCI and deadline) as one row per EPCI, with a figure per deadline. */
export function pivotByKey(view: TrajectoryView): EpciRow[] {
  const rows = new Map<string, EpciRow>();
  for (const r of view.breakdown?.rows ?? []) {
    const id = r.key ?? '';
    const row = rows.get(id) ?? { key: r.key, label: r.label, banned: new Map<string, number>() };
    row.banned.set(r.date, r.banned);
    rows.set(id, row);
  }
  const last = view.deadlines.at(-1)?.date ?? '';
  return [...rows.values()].sort(
    (a, b) => (b.banned.get(last) ?? 0) - (a.banned.get(last) ?? 0) || a.label.localeCompare(b.label, 'fr'),
  );
}

/**
 * The stock by EPCI: the dwellings concerned by each letting-ban deadline, per EPCI (the
 * trajectory's breakdown), as a chart for the last deadline and a table for all.
 */
export function EpciSection({
  stockId,
  trajectory,
  error,
  dwellingsByEpci,
}: {
  stockId: string;
  trajectory: TrajectoryView | undefined;
  error: ApiError | null;
  dwellingsByEpci: StockSummary['byEpci'];
}) {
  const dwellingsOf = (key: string | null) => dwellingsByEpci.find((e) => e.code === key)?.dwellings ?? 0;
  // Every EPCI of the stock, with its dwellings, and those banned at each deadline (none when absent from the breakdown).
  const pivot = new Map((trajectory ? pivotByKey(trajectory) : []).map((r) => [r.key, r]));
  const rows: EpciRow[] = dwellingsByEpci.map((e) => ({
    key: e.code,
    label: e.name,
    banned: pivot.get(e.code)?.banned ?? new Map<string, number>(),
  }));
  const last = trajectory?.deadlines.at(-1);
  return (
    <section aria-labelledby="titre-epci" className="panel">
      <h2 id="titre-epci">Par EPCI</h2>
      <ErrorMessage error={error} />
      {!trajectory && !error ? <Loading label="Chargement de la répartition par EPCI…" /> : null}
      {trajectory && last ? (
        <>
          <p>
            Logements concernés par les interdictions de location, par établissement public de coopération
            intercommunale (EPCI) : {formatNumber(trajectory.deadlines.length)} échéances du calendrier légal. Le détail
            par commune, QPV et type de construction est sur la page{' '}
            <Link to={`/patrimoine/${stockId}/trajectoire`}>Trajectoire</Link>.
          </p>
          <BarChart
            bars={rows.map((r) => ({
              key: r.key ?? 'aucun',
              label: r.label,
              value: r.banned.get(last.date) ?? 0,
              fill: '#b00020',
            }))}
            summary={`Graphique en barres : logements de ${deadlineRulesText(last)} (interdits au ${deadlineYear(last)}) par EPCI, ${formatNumber(rows.length)} EPCI. ${rows
              .slice(0, 5)
              .map((r) => `${r.label} : ${formatNumber(r.banned.get(last.date) ?? 0)}`)
              .join(', ')}${rows.length > 5 ? '…' : ''}. Le tableau qui suit donne chaque nombre.`}
          />
          <TableWrapper>
            <table className="numbers">
              <caption>Logements interdits de location à chaque échéance, par EPCI</caption>
              <thead>
                <tr>
                  <th scope="col">EPCI</th>
                  <th scope="col">Logements</th>
                  {trajectory.deadlines.map((d) => (
                    <th scope="col" key={d.date}>
                      {deadlineYear(d)} ({deadlineRulesText(d)})
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.key ?? 'aucun'}>
                    <th scope="row">
                      {r.key ? (
                        <Link to={`/patrimoine/${stockId}/logements?epciCode=${r.key}`}>{r.label}</Link>
                      ) : (
                        r.label
                      )}
                    </th>
                    <td>{formatNumber(dwellingsOf(r.key))}</td>
                    {trajectory.deadlines.map((d) => (
                      <td key={d.date}>{formatNumber(r.banned.get(d.date) ?? 0)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrapper>
        </>
      ) : null}
    </section>
  );
}

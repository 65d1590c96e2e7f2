import { Link } from 'react-router';
import { territoryLabels, type CalendarList } from '../../../contracts/housing';
import { ErrorMessage, Loading } from '../../ui/feedback';
import { formatDate, formatDateTime } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { CalendarForm } from './CalendarForm';
import { ClassBadge } from './housing-ui';
import { bannedClassesText } from './trajectory-ui';
import { TableWrapper } from '../../ui/TableWrapper';

/** The legal letting-ban calendar: its dated versions (the trajectory follows the one in force); the administrator adds one. */
export function CalendarPage() {
  usePageTitle("Calendrier légal d'interdiction de location");
  const { data, error, loading, reload } = useApi<CalendarList>('/api/letting-ban-calendars');
  return (
    <>
      <h1>Calendrier légal d'interdiction de location</h1>
      <p>
        Un logement dont l'étiquette DPE retenue est interdite à une date ne peut plus être mis en location à partir de
        cette date. Le calendrier est daté : la trajectoire de chaque patrimoine suit la version en vigueur à la date de
        calcul. <Link to="/patrimoine">Retour au patrimoine</Link>
      </p>
      <ErrorMessage error={error} />
      {loading && !data ? <Loading /> : null}
      {data ? (
        <>
          <p role="status">
            {data.versions.length} version{data.versions.length > 1 ? 's' : ''} ; en vigueur au {formatDate(data.asOf)}{' '}
            : {data.versions.find((v) => v.id === data.inForceId)?.label ?? 'aucune'}.
          </p>
          {data.versions.map((v) => (
            <section key={v.id} aria-labelledby={`version-${v.id}`} className="panel">
              <h2 id={`version-${v.id}`}>
                {v.label}{' '}
                {v.inForce ? (
                  <span className="badge badge-in_force">En vigueur</span>
                ) : (
                  <span className="badge">{v.inForceFrom > data.asOf ? 'À venir' : 'Remplacée'}</span>
                )}
              </h2>
              <dl className="facts">
                <div>
                  <dt>En vigueur à partir du</dt>
                  <dd>{formatDate(v.inForceFrom)}</dd>
                </div>
                <div>
                  <dt>Textes</dt>
                  <dd>{v.legalReference}</dd>
                </div>
                <div>
                  <dt>Enregistrée</dt>
                  <dd>
                    {formatDateTime(v.createdAt)}
                    {v.createdBy ? ` par ${v.createdBy}` : ' (données de référence)'}
                  </dd>
                </div>
              </dl>
              <TableWrapper>
                <table>
                  <caption>Échéances — {v.label}</caption>
                  <thead>
                    <tr>
                      <th scope="col">À partir du</th>
                      <th scope="col">Territoire</th>
                      <th scope="col">Classe interdite</th>
                      <th scope="col">Classes interdites</th>
                      <th scope="col">Classe minimale exigée</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...v.deadlines]
                      .sort(
                        (a, b) =>
                          a.effectiveFrom.localeCompare(b.effectiveFrom) || a.territory.localeCompare(b.territory),
                      )
                      .map((d) => (
                        <tr key={`${d.territory}-${d.bannedClass}`}>
                          <th scope="row">{formatDate(d.effectiveFrom)}</th>
                          <td>{territoryLabels[d.territory]}</td>
                          <td>
                            <ClassBadge value={d.bannedClass} />
                          </td>
                          <td>{bannedClassesText(d.bannedClass)}</td>
                          <td>
                            <ClassBadge value={d.minimumClass} />
                          </td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </TableWrapper>
            </section>
          ))}
          {data.can.add ? (
            <CalendarForm
              initial={data.versions.find((v) => v.id === data.inForceId)?.deadlines ?? []}
              onSaved={reload}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}

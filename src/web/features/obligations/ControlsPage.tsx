import { useParams } from 'react-router';
import type { ControlView } from '../../../contracts/obligations-communication';
import { useSession } from '../../app/session';
import { ErrorMessage, Loading } from '../../ui/feedback';
import { formatDate } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { ConventionNav } from '../conventions/ConventionNav';
import { EvidenceBundleForm, NewControlForm } from './ControlForms';

/**
 * Article 5: the Département's control missions (recorded by its coordination; read by every reader
 * of the convention) and the evidence bundle a controller downloads as of a chosen day. The
 * buttons shown follow the roles; the server decides in any case.
 */
export function ControlsPage() {
  usePageTitle('Contrôles (article 5)');
  const { id } = useParams();
  const { user } = useSession();
  const controls = useApi<ControlView[]>(`/api/conventions/${id}/controls`);
  const roles = user?.roles ?? [];
  const records =
    !roles.includes('controller') &&
    roles.some((r) => r === 'admin' || r === 'coordinator' || r === 'department_agent');
  const downloads = roles.some((r) => r === 'admin' || r === 'coordinator' || r === 'controller');
  return (
    <>
      <h1>Contrôles (article 5)</h1>
      {id ? <ConventionNav id={id} /> : null}
      <p>
        Le Département peut contrôler à tout moment l’exécution de la convention. Les missions de contrôle sont
        enregistrées par sa coordination ; les contrôleurs consultent l’ensemble de la convention et téléchargent le
        dossier de preuves à la date de leur choix.
      </p>
      {id && downloads ? <EvidenceBundleForm conventionId={id} /> : null}
      <section aria-labelledby="missions">
        <h2 id="missions">Missions de contrôle</h2>
        <ErrorMessage error={controls.error} />
        {controls.loading && !controls.data ? <Loading /> : null}
        {controls.data?.length === 0 ? <p>Aucune mission de contrôle enregistrée.</p> : null}
        {controls.data && controls.data.length > 0 ? (
          <table>
            <caption>Missions de contrôle, de la plus récente à la plus ancienne</caption>
            <thead>
              <tr>
                <th scope="col">Période</th>
                <th scope="col">Contrôleur</th>
                <th scope="col">Périmètre</th>
                <th scope="col">Constats</th>
                <th scope="col">Suites données</th>
                <th scope="col">Pièces</th>
              </tr>
            </thead>
            <tbody>
              {controls.data.map((c) => (
                <tr key={c.id}>
                  <td>
                    du {formatDate(c.startedOn)}
                    {c.endedOn ? ` au ${formatDate(c.endedOn)}` : ' (en cours)'}
                  </td>
                  <td>{c.controller}</td>
                  <td>{c.scope}</td>
                  <td>{c.findings ?? '—'}</td>
                  <td>{c.followUp ?? '—'}</td>
                  <td>
                    {c.documents.length === 0
                      ? '—'
                      : c.documents.map((d, i) => (
                          <span key={d.id}>
                            {i > 0 ? ', ' : ''}
                            <a href={`/api/documents/${d.id}`}>{d.filename}</a>
                          </span>
                        ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
      {id && records ? <NewControlForm conventionId={id} onSaved={controls.reload} /> : null}
    </>
  );
}

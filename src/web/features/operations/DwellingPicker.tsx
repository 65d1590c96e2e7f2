import { useState } from 'react';
import { energyClasses, type DwellingPage, type EnergyClass } from '../../../contracts/housing';
import { api, ApiError } from '../../app/api';
import { ErrorMessage } from '../../ui/feedback';
import { Field, SelectField } from '../../ui/Field';
import { TableWrapper } from '../../ui/TableWrapper';

export interface PickedDwelling {
  dwellingId: string;
  label: string;
  classBefore: EnergyClass | null;
  targetClass: string;
}

const classOptions = [{ value: '', label: 'Non précisée' }, ...energyClasses.map((c) => ({ value: c, label: c }))];

/**
 * Picks the operation's dwellings from the landlord's stock: a search by identifier or address,
 * optionally by current class; each picked dwelling gets its target class.
 */
export function DwellingPicker({
  landlordId,
  picked,
  onChange,
}: {
  landlordId: string;
  picked: PickedDwelling[];
  onChange: (next: PickedDwelling[]) => void;
}) {
  const [search, setSearch] = useState('');
  const [klass, setKlass] = useState('');
  const [results, setResults] = useState<DwellingPage['items'] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  async function find() {
    const query = new URLSearchParams({ pageSize: '20' });
    if (search.trim()) query.set('search', search.trim());
    if (klass) query.set('effectiveClass', klass);
    try {
      setError(null);
      setResults((await api<DwellingPage>('GET', `/api/stocks/${landlordId}/dwellings?${query}`)).items);
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    }
  }

  const add = (d: DwellingPage['items'][number]) =>
    onChange([
      ...picked,
      {
        dwellingId: d.id,
        label: `${d.identRep ?? d.identInt ?? d.id}${d.address ? ` — ${d.address}` : ''} (${d.communeName})`,
        classBefore: d.effectiveClass,
        targetClass: '',
      },
    ]);

  return (
    <fieldset className="panel">
      <legend>Logements concernés</legend>
      <div className="inline-form" role="search" aria-label="Rechercher des logements du patrimoine">
        <Field
          label="Rechercher dans le patrimoine"
          hint="Identifiant RPLS ou interne, ou adresse."
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void find();
            }
          }}
        />
        <SelectField
          label="Classe actuelle"
          value={klass}
          onChange={(e) => setKlass(e.target.value)}
          options={[{ value: '', label: 'Toutes' }, ...energyClasses.map((c) => ({ value: c, label: c }))]}
        />
        <button type="button" onClick={() => void find()}>
          Rechercher
        </button>
      </div>
      <ErrorMessage error={error} />
      {results ? (
        results.length === 0 ? (
          <p role="status">Aucun logement trouvé.</p>
        ) : (
          <TableWrapper>
            <table>
              <caption>Logements trouvés ({results.length})</caption>
              <thead>
                <tr>
                  <th scope="col">Logement</th>
                  <th scope="col">Commune</th>
                  <th scope="col">Classe actuelle</th>
                  <th scope="col">Action</th>
                </tr>
              </thead>
              <tbody>
                {results.map((d) => (
                  <tr key={d.id}>
                    <th scope="row">{d.identRep ?? d.identInt}</th>
                    <td>{d.communeName}</td>
                    <td>{d.effectiveClass ?? 'sans DPE'}</td>
                    <td>
                      <button
                        type="button"
                        disabled={picked.some((p) => p.dwellingId === d.id)}
                        onClick={() => add(d)}
                        aria-label={`Ajouter le logement ${d.identRep ?? d.identInt}`}
                      >
                        {picked.some((p) => p.dwellingId === d.id) ? 'Ajouté' : 'Ajouter'}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrapper>
        )
      ) : null}
      {picked.length > 0 ? (
        <TableWrapper>
          <table>
            <caption>Logements de l'opération ({picked.length})</caption>
            <thead>
              <tr>
                <th scope="col">Logement</th>
                <th scope="col">Classe actuelle</th>
                <th scope="col">Classe visée</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {picked.map((p, i) => (
                <tr key={p.dwellingId}>
                  <th scope="row">{p.label}</th>
                  <td>{p.classBefore ?? 'sans DPE'}</td>
                  <td>
                    <SelectField
                      label={<span className="visually-hidden">Classe visée pour {p.label}</span>}
                      value={p.targetClass}
                      onChange={(e) =>
                        onChange(picked.map((x, j) => (j === i ? { ...x, targetClass: e.target.value } : x)))
                      }
                      options={classOptions}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      onClick={() => onChange(picked.filter((_, j) => j !== i))}
                      aria-label={`Retirer le logement ${p.label}`}
                    >
                      Retirer
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrapper>
      ) : (
        <p>Aucun logement choisi : choisissez-les dans le patrimoine, ou indiquez un nombre par classe ci-dessous.</p>
      )}
    </fieldset>
  );
}

import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { constructionTypes, energyClasses, type DwellingPage } from '../../../contracts/housing';
import { ErrorMessage, Loading } from '../../ui/feedback';
import { Field, SelectField } from '../../ui/Field';
import { formatDate, formatNumber } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import {
  ClassBadge,
  DemoNotice,
  ExportLinks,
  formatSurface,
  plural,
  StockHeading,
  StockNav,
  typeLabel,
  useStock,
} from './housing-ui';
import { TableWrapper } from '../../ui/TableWrapper';

const PAGE_SIZE = 50;
const filterKeys = ['effectiveClass', 'constructionType', 'qpv', 'communeCode', 'epciCode', 'search'] as const;
type Filters = Record<(typeof filterKeys)[number], string>;

const filterQuery = (filters: Filters) => {
  const query = new URLSearchParams();
  for (const k of filterKeys) if (filters[k]) query.set(k, filters[k]);
  return query;
};
const filtersOf = (params: URLSearchParams): Filters =>
  Object.fromEntries(filterKeys.map((k) => [k, params.get(k) ?? ''])) as Filters;

/** The stock's dwellings, filtered (the filters live in the address, so a list can be linked to) and paged. */
export function DwellingsPage() {
  const { id } = useParams();
  const { stock } = useStock(id);
  usePageTitle(stock ? `Logements — ${stock.name}` : 'Logements');
  const [params, setParams] = useSearchParams();
  const applied = filtersOf(params);
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const query = filterQuery(applied);
  query.set('page', String(page));
  query.set('pageSize', String(PAGE_SIZE));
  const { data, error, loading } = useApi<DwellingPage>(`/api/stocks/${id}/dwellings?${query}`);
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  const go = (filters: Filters, toPage: number) => {
    const next = new URLSearchParams();
    for (const k of filterKeys) if (filters[k]) next.set(k, filters[k]);
    if (toPage > 1) next.set('page', String(toPage));
    setParams(next);
  };

  return (
    <>
      <StockHeading section="Logements" stock={stock} />
      {id ? <StockNav id={id} /> : null}
      <DemoNotice notice={data?.demoNotice} />
      <FilterForm
        key={params.toString()}
        initial={applied}
        fieldError={(name) => error?.fieldMessage(name)}
        onApply={(f) => go(f, 1)}
        onClear={() => setParams(new URLSearchParams())}
      />
      <ExportLinks
        base={`/api/stocks/${id}/exports/dwellings`}
        query={filterQuery(applied)}
        what="les logements filtrés"
      />
      <ErrorMessage error={error} />
      {loading ? <Loading label="Chargement des logements…" /> : null}
      {data ? (
        <>
          <p role="status">
            {plural(data.total, 'logement')} — page {formatNumber(data.page)} sur {formatNumber(pages)}
          </p>
          {data.items.length > 0 ? (
            <TableWrapper>
              <table>
                <caption className="visually-hidden">Logements du patrimoine, par commune puis identifiant</caption>
                <thead>
                  <tr>
                    <th scope="col">Logement</th>
                    <th scope="col">Commune</th>
                    <th scope="col">EPCI</th>
                    <th scope="col">QPV</th>
                    <th scope="col">Type</th>
                    <th scope="col">Pièces</th>
                    <th scope="col">Surface</th>
                    <th scope="col">Année</th>
                    <th scope="col">Énergie</th>
                    <th scope="col">GES</th>
                    <th scope="col">Étiquette retenue</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((d) => (
                    <tr key={d.id}>
                      <th scope="row">
                        <Link to={`/patrimoine/${id}/logements/${d.id}`}>
                          Logement {d.identRep ?? d.identInt ?? d.id}
                        </Link>
                        {d.retirement ? (
                          <>
                            {' '}
                            <span className="badge">
                              Sorti du parc le {formatDate(d.retirement.on)} ({d.retirement.reasonLabel.toLowerCase()})
                            </span>
                          </>
                        ) : null}
                      </th>
                      <td>
                        {d.communeName} ({d.communeCode})
                      </td>
                      <td>{d.epciName ?? '—'}</td>
                      <td>{d.qpvCode ?? 'Hors QPV'}</td>
                      <td>{typeLabel(d.constructionType)}</td>
                      <td>{d.rooms ?? '—'}</td>
                      <td>{formatSurface(d.surface)}</td>
                      <td>{d.constructionYear ?? '—'}</td>
                      <td>
                        <ClassBadge value={d.energyClass} />
                      </td>
                      <td>
                        <ClassBadge value={d.ghgClass} />
                      </td>
                      <td>
                        <ClassBadge value={d.effectiveClass} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrapper>
          ) : (
            <p>Aucun logement ne correspond à ces filtres.</p>
          )}
          <nav className="pagination" aria-label="Pages de la liste des logements">
            <button type="button" disabled={page <= 1} onClick={() => go(applied, page - 1)}>
              Page précédente
            </button>
            <button type="button" disabled={page >= pages} onClick={() => go(applied, page + 1)}>
              Page suivante
            </button>
          </nav>
        </>
      ) : null}
    </>
  );
}

function FilterForm({
  initial,
  fieldError,
  onApply,
  onClear,
}: {
  initial: Filters;
  fieldError(name: string): string | undefined;
  onApply(f: Filters): void;
  onClear(): void;
}) {
  const [draft, setDraft] = useState<Filters>(initial);
  const classes = new Set(draft.effectiveClass.split(',').filter(Boolean));
  const set = (key: keyof Filters) => (e: { target: { value: string } }) =>
    setDraft({ ...draft, [key]: e.target.value });
  const toggle = (c: string, on: boolean) => {
    const next = new Set(classes);
    if (on) next.add(c);
    else next.delete(c);
    setDraft({ ...draft, effectiveClass: energyClasses.filter((x) => next.has(x)).join(',') });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({
      ...draft,
      search: draft.search.trim(),
      communeCode: draft.communeCode.trim(),
      epciCode: draft.epciCode.trim(),
    });
  };
  return (
    <form className="filters" onSubmit={submit} aria-label="Filtrer les logements">
      <fieldset className="field">
        <legend>Étiquette retenue</legend>
        <div className="class-filter">
          {energyClasses.map((c) => (
            <label key={c}>
              <input type="checkbox" checked={classes.has(c)} onChange={(e) => toggle(c, e.target.checked)} /> Classe{' '}
              {c}
            </label>
          ))}
        </div>
      </fieldset>
      <SelectField
        label="Type de construction"
        value={draft.constructionType}
        onChange={set('constructionType')}
        options={[{ value: '', label: 'Tous' }, ...constructionTypes.map((t) => ({ value: t, label: typeLabel(t) }))]}
      />
      <SelectField
        label="Quartier prioritaire (QPV)"
        value={draft.qpv}
        onChange={set('qpv')}
        options={[
          { value: '', label: 'Tous' },
          { value: 'in', label: 'En QPV' },
          { value: 'out', label: 'Hors QPV' },
        ]}
      />
      <Field
        label="Code commune (INSEE)"
        hint="5 caractères, ex. 62041"
        value={draft.communeCode}
        onChange={set('communeCode')}
        error={fieldError('communeCode')}
        inputMode="text"
        autoComplete="off"
      />
      <Field
        label="Code EPCI (SIREN)"
        hint="9 chiffres"
        value={draft.epciCode}
        onChange={set('epciCode')}
        error={fieldError('epciCode')}
        inputMode="numeric"
        autoComplete="off"
      />
      <Field
        label="Recherche"
        hint="Identifiant ou adresse"
        value={draft.search}
        onChange={set('search')}
        error={fieldError('search')}
        type="search"
        autoComplete="off"
      />
      <div className="filter-actions">
        <button type="submit" className="button-primary">
          Filtrer
        </button>
        <button type="button" onClick={onClear}>
          Effacer les filtres
        </button>
      </div>
    </form>
  );
}

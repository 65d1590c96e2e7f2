import type { ReactNode } from 'react';
import { SubNav } from '../../ui/SubNav';
import {
  constructionTypeLabels,
  type ConstructionType,
  type EnergyClass,
  type ImportStatus,
  type StockListItem,
} from '../../../contracts/housing';
import { formatNumber } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import './housing.css';

/** The colours of the official DPE scale, for charts; text always names the class as well. */
export const classFill: Record<EnergyClass, string> = {
  A: '#009c6d',
  B: '#52b153',
  C: '#a5cc74',
  D: '#f4e70f',
  E: '#f0b50f',
  F: '#eb8235',
  G: '#d7221f',
};

/** "1 logement", "39 658 logements". */
export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${formatNumber(n)} ${n > 1 ? pluralWord : word}`;
}

/** A DPE class as a coloured letter (the letter carries the meaning); "sans DPE" when unknown. */
export function ClassBadge({ value, title }: { value: EnergyClass | null; title?: string }) {
  if (value === null) return <span className="dpe dpe-none">sans DPE</span>;
  return (
    <span className={`dpe dpe-${value}`} title={title}>
      {value}
    </span>
  );
}

export function typeLabel(t: ConstructionType) {
  return constructionTypeLabels[t];
}

/** "45.50" (m², decimal string) → "45,50 m²". */
export function formatSurface(surface: string | null): string {
  return surface === null ? 'non renseignée' : `${surface.replace('.', ',')} m²`;
}

/** The notice shown wherever the generated demonstration stock appears. */
export function DemoNotice({ notice }: { notice: string | null | undefined }) {
  if (!notice) return null;
  const [head, ...rest] = notice.split(' : ');
  return (
    <p className="alert alert-demo">
      <strong>{head}</strong>
      {rest.length > 0 ? ` : ${rest.join(' : ')}` : null}
    </p>
  );
}

export function DemoBadge({ show }: { show: boolean | undefined }) {
  return show ? <span className="badge badge-demo">Données de démonstration</span> : null;
}

export function ImportStatusBadge({ status, label }: { status: ImportStatus; label: string }) {
  return <span className={`badge badge-i-${status}`}>{label}</span>;
}

/** The landlord's stock as listed for the user (its name, whether it is demo data, whether they may import). */
export function useStock(id: string | undefined) {
  const { data, error, loading, reload } = useApi<StockListItem[]>('/api/stocks');
  return { stock: data?.find((s) => s.organisationId === id), loaded: data !== undefined, error, loading, reload };
}

/** The sections of one landlord's stock. */
export function StockNav({ id }: { id: string }) {
  return (
    <SubNav
      label="Sections du patrimoine"
      links={[
        { to: `/patrimoine/${id}`, label: "Vue d'ensemble" },
        { to: `/patrimoine/${id}/logements`, label: 'Logements' },
        { to: `/patrimoine/${id}/trajectoire`, label: 'Trajectoire' },
        { to: `/patrimoine/${id}/imports`, label: 'Imports' },
        { to: '/patrimoine/calendrier-legal', label: 'Calendrier légal' },
      ]}
    />
  );
}

/** The page heading of a stock's section: "Section — landlord". */
export function StockHeading({ section, stock }: { section: string; stock: StockListItem | undefined }) {
  return (
    <h1>
      {section}
      {stock ? ` — ${stock.name}` : null}
    </h1>
  );
}

/** A figure in the key-figures grid. */
export function KeyFigure({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Download links of an export in xlsx and in CSV for French Excel. */
export function ExportLinks({ base, query, what }: { base: string; query: URLSearchParams; what: string }) {
  const suffix = query.toString() ? `?${query}` : '';
  return (
    <p className="export-links">
      Télécharger {what} : <a href={`${base}/xlsx${suffix}`}>classeur Excel (xlsx)</a> ·{' '}
      <a href={`${base}/csv${suffix}`}>CSV pour Excel</a>
    </p>
  );
}

import type { EnvelopeView } from '../../../contracts/finance';
import { formatEuros } from '../../../contracts/format';
import { TableWrapper } from '../../ui/TableWrapper';

/** The three series of the chart; each has its own pattern as well as its colour. */
const series = [
  { key: 'allocated', label: 'Alloué', fill: '#000091', pattern: null },
  { key: 'committed', label: 'Engagé', fill: '#6a6af4', pattern: 'hachures' },
  { key: 'paid', label: 'Versé', fill: '#0b6b2e', pattern: 'points' },
] as const;

const WIDTH = 720;
const HEIGHT = 260;
const LEFT = 70;
const BOTTOM = 30;
const TOP = 10;

/** Whole euros from a decimal string, for drawing only (the figures shown come from the strings). */
const toNumber = (amount: string) => Number(amount.split('.')[0]);

/** "4 M€", "10,7 M€": an axis label. */
function shortEuros(value: number): string {
  if (value === 0) return '0 €';
  if (value >= 1_000_000)
    return `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(value / 1_000_000)} M€`;
  return `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(value / 1000)} k€`;
}

/**
 * Allocated, committed and paid per year as grouped bars, drawn in inline SVG. The chart is one
 * image with a summary for assistive technologies; the table that follows gives every figure.
 */
export function YearChart({ envelope, idPrefix }: { envelope: EnvelopeView; idPrefix: string }) {
  const years = envelope.byYear;
  const max = Math.max(1, ...years.flatMap((y) => [toNumber(y.allocated), toNumber(y.committed), toNumber(y.paid)]));
  const plotHeight = HEIGHT - BOTTOM - TOP;
  const slot = (WIDTH - LEFT) / Math.max(1, years.length);
  const bar = Math.min(18, (slot - 8) / 3);
  const y = (value: number) => TOP + plotHeight - (value / max) * plotHeight;
  const first = years[0]?.year;
  const last = years.at(-1)?.year;
  const summary =
    `Graphique en barres, par année de ${first} à ${last}, des montants alloués, engagés et versés. ` +
    `Total alloué : ${formatEuros(envelope.totals.allocated)} ; engagé : ${formatEuros(envelope.totals.committed)} ; versé : ${formatEuros(envelope.totals.paid)}. ` +
    'Le tableau qui suit donne chaque montant.';
  const patternId = (name: string) => `${idPrefix}-${name}`;
  return (
    <figure className="chart">
      <svg role="img" aria-label={summary} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="xMidYMid meet">
        <defs>
          <pattern
            id={patternId('hachures')}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#6a6af4" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#fff" strokeWidth="2" />
          </pattern>
          <pattern id={patternId('points')} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" fill="#0b6b2e" />
            <circle cx="3" cy="3" r="1.3" fill="#fff" />
          </pattern>
        </defs>
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={LEFT} x2={WIDTH} y1={y(max * f)} y2={y(max * f)} stroke="#ccc" />
            <text x={LEFT - 6} y={y(max * f) + 4} textAnchor="end" fontSize="11" fill="#3a3a3a">
              {shortEuros(max * f)}
            </text>
          </g>
        ))}
        {years.map((year, i) => {
          const x0 = LEFT + i * slot + (slot - bar * 3) / 2;
          return (
            <g key={year.year}>
              {series.map((s, j) => {
                const value = toNumber(year[s.key]);
                const top = y(value);
                return (
                  <rect
                    key={s.key}
                    x={x0 + j * bar}
                    y={top}
                    width={bar - 1}
                    height={TOP + plotHeight - top}
                    fill={s.pattern ? `url(#${patternId(s.pattern)})` : s.fill}
                    stroke={s.fill}
                  >
                    <title>{`${year.year}, ${s.label.toLowerCase()} : ${formatEuros(year[s.key])}`}</title>
                  </rect>
                );
              })}
              <text x={LEFT + i * slot + slot / 2} y={HEIGHT - 10} textAnchor="middle" fontSize="12" fill="#161616">
                {year.year}
              </text>
            </g>
          );
        })}
        <line x1={LEFT} x2={WIDTH} y1={TOP + plotHeight} y2={TOP + plotHeight} stroke="#161616" />
      </svg>
      <figcaption>
        <ul className="chart-legend" aria-label="Légende">
          {series.map((s) => (
            <li key={s.key}>
              <svg width="16" height="16" aria-hidden="true" focusable="false">
                <rect
                  width="16"
                  height="16"
                  fill={s.pattern ? `url(#${patternId(s.pattern)})` : s.fill}
                  stroke={s.fill}
                />
              </svg>{' '}
              {s.label}
              {s.pattern ? ` (${s.pattern})` : ' (plein)'}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

/** The chart's figures as a table: the accessible alternative, visible to everyone. */
export function YearTable({ envelope, caption }: { envelope: EnvelopeView; caption: string }) {
  return (
    <TableWrapper>
      <table className="numbers">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Année</th>
            <th scope="col">Alloué</th>
            <th scope="col">Engagé</th>
            <th scope="col">Demandé</th>
            <th scope="col">Versé</th>
          </tr>
        </thead>
        <tbody>
          {envelope.byYear.map((y) => (
            <tr key={y.year}>
              <th scope="row">{y.year}</th>
              <td>{formatEuros(y.allocated)}</td>
              <td>{formatEuros(y.committed)}</td>
              <td>{formatEuros(y.requested)}</td>
              <td>{formatEuros(y.paid)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrapper>
  );
}

import { energyClasses, territoryLabels, type EnergyClass, type TrajectoryDeadline } from '../../../contracts/housing';
import { formatDate, formatNumber } from '../../../contracts/format';
import { plural } from './housing-ui';

/** 'E' → "E, F et G": the classes banned from a deadline on. */
export function bannedClassesText(from: EnergyClass): string {
  const list = energyClasses.slice(energyClasses.indexOf(from));
  return list.length === 1 ? list[0]! : `${list.slice(0, -1).join(', ')} et ${list.at(-1)}`;
}

export const deadlineYear = (d: { date: string }) => d.date.slice(0, 4);

/** "classes F et G" (one territory) or "Métropole : classes F et G ; Outre-mer : classe G". */
export function deadlineRulesText(d: TrajectoryDeadline): string {
  const text = (c: EnergyClass) => `${c === 'G' ? 'classe' : 'classes'} ${bannedClassesText(c)}`;
  if (d.rules.length === 1) return text(d.rules[0]!.bannedClass);
  return d.rules.map((r) => `${territoryLabels[r.territory]} : ${text(r.bannedClass)}`).join(' ; ');
}

/** "Échéance 2028 (01/01/2028) — classes F et G interdites à la location". */
export function deadlineTitle(d: TrajectoryDeadline): string {
  return `Échéance ${deadlineYear(d)} (${formatDate(d.date)}) — ${deadlineRulesText(d)} interdite${d.rules.length === 1 && d.rules[0]!.bannedClass === 'G' ? '' : 's'} à la location`;
}

/** The yearly pace needed, in words. */
export function paceText(d: TrajectoryDeadline, asOf: string): string {
  if (d.passed)
    return d.remaining > 0
      ? `Échéance passée : ${plural(d.remaining, 'logement')} reste${d.remaining > 1 ? 'nt' : ''} à traiter.`
      : 'Échéance passée : tous les logements concernés sont traités.';
  if (d.requiredPacePerYear === null || d.remaining === 0)
    return 'Aucun logement ne reste à traiter pour cette échéance.';
  const first = Number(asOf.slice(0, 4));
  const years = d.yearsLeft === 1 ? 'sur 1 an' : `sur ${d.yearsLeft} ans (${first}–${first + d.yearsLeft - 1})`;
  return `Rythme nécessaire : ${plural(d.requiredPacePerYear, 'logement')} par an ${years} pour traiter les ${formatNumber(d.remaining)} restants.`;
}

/** The three parts of the banned dwellings; each has a pattern as well as a colour. */
export const parts = [
  { key: 'delivered', label: 'Livrés', fill: '#0b6b2e', pattern: 'points' },
  { key: 'planned', label: 'Programmés', fill: '#6a6af4', pattern: 'hachures' },
  { key: 'notProgrammed', label: 'Non programmés', fill: '#b00020', pattern: null },
] as const;

const WIDTH = 720;
const HEIGHT = 54;
const LEFT = 4;

/**
 * One deadline's banned dwellings as one stacked bar (delivered, planned, not programmed), scaled
 * to the largest deadline so the charts compare. One image with its summary; the legend and the
 * table give every figure.
 */
export function DeadlineChart({
  deadline: d,
  asOf,
  max,
  idPrefix,
}: {
  deadline: TrajectoryDeadline;
  asOf: string;
  max: number;
  idPrefix: string;
}) {
  const plot = WIDTH - LEFT - 90;
  const total = (d.banned / Math.max(1, max)) * plot;
  const summary =
    `Graphique : ${plural(d.banned, 'logement')} interdit${d.banned > 1 ? 's' : ''} de location au ${formatDate(d.date)}, ` +
    `dont ${formatNumber(d.delivered)} livrés, ${formatNumber(d.planned)} programmés et ${formatNumber(d.notProgrammed)} non programmés. ${paceText(d, asOf)}`;
  const patternId = (name: string) => `${idPrefix}-${name}`;
  let x = LEFT;
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
        {parts.map((p) => {
          const value = d[p.key];
          const w = d.banned === 0 ? 0 : (value / d.banned) * total;
          const at = x;
          x += w;
          return value === 0 ? null : (
            <rect
              key={p.key}
              x={at}
              y={8}
              width={Math.max(1, w)}
              height={30}
              fill={p.pattern ? `url(#${patternId(p.pattern)})` : p.fill}
              stroke={p.fill}
            >
              <title>{`${p.label} : ${formatNumber(value)}`}</title>
            </rect>
          );
        })}
        <text x={LEFT + total + 6} y={28} fontSize="13" fontWeight="700" fill="#161616">
          {formatNumber(d.banned)}
        </text>
        <line x1={LEFT} x2={LEFT} y1={4} y2={HEIGHT - 8} stroke="#161616" />
      </svg>
      <figcaption>
        <ul className="chart-legend" aria-label={`Légende — échéance ${deadlineYear(d)}`}>
          {parts.map((p) => (
            <li key={p.key}>
              <svg width="16" height="16" aria-hidden="true" focusable="false">
                <rect
                  width="16"
                  height="16"
                  fill={p.pattern ? `url(#${patternId(p.pattern)})` : p.fill}
                  stroke={p.fill}
                />
              </svg>{' '}
              {p.label} ({p.pattern ?? 'plein'}) : {formatNumber(d[p.key])}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

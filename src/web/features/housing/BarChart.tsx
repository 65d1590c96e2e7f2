import { formatNumber } from '../../../contracts/format';

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** Bar colour; the label and the value are always written next to it. */
  fill?: string;
}

const WIDTH = 720;
const ROW = 26;
const LABEL = 300;
const VALUE = 70;
const TOP = 6;

const short = (text: string, max = 42) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Horizontal bars in inline SVG, each with its label and its value written beside it. The chart
 * is one image with a summary for assistive technologies; a table with the same figures follows
 * it on the page.
 */
export function BarChart({ bars, summary, caption }: { bars: Bar[]; summary: string; caption?: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plot = WIDTH - LABEL - VALUE;
  const height = TOP * 2 + bars.length * ROW;
  return (
    <figure className="chart">
      <svg role="img" aria-label={summary} viewBox={`0 0 ${WIDTH} ${height}`} preserveAspectRatio="xMidYMid meet">
        {bars.map((bar, i) => {
          const y = TOP + i * ROW;
          const w = bar.value === 0 ? 0 : Math.max(2, (bar.value / max) * plot);
          return (
            <g key={bar.key}>
              <text x={LABEL - 8} y={y + ROW / 2 + 4} textAnchor="end" fontSize="12" fill="#161616">
                {short(bar.label)}
              </text>
              <rect
                x={LABEL}
                y={y + 4}
                width={w}
                height={ROW - 8}
                fill={bar.fill ?? '#000091'}
                stroke="#3a3a3a"
                strokeWidth={bar.fill ? 0.5 : 0}
              >
                <title>{`${bar.label} : ${formatNumber(bar.value)}`}</title>
              </rect>
              <text x={LABEL + w + 6} y={y + ROW / 2 + 4} fontSize="12" fill="#161616">
                {formatNumber(bar.value)}
              </text>
            </g>
          );
        })}
        <line x1={LABEL} x2={LABEL} y1={TOP} y2={height - TOP} stroke="#161616" />
      </svg>
      {caption ? <figcaption className="muted">{caption}</figcaption> : null}
    </figure>
  );
}

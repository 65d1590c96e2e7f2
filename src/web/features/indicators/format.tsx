import { targetStatusLabels, type TargetStatus } from '../../../contracts/indicators';
import { formatEuros, formatNumber } from '../../../contracts/format';

/** A figure in its unit, fr-FR: "21 400 000,50 €", "262 logements". */
export function formatFigure(value: string | null, unit: string): string {
  if (value === null) return '—';
  return unit === '€' ? formatEuros(value) : `${formatNumber(value)} ${unit}`;
}

const badgeClass: Record<TargetStatus, string> = {
  on_target: 'badge badge-ok',
  off_target: 'badge badge-late',
  no_target: 'badge badge-c-none',
  no_value: 'badge badge-c-none',
};
// A sign as well as a colour, so the status reads without colour vision.
const sign: Record<TargetStatus, string> = { on_target: '✓ ', off_target: '✗ ', no_target: '', no_value: '' };

export function TargetBadge({ status }: { status: TargetStatus }) {
  return (
    <span className={badgeClass[status]}>
      <span aria-hidden="true">{sign[status]}</span>
      {targetStatusLabels[status]}
    </span>
  );
}

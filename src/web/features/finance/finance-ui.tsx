import type { ReactNode } from 'react';
import { requestStatusLabels, type RequestStatus } from '../../../contracts/finance';
import { Field } from '../../ui/Field';

/** The state of a payment request, in words (the colour only repeats them). */
export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  return <span className={`badge badge-r-${status}`}>{requestStatusLabels[status]}</span>;
}

/** An amount in euros typed the French way ("4 000 000,00"); converted with toApiAmount on sending. */
export function AmountField(props: {
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  required?: boolean;
  hint?: ReactNode;
}) {
  return (
    <Field
      label={props.label}
      inputMode="decimal"
      autoComplete="off"
      required={props.required}
      hint={props.hint ?? 'En euros, par exemple 4 000 000,00'}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      error={props.error}
    />
  );
}

/** "Ordre de service, Facture" or one per line → ["Ordre de service", "Facture"]. */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "20.00" → "20,00 %" */
export function formatPercent(text: string): string {
  return `${text.replace('.', ',')} %`;
}

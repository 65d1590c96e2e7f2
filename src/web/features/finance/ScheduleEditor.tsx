import { useState } from 'react';
import { scheduleKindLabels, scheduleKinds } from '../../../contracts/finance';
import { ErrorMessage } from '../../ui/feedback';
import { Field, SelectField } from '../../ui/Field';
import { centsToTyped, formatCents, typedCents } from '../../../contracts/format';
import { AmountField } from './finance-ui';
import { TextAreaField } from '../../ui/Field';

export type ScheduleKind = (typeof scheduleKinds)[number];

export interface LineDraft {
  key: number;
  kind: ScheduleKind;
  label: string;
  amount: string;
  condition: string;
  documents: string;
}

let nextKey = 1;
export const blankLine = (kind: ScheduleKind = 'instalment'): LineDraft => ({
  key: nextKey++,
  kind,
  label: '',
  amount: '',
  condition: '',
  documents: '',
});

/** An advance of 30 % (rounded down to the cent, as the server's rule) and the balance. */
export function advanceAndBalanceLines(totalCents: bigint): LineDraft[] {
  const advance = (totalCents * 30n) / 100n;
  return [
    {
      key: nextKey++,
      kind: 'advance',
      label: 'Avance de 30 %',
      amount: centsToTyped(advance),
      condition:
        "À la signature de la convention financière, sur présentation de l'ordre de service de démarrage des travaux.",
      documents: 'Ordre de service',
    },
    {
      key: nextKey++,
      kind: 'balance',
      label: 'Solde',
      amount: centsToTyped(totalCents - advance),
      condition: "À l'achèvement des opérations, sur présentation du décompte général et du bilan.",
      documents: 'Décompte général définitif\nBilan des opérations',
    },
  ];
}

/**
 * The payment schedule's lines, with the live total against the agreement's amount. Server errors
 * arrive as "schedule" (the whole) or "schedule.<n>.<field>" (one line's field).
 */
export function ScheduleEditor({
  lines,
  onChange,
  amount,
  field,
}: {
  lines: LineDraft[];
  onChange(lines: LineDraft[]): void;
  amount: string;
  field(name: string): string | undefined;
}) {
  const [helperError, setHelperError] = useState<string | null>(null);
  const totalCents = typedCents(amount);
  const lineCents = lines.map((l) => typedCents(l.amount));
  const sum = lineCents.reduce<bigint>((a, c) => a + (c ?? 0n), 0n);
  const unreadable = lineCents.some((c, i) => c === null && lines[i]!.amount.trim() !== '');
  const update = (key: number, change: Partial<LineDraft>) =>
    onChange(lines.map((l) => (l.key === key ? { ...l, ...change } : l)));

  function fillAdvanceAndBalance() {
    if (totalCents === null || totalCents <= 0n) {
      setHelperError("Indiquez d'abord le montant de la convention financière.");
      return;
    }
    setHelperError(null);
    onChange(advanceAndBalanceLines(totalCents));
  }

  let balance: string;
  if (totalCents === null)
    balance = `Total de l'échéancier : ${formatCents(sum)} ; montant de la convention à indiquer.`;
  else if (sum === totalCents)
    balance = `Total de l'échéancier : ${formatCents(sum)} pour un montant de ${formatCents(totalCents)} : l'échéancier est équilibré.`;
  else {
    const gap = totalCents - sum;
    balance = `Total de l'échéancier : ${formatCents(sum)} pour un montant de ${formatCents(totalCents)} : ${gap > 0n ? `il manque ${formatCents(gap)}` : `${formatCents(-gap)} de trop`}.`;
  }

  return (
    <fieldset className="schedule">
      <legend>Échéancier de versement</legend>
      <p className="hint">
        Les lignes doivent totaliser exactement le montant de la convention : une avance au plus, un solde au plus, le
        solde en dernier.
      </p>
      <button type="button" onClick={fillAdvanceAndBalance}>
        Avance de 30 % et solde
      </button>
      {helperError ? <ErrorMessage>{helperError}</ErrorMessage> : null}
      {field('schedule') ? <ErrorMessage>{field('schedule')}</ErrorMessage> : null}
      <ol className="schedule-lines">
        {lines.map((line, i) => (
          <li key={line.key}>
            <fieldset>
              <legend>Ligne {i + 1}</legend>
              <SelectField
                label="Type"
                value={line.kind}
                onChange={(e) => update(line.key, { kind: e.target.value as ScheduleKind })}
                options={scheduleKinds.map((k) => ({ value: k, label: scheduleKindLabels[k] }))}
                error={field(`schedule.${i}.kind`)}
              />
              <Field
                label="Libellé"
                required
                value={line.label}
                onChange={(e) => update(line.key, { label: e.target.value })}
                error={field(`schedule.${i}.label`)}
              />
              <AmountField
                label="Montant de la ligne"
                required
                value={line.amount}
                onChange={(value) => update(line.key, { amount: value })}
                error={field(`schedule.${i}.amount`)}
              />
              <TextAreaField
                label="Condition de versement"
                value={line.condition}
                onChange={(e) => update(line.key, { condition: e.target.value })}
                error={field(`schedule.${i}.condition`)}
              />
              <TextAreaField
                label="Pièces exigées"
                hint="Une pièce par ligne, ou séparées par des virgules."
                value={line.documents}
                onChange={(e) => update(line.key, { documents: e.target.value })}
                error={field(`schedule.${i}.requiredDocuments`)}
              />
              {lines.length > 1 ? (
                <button type="button" onClick={() => onChange(lines.filter((l) => l.key !== line.key))}>
                  Retirer la ligne {i + 1}
                </button>
              ) : null}
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => onChange([...lines, blankLine()])}>
        Ajouter une ligne
      </button>
      <p
        className={`schedule-total${totalCents !== null && sum === totalCents && !unreadable ? ' schedule-ok' : ''}`}
        role="status"
      >
        {balance}
        {unreadable ? ' Un montant de ligne est illisible.' : ''}
      </p>
    </fieldset>
  );
}

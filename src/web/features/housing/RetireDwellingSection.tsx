import { useState, type FormEvent } from 'react';
import {
  retirementReasonLabels,
  retirementReasons,
  type DwellingDetail,
  type RetirementReason,
} from '../../../contracts/housing';
import { todayInParis } from '../../../contracts/dates';
import { formatDate } from '../../../contracts/format';
import { api } from '../../app/api';
import { ErrorMessage, StatusMessage } from '../../ui/feedback';
import { Field, SelectField } from '../../ui/Field';
import { useSubmit } from '../../ui/useSubmit';

/**
 * A dwelling's place in the stock: retired (sold, demolished, merged) from a date, or still in it —
 * and, for the office's staff, the form that retires it. From that date on it leaves the
 * letting-ban trajectory; seen as of an earlier date it still counts.
 */
export function RetireDwellingSection({ dwelling, onSaved }: { dwelling: DwellingDetail; onSaved: () => void }) {
  const [reason, setReason] = useState<RetirementReason>('sale');
  const [on, setOn] = useState(todayInParis());
  const { busy, error, saved, run, field } = useSubmit();

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      await api('POST', `/api/dwellings/${dwelling.id}/retirement`, { reason, on });
      onSaved();
      return `Logement sorti du parc le ${formatDate(on)} (${retirementReasonLabels[reason].toLowerCase()}) : il ne compte plus dans la trajectoire à partir de cette date.`;
    });
  }

  return (
    <section aria-labelledby="titre-sortie" className="panel">
      <h2 id="titre-sortie">Sortie du parc</h2>
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      {dwelling.retirement ? (
        <p>
          Sorti du parc le {formatDate(dwelling.retirement.on)} ({dwelling.retirement.reasonLabel.toLowerCase()}) : il
          ne compte plus dans la trajectoire à partir de cette date.
        </p>
      ) : (
        <p>Ce logement fait partie du parc.</p>
      )}
      {dwelling.can.retire ? (
        <>
          <ErrorMessage error={error} />
          <form onSubmit={submit} noValidate aria-label="Sortir le logement du parc">
            <SelectField
              label="Motif de sortie"
              required
              value={reason}
              onChange={(e) => setReason(e.target.value as RetirementReason)}
              options={retirementReasons.map((r) => ({ value: r, label: retirementReasonLabels[r] }))}
              error={field('reason')}
            />
            <Field
              label="Date de sortie"
              type="date"
              required
              value={on}
              onChange={(e) => setOn(e.target.value)}
              error={field('on')}
            />
            <button type="submit" className="button-primary" disabled={busy}>
              Sortir du parc
            </button>
          </form>
        </>
      ) : null}
    </section>
  );
}

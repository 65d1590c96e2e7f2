import { useState, type FormEvent } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type { GuaranteesOverview } from '../../../contracts/finance';
import { api } from '../../app/api';
import { ErrorMessage, Loading, StatusMessage } from '../../ui/feedback';
import { Field, SelectField } from '../../ui/Field';
import { formatDate, formatEuros, toApiAmount } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';
import { ConventionNav } from '../conventions/ConventionNav';
import { AmountField, formatPercent } from './finance-ui';
import { TableWrapper } from '../../ui/TableWrapper';
import { useSubmit } from '../../ui/useSubmit';
import { GuaranteeRequestsSection } from './GuaranteeRequestsSection';

/** Loan guarantees: the figures reported in the convention and the register of guaranteed loans. */
export function GuaranteesPage() {
  usePageTitle("Garanties d'emprunt");
  const { id } = useParams();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('date');
  const { data, error, loading, reload } = useApi<GuaranteesOverview>(
    `/api/conventions/${id}/guarantees${asOf ? `?asOf=${asOf}` : ''}`,
  );
  const [draftDate, setDraftDate] = useState(asOf ?? '');
  return (
    <>
      <h1>Garanties d'emprunt</h1>
      {id ? <ConventionNav id={id} /> : null}
      <ErrorMessage error={error} />
      {loading && !data ? <Loading /> : null}
      {data ? (
        <>
          <section aria-labelledby="titre-declare" className="panel">
            <h2 id="titre-declare">Encours déclaré</h2>
            {data.reported ? (
              <>
                <p className="key-figure">
                  {formatEuros(data.reported.officeOutstanding)} au {formatDate(data.reported.asOf)},{' '}
                  {formatPercent(data.reported.sharePercent)} des garanties du Département
                </p>
                {data.reported.departmentTotalDerived ? (
                  <p>
                    Total des encours garantis par le Département, {data.reported.departmentTotalBasis} :{' '}
                    {formatEuros(data.reported.departmentTotal)} (montant calculé, non déclaré).
                  </p>
                ) : (
                  <p>Total des encours garantis par le Département : {formatEuros(data.reported.departmentTotal)}.</p>
                )}
                <p className="muted">Source : {data.reported.source}</p>
              </>
            ) : (
              <p>Aucun encours déclaré à cette date.</p>
            )}
          </section>

          <section aria-labelledby="titre-registre">
            <h2 id="titre-registre">Registre des emprunts garantis</h2>
            <form
              className="inline-form"
              aria-label="Date de l'encours"
              onSubmit={(e) => {
                e.preventDefault();
                setParams(draftDate ? { date: draftDate } : {});
              }}
            >
              <Field
                label="Encours à la date du"
                type="date"
                value={draftDate}
                onChange={(e) => setDraftDate(e.target.value)}
                error={error?.fieldMessage('asOf')}
              />
              <button type="submit">Afficher</button>
            </form>
            <p role="status">
              Encours garanti selon le registre au {formatDate(data.asOf)} :{' '}
              {formatEuros(data.registerGuaranteedOutstanding)} ({data.guarantees.length} emprunt
              {data.guarantees.length > 1 ? 's' : ''}).
            </p>
            {data.guarantees.length > 0 ? (
              <TableWrapper>
                <table>
                  <caption className="visually-hidden">
                    Emprunts garantis par le Département et leur encours au {formatDate(data.asOf)}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Contrat</th>
                      <th scope="col">Prêteur</th>
                      <th scope="col">Opération</th>
                      <th scope="col">Montant du prêt</th>
                      <th scope="col">Quotité garantie</th>
                      <th scope="col">Taux, durée</th>
                      <th scope="col">Délibération</th>
                      <th scope="col">Capital restant dû</th>
                      <th scope="col">Encours garanti</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.guarantees.map((g) => (
                      <tr key={g.id}>
                        <th scope="row">{g.contractNumber}</th>
                        <td>{g.lender}</td>
                        <td>{g.operationLabel ?? '—'}</td>
                        <td>{formatEuros(g.loanAmount)}</td>
                        <td>{formatPercent(g.guaranteedShare)}</td>
                        <td>
                          {g.rate ?? '—'}
                          {g.termYears ? `, ${g.termYears} ans` : ''}
                        </td>
                        <td>
                          {g.deliberationRef
                            ? `${g.deliberationRef}${g.deliberationDate ? ` (${formatDate(g.deliberationDate)})` : ''}`
                            : '—'}
                        </td>
                        <td>
                          {g.outstanding
                            ? `${formatEuros(g.outstanding)} au ${formatDate(g.outstandingAsOf)}`
                            : 'non renseigné'}
                        </td>
                        <td>{g.guaranteedOutstanding ? formatEuros(g.guaranteedOutstanding) : '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrapper>
            ) : (
              <p>Aucun emprunt inscrit au registre.</p>
            )}
          </section>
          {id ? <GuaranteeRequestsSection conventionId={id} onRegisterChanged={reload} /> : null}
          {data.can.manage && id ? (
            <>
              <GuaranteeForm conventionId={id} onSaved={reload} />
              {data.guarantees.length > 0 ? <BalanceForm overview={data} onSaved={reload} /> : null}
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}

function GuaranteeForm({ conventionId, onSaved }: { conventionId: string; onSaved(): void }) {
  const empty = {
    lender: '',
    contractNumber: '',
    operationLabel: '',
    loanAmount: '',
    guaranteedShare: '',
    rate: '',
    termYears: '',
    deliberationRef: '',
    deliberationDate: '',
  };
  const [form, setForm] = useState(empty);
  const { busy, error, saved, run, field } = useSubmit();
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      await api('POST', `/api/conventions/${conventionId}/guarantees`, {
        lender: form.lender,
        contractNumber: form.contractNumber,
        operationLabel: form.operationLabel || null,
        loanAmount: toApiAmount(form.loanAmount),
        guaranteedShare: toApiAmount(form.guaranteedShare.replace('%', '')),
        rate: form.rate || null,
        termYears: form.termYears ? Number(form.termYears) : null,
        deliberationRef: form.deliberationRef || null,
        deliberationDate: form.deliberationDate || null,
      });
      const message = `Emprunt ${form.contractNumber} inscrit au registre.`;
      setForm(empty);
      onSaved();
      return message;
    });
  }

  return (
    <details className="panel form-panel">
      <summary>Inscrire un emprunt garanti</summary>
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      <ErrorMessage error={error} />
      <form onSubmit={submit} noValidate aria-label="Nouvel emprunt garanti">
        <Field
          label="Prêteur"
          required
          value={form.lender}
          onChange={(e) => set('lender')(e.target.value)}
          error={field('lender')}
        />
        <Field
          label="Numéro de contrat"
          required
          value={form.contractNumber}
          onChange={(e) => set('contractNumber')(e.target.value)}
          error={field('contractNumber')}
        />
        <Field
          label="Opération financée"
          value={form.operationLabel}
          onChange={(e) => set('operationLabel')(e.target.value)}
          error={field('operationLabel')}
        />
        <AmountField
          label="Montant du prêt"
          required
          value={form.loanAmount}
          onChange={set('loanAmount')}
          error={field('loanAmount')}
        />
        <Field
          label="Quotité garantie (%)"
          required
          inputMode="decimal"
          hint="Par exemple 50 ou 50,00"
          value={form.guaranteedShare}
          onChange={(e) => set('guaranteedShare')(e.target.value)}
          error={field('guaranteedShare')}
        />
        <Field
          label="Taux"
          hint="Par exemple « Livret A + 0,6 % »"
          value={form.rate}
          onChange={(e) => set('rate')(e.target.value)}
          error={field('rate')}
        />
        <Field
          label="Durée (années)"
          type="number"
          min={1}
          max={80}
          value={form.termYears}
          onChange={(e) => set('termYears')(e.target.value)}
          error={field('termYears')}
        />
        <Field
          label="Délibération de garantie"
          value={form.deliberationRef}
          onChange={(e) => set('deliberationRef')(e.target.value)}
          error={field('deliberationRef')}
        />
        <Field
          label="Date de la délibération"
          type="date"
          value={form.deliberationDate}
          onChange={(e) => set('deliberationDate')(e.target.value)}
          error={field('deliberationDate')}
        />
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? 'Enregistrement…' : "Inscrire l'emprunt"}
        </button>
      </form>
    </details>
  );
}

function BalanceForm({ overview, onSaved }: { overview: GuaranteesOverview; onSaved(): void }) {
  const [form, setForm] = useState({ guaranteeId: overview.guarantees[0]?.id ?? '', asOf: '', outstanding: '' });
  const { busy, error, saved, run, field } = useSubmit();

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      await api('PUT', `/api/guarantees/${form.guaranteeId}/balances`, {
        asOf: form.asOf,
        outstanding: toApiAmount(form.outstanding),
      });
      const contract = overview.guarantees.find((g) => g.id === form.guaranteeId)?.contractNumber ?? '';
      const message = `Capital restant dû du contrat ${contract} enregistré au ${formatDate(form.asOf)}.`;
      setForm({ ...form, asOf: '', outstanding: '' });
      onSaved();
      return message;
    });
  }

  return (
    <details className="panel form-panel">
      <summary>Enregistrer un capital restant dû</summary>
      {saved ? <StatusMessage>{saved}</StatusMessage> : null}
      <ErrorMessage error={error} />
      <form onSubmit={submit} noValidate aria-label="Capital restant dû">
        <SelectField
          label="Emprunt"
          required
          value={form.guaranteeId}
          onChange={(e) => setForm({ ...form, guaranteeId: e.target.value })}
          options={overview.guarantees.map((g) => ({ value: g.id, label: `${g.contractNumber} — ${g.lender}` }))}
        />
        <Field
          label="Date"
          type="date"
          required
          value={form.asOf}
          onChange={(e) => setForm({ ...form, asOf: e.target.value })}
          error={field('asOf')}
        />
        <AmountField
          label="Capital restant dû"
          required
          value={form.outstanding}
          onChange={(outstanding) => setForm({ ...form, outstanding })}
          error={field('outstanding')}
        />
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? 'Enregistrement…' : 'Enregistrer le capital restant dû'}
        </button>
      </form>
    </details>
  );
}

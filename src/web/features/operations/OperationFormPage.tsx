import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { AgreementView } from '../../../contracts/finance';
import { energyClasses } from '../../../contracts/housing';
import {
  fundingSourceLabels,
  fundingSources,
  operationKindLabels,
  operationKinds,
  operationStatuses,
  operationStatusLabels,
  phaseLabels,
  phases,
  programmeLabels,
  programmes,
  type OperationList,
  type OperationView,
} from '../../../contracts/operations';
import { api } from '../../app/api';
import { Loading, ErrorMessage } from '../../ui/feedback';
import { Field, SelectField, TextAreaField } from '../../ui/Field';
import { fundingAgreementLabel, toApiAmount } from '../../../contracts/format';
import { useApi } from '../../ui/useApi';
import { usePageTitle } from '../../ui/usePageTitle';

import { DwellingPicker, type PickedDwelling } from './DwellingPicker';

import { TableWrapper } from '../../ui/TableWrapper';
import { useSubmit } from '../../ui/useSubmit';

interface FormState {
  label: string;
  kind: string;
  programme: string;
  communeCode: string;
  residence: string;
  status: string;
  percentComplete: string;
  energyBefore: string;
  energyAfter: string;
  costExclTax: string;
  costInclTax: string;
  risks: string;
  comments: string;
  dwellings: PickedDwelling[];
  classCounts: { classBefore: string; targetClass: string; count: string }[];
  unclassifiedDwellings: string;
  phases: Record<string, { plannedOn: string; actualOn: string }>;
  fundingLines: { source: string; amount: string; fundingAgreementId: string }[];
}

const typedEuros = (cents: string | null) => (cents ? cents.replace('.', ',') : '');
const emptyPhases = () => Object.fromEntries(phases.map((p) => [p, { plannedOn: '', actualOn: '' }]));
const blank: FormState = {
  label: '',
  kind: 'thermal_renovation',
  programme: 'pmt_2025_2030',
  communeCode: '',
  residence: '',
  status: 'planned',
  percentComplete: '0',
  energyBefore: '',
  energyAfter: '',
  costExclTax: '',
  costInclTax: '',
  risks: '',
  comments: '',
  dwellings: [],
  classCounts: [],
  unclassifiedDwellings: '0',
  phases: emptyPhases(),
  fundingLines: [],
};

function stateOf(o: OperationView): FormState {
  const phaseState = emptyPhases();
  for (const p of o.phases) phaseState[p.phase] = { plannedOn: p.plannedOn ?? '', actualOn: p.actualOn ?? '' };
  return {
    label: o.label,
    kind: o.kind,
    programme: o.programme,
    communeCode: o.communeCode ?? '',
    residence: o.residence ?? '',
    status: o.status,
    percentComplete: String(o.percentComplete),
    energyBefore: o.energyBefore ?? '',
    energyAfter: o.energyAfter ?? '',
    costExclTax: typedEuros(o.costExclTax),
    costInclTax: typedEuros(o.costInclTax),
    risks: o.risks ?? '',
    comments: o.comments ?? '',
    dwellings: o.dwellings.map((d) => ({
      dwellingId: d.dwellingId,
      label: `${d.label} (${d.communeName})`,
      classBefore: d.classBefore,
      targetClass: d.targetClass ?? '',
    })),
    classCounts: o.classCounts.map((c) => ({
      classBefore: c.classBefore,
      targetClass: c.targetClass ?? '',
      count: String(c.count),
    })),
    unclassifiedDwellings: String(o.unclassifiedDwellings),
    phases: phaseState,
    fundingLines: o.fundingLines.map((l) => ({
      source: l.source,
      amount: typedEuros(l.amount),
      fundingAgreementId: l.fundingAgreementId ?? '',
    })),
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

function bodyOf(s: FormState) {
  return {
    label: s.label,
    kind: s.kind,
    programme: s.programme,
    communeCode: orNull(s.communeCode),
    residence: orNull(s.residence),
    status: s.status,
    percentComplete: Number(s.percentComplete),
    energyBefore: orNull(s.energyBefore.replace(',', '.')),
    energyAfter: orNull(s.energyAfter.replace(',', '.')),
    costExclTax: s.costExclTax.trim() ? toApiAmount(s.costExclTax) : null,
    costInclTax: s.costInclTax.trim() ? toApiAmount(s.costInclTax) : null,
    risks: orNull(s.risks),
    comments: orNull(s.comments),
    dwellings: s.dwellings.map((d) => ({ dwellingId: d.dwellingId, targetClass: d.targetClass || null })),
    classCounts: s.classCounts.map((c) => ({
      classBefore: c.classBefore,
      targetClass: c.targetClass || null,
      count: Number(c.count),
    })),
    unclassifiedDwellings: Number(s.unclassifiedDwellings || '0'),
    phases: phases
      .map((p) => ({ phase: p, plannedOn: s.phases[p]!.plannedOn || null, actualOn: s.phases[p]!.actualOn || null }))
      .filter((p) => p.plannedOn || p.actualOn),
    fundingLines: s.fundingLines.map((l) => ({
      source: l.source,
      amount: toApiAmount(l.amount),
      fundingAgreementId: l.source === 'department' ? l.fundingAgreementId || null : null,
    })),
  };
}

const classOptions = energyClasses.map((c) => ({ value: c, label: c }));

/** Creates an operation (route …/operations/nouvelle) or changes one (route /operations/:operationId/modifier). */
export function OperationFormPage() {
  const { id, operationId } = useParams();
  const navigate = useNavigate();
  const editing = useApi<OperationView>(operationId ? `/api/operations/${operationId}` : null);
  const conventionId = id ?? editing.data?.conventionId;
  // The list answer names the landlord whose stock the picker searches; a narrow filter keeps it small.
  const list = useApi<OperationList>(
    conventionId ? `/api/conventions/${conventionId}/operations?kind=other&status=cancelled` : null,
  );
  const agreements = useApi<AgreementView[]>(
    conventionId ? `/api/conventions/${conventionId}/funding-agreements` : null,
  );
  const [state, setState] = useState<FormState>(blank);
  const { busy, error, run, field } = useSubmit();
  usePageTitle(operationId ? 'Modifier une opération' : 'Nouvelle opération');
  useEffect(() => {
    if (editing.data) setState(stateOf(editing.data));
  }, [editing.data]);
  const landlordId = editing.data?.organisationId ?? list.data?.landlordOrganisationId ?? null;
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setState((s) => ({ ...s, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    let saved: OperationView | null = null;
    const ok = await run(async () => {
      saved = operationId
        ? await api<OperationView>('PUT', `/api/operations/${operationId}`, bodyOf(state))
        : await api<OperationView>('POST', `/api/conventions/${conventionId}/operations`, bodyOf(state));
      return null;
    });
    if (ok && saved)
      navigate(`/operations/${(saved as OperationView).id}`, {
        state: { saved: operationId ? 'Opération enregistrée.' : 'Opération créée.' },
      });
  }

  if (operationId && !editing.data) return <>{editing.error ? <ErrorMessage error={editing.error} /> : <Loading />}</>;
  return (
    <>
      <h1>{operationId ? `Modifier l'opération ${editing.data?.reference}` : 'Nouvelle opération'}</h1>
      <ErrorMessage error={error} />
      <form onSubmit={submit} noValidate aria-label="Opération">
        <fieldset className="panel">
          <legend>L'opération</legend>
          <Field
            label="Nom"
            required
            value={state.label}
            onChange={(e) => set('label', e.target.value)}
            error={field('label')}
          />
          <SelectField
            label="Nature"
            value={state.kind}
            onChange={(e) => set('kind', e.target.value)}
            options={operationKinds.map((k) => ({ value: k, label: operationKindLabels[k] }))}
            error={field('kind')}
          />
          <SelectField
            label="Programme"
            value={state.programme}
            onChange={(e) => set('programme', e.target.value)}
            options={programmes.map((p) => ({ value: p, label: programmeLabels[p] }))}
          />
          <Field
            label="Commune (code INSEE)"
            hint="5 caractères, par exemple 62041 pour Arras ; vide pour un programme sur tout le patrimoine."
            value={state.communeCode}
            onChange={(e) => set('communeCode', e.target.value)}
            error={field('communeCode')}
          />
          <Field
            label="Bâtiment ou résidence"
            value={state.residence}
            onChange={(e) => set('residence', e.target.value)}
          />
          <SelectField
            label="État"
            value={state.status}
            onChange={(e) => set('status', e.target.value)}
            options={operationStatuses.map((s) => ({ value: s, label: operationStatusLabels[s] }))}
            error={field('status')}
          />
          <Field
            label="Avancement (%)"
            inputMode="numeric"
            value={state.percentComplete}
            onChange={(e) => set('percentComplete', e.target.value)}
            error={field('percentComplete')}
          />
          <Field
            label="Consommation avant travaux (kWh/m²·an)"
            value={state.energyBefore}
            onChange={(e) => set('energyBefore', e.target.value)}
            error={field('energyBefore')}
          />
          <Field
            label="Consommation après travaux (kWh/m²·an)"
            value={state.energyAfter}
            onChange={(e) => set('energyAfter', e.target.value)}
            error={field('energyAfter')}
          />
        </fieldset>
        {landlordId ? (
          <DwellingPicker landlordId={landlordId} picked={state.dwellings} onChange={(d) => set('dwellings', d)} />
        ) : null}
        <fieldset className="panel">
          <legend>Logements non identifiés (nombre par classe)</legend>
          {state.classCounts.map((c, i) => (
            <div className="inline-form" key={i}>
              <SelectField
                label={`Groupe ${i + 1} : classe actuelle`}
                value={c.classBefore}
                onChange={(e) =>
                  set(
                    'classCounts',
                    state.classCounts.map((x, j) => (j === i ? { ...x, classBefore: e.target.value } : x)),
                  )
                }
                options={classOptions}
              />
              <Field
                label={`Groupe ${i + 1} : nombre de logements`}
                inputMode="numeric"
                value={c.count}
                onChange={(e) =>
                  set(
                    'classCounts',
                    state.classCounts.map((x, j) => (j === i ? { ...x, count: e.target.value } : x)),
                  )
                }
                error={field(`classCounts.${i}.count`)}
              />
              <SelectField
                label={`Groupe ${i + 1} : classe visée`}
                value={c.targetClass}
                onChange={(e) =>
                  set(
                    'classCounts',
                    state.classCounts.map((x, j) => (j === i ? { ...x, targetClass: e.target.value } : x)),
                  )
                }
                options={[{ value: '', label: 'Non précisée' }, ...classOptions]}
                error={field(`classCounts.${i}.targetClass`)}
              />
              <button
                type="button"
                onClick={() =>
                  set(
                    'classCounts',
                    state.classCounts.filter((_, j) => j !== i),
                  )
                }
              >
                Retirer le groupe {i + 1}
              </button>
            </div>
          ))}
          <button
            type="button"
            onClick={() =>
              set('classCounts', [...state.classCounts, { classBefore: 'G', targetClass: '', count: '1' }])
            }
          >
            Ajouter un groupe de logements
          </button>
          <Field
            label="Logements sans classe connue"
            inputMode="numeric"
            hint="Comptés dans l'opération, pas dans la trajectoire (qui suit les classes)."
            value={state.unclassifiedDwellings}
            onChange={(e) => set('unclassifiedDwellings', e.target.value)}
            error={field('unclassifiedDwellings')}
          />
        </fieldset>
        <fieldset className="panel">
          <legend>Phases (dates prévues et réelles)</legend>
          <TableWrapper>
            <table>
              <caption className="visually-hidden">Dates des phases</caption>
              <thead>
                <tr>
                  <th scope="col">Phase</th>
                  <th scope="col">Date prévue</th>
                  <th scope="col">Date réelle</th>
                </tr>
              </thead>
              <tbody>
                {phases.map((p) => (
                  <tr key={p}>
                    <th scope="row">{phaseLabels[p]}</th>
                    {(['plannedOn', 'actualOn'] as const).map((which) => (
                      <td key={which}>
                        <Field
                          label={
                            <span className="visually-hidden">
                              {phaseLabels[p]} : date {which === 'plannedOn' ? 'prévue' : 'réelle'}
                            </span>
                          }
                          type="date"
                          value={state.phases[p]![which]}
                          onChange={(e) =>
                            set('phases', { ...state.phases, [p]: { ...state.phases[p]!, [which]: e.target.value } })
                          }
                          error={field(`phases.${p}.${which}`)}
                        />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrapper>
        </fieldset>
        <fieldset className="panel">
          <legend>Coûts et plan de financement</legend>
          <Field
            label="Coût HT (€)"
            value={state.costExclTax}
            onChange={(e) => set('costExclTax', e.target.value)}
            error={field('costExclTax')}
          />
          <Field
            label="Coût TTC (€)"
            value={state.costInclTax}
            onChange={(e) => set('costInclTax', e.target.value)}
            error={field('costInclTax')}
          />
          {state.fundingLines.map((l, i) => (
            <div className="inline-form" key={i}>
              <SelectField
                label={`Financement ${i + 1} : source`}
                value={l.source}
                onChange={(e) =>
                  set(
                    'fundingLines',
                    state.fundingLines.map((x, j) => (j === i ? { ...x, source: e.target.value } : x)),
                  )
                }
                options={fundingSources.map((s) => ({ value: s, label: fundingSourceLabels[s] }))}
              />
              <Field
                label={`Financement ${i + 1} : montant (€)`}
                value={l.amount}
                onChange={(e) =>
                  set(
                    'fundingLines',
                    state.fundingLines.map((x, j) => (j === i ? { ...x, amount: e.target.value } : x)),
                  )
                }
                error={field(`fundingLines.${i}.amount`)}
              />
              {l.source === 'department' ? (
                <SelectField
                  label={`Financement ${i + 1} : convention financière`}
                  value={l.fundingAgreementId}
                  onChange={(e) =>
                    set(
                      'fundingLines',
                      state.fundingLines.map((x, j) => (j === i ? { ...x, fundingAgreementId: e.target.value } : x)),
                    )
                  }
                  options={[
                    { value: '', label: 'À choisir' },
                    ...(agreements.data ?? []).map((g) => ({
                      value: g.id,
                      label: fundingAgreementLabel(g.year, g.envelopeKind),
                    })),
                  ]}
                  error={field(`fundingLines.${i}.fundingAgreementId`)}
                />
              ) : null}
              <button
                type="button"
                onClick={() =>
                  set(
                    'fundingLines',
                    state.fundingLines.filter((_, j) => j !== i),
                  )
                }
              >
                Retirer le financement {i + 1}
              </button>
            </div>
          ))}
          <button
            type="button"
            onClick={() =>
              set('fundingLines', [...state.fundingLines, { source: 'department', amount: '', fundingAgreementId: '' }])
            }
          >
            Ajouter un financement
          </button>
          {field('fundingLines') ? <p className="field-error">{field('fundingLines')}</p> : null}
        </fieldset>
        <fieldset className="panel">
          <legend>Risques et commentaires</legend>
          <TextAreaField label="Risques" value={state.risks} onChange={(e) => set('risks', e.target.value)} />
          <TextAreaField
            label="Commentaires"
            value={state.comments}
            onChange={(e) => set('comments', e.target.value)}
          />
        </fieldset>
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? 'Enregistrement…' : "Enregistrer l'opération"}
        </button>
      </form>
    </>
  );
}

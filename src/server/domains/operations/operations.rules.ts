import { formatCents } from '../../../contracts/format';
import type { EnergyClass } from '../../../contracts/housing';
import {
  phaseLabels,
  phases,
  type FundingSource,
  type OperationKind,
  type OperationStatus,
  type Phase,
} from '../../../contracts/operations';
import type { FieldError } from '../../platform/errors';
import { communeName } from '../../kernel/geography';

/**
 * Pure rules of an operation: its phases come in order and it is never delivered before it
 * started; a renovation never aims at a worse class than the dwelling's; its funding plan never
 * exceeds its cost; a dwelling is in one active renovation at a time. Each rule answers with the
 * field errors to show (French, naming the field), empty when the input holds.
 */

/** Where an operation is: its commune, or the landlord's whole stock for a programme-wide one. */
export const WHOLE_STOCK_LABEL = 'Tout le patrimoine du bailleur';
export const operationPlace = (communeCode: string | null) =>
  communeCode === null ? WHOLE_STOCK_LABEL : communeName(communeCode);

/** The kinds that change a dwelling's energy class (and count in the trajectory). */
export const renovationKinds: readonly OperationKind[] = ['thermal_renovation', 'vacant_renovation'];
export const isRenovation = (kind: OperationKind) => renovationKinds.includes(kind);

/** An operation is active until it is delivered or abandoned. */
export const isActive = (status: OperationStatus) => status === 'planned' || status === 'in_progress';

/** DPE classes go from A (best) to G (worst): a greater letter is a worse class. */
export const isWorseClass = (a: EnergyClass, b: EnergyClass) => a > b;

export interface PhaseDates {
  phase: Phase;
  plannedOn: string | null;
  actualOn: string | null;
}

const fr = (iso: string) => iso.split('-').reverse().join('/');

/** Planned dates in phase order, actual dates in phase order; delivery never before the start order. */
export function phaseProblems(input: PhaseDates[]): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<Phase>();
  for (const p of input) {
    if (seen.has(p.phase))
      errors.push({
        field: `phases.${p.phase}`,
        message: `La phase « ${phaseLabels[p.phase]} » est donnée deux fois.`,
      });
    seen.add(p.phase);
  }
  const byPhase = new Map(input.map((p) => [p.phase, p]));
  const start = byPhase.get('start_order')?.actualOn ?? null;
  const delivered = byPhase.get('delivery')?.actualOn ?? null;
  if (delivered && !start) {
    errors.push({
      field: 'phases.start_order.actualOn',
      message: "Une opération livrée a commencé : indiquez la date réelle de l'ordre de service.",
    });
  }
  if (delivered && start && delivered < start) {
    errors.push({
      field: 'phases.delivery.actualOn',
      message: `Livraison le ${fr(delivered)} avant le début des travaux (ordre de service le ${fr(start)}) : impossible.`,
    });
  }
  for (const which of ['plannedOn', 'actualOn'] as const) {
    let previous: { phase: Phase; date: string } | null = null;
    for (const phase of phases) {
      const date = byPhase.get(phase)?.[which];
      if (!date) continue;
      if (previous && date < previous.date) {
        const kind = which === 'plannedOn' ? 'prévue' : 'réelle';
        errors.push({
          field: `phases.${phase}.${which}`,
          message: `Phase « ${phaseLabels[phase]} » ${kind} le ${fr(date)}, avant la phase « ${phaseLabels[previous.phase]} » (${fr(previous.date)}) : les phases se suivent dans l'ordre.`,
        });
      }
      previous = { phase, date };
    }
  }
  return errors;
}

/** The status says what the dates say: delivered exactly when the actual delivery date is known. */
export function statusProblems(
  status: OperationStatus,
  percentComplete: number,
  actualDelivery: string | null,
): FieldError[] {
  if (status === 'delivered' && !actualDelivery)
    return [
      {
        field: 'phases.delivery.actualOn',
        message: 'Une opération livrée a une date réelle de réception / livraison.',
      },
    ];
  if (status !== 'delivered' && actualDelivery)
    return [{ field: 'status', message: "Une date réelle de livraison est donnée : l'état doit être « Livrée »." }];
  if (status === 'delivered' && percentComplete !== 100)
    return [{ field: 'percentComplete', message: 'Une opération livrée est avancée à 100 %.' }];
  return [];
}

export interface ClassedDwelling {
  field: string;
  label: string;
  classBefore: EnergyClass | null;
  targetClass: EnergyClass | null;
}

/** A renovation names a target class for each dwelling or group, never worse than its current class. */
export function classProblems(kind: OperationKind, dwellings: ClassedDwelling[]): FieldError[] {
  if (!isRenovation(kind)) return [];
  const errors: FieldError[] = [];
  for (const d of dwellings) {
    if (!d.targetClass) {
      errors.push({ field: d.field, message: `${d.label} : indiquez la classe visée après réhabilitation.` });
    } else if (d.classBefore && isWorseClass(d.targetClass, d.classBefore)) {
      errors.push({
        field: d.field,
        message: `${d.label} : la classe visée ${d.targetClass} est moins bonne que la classe actuelle ${d.classBefore} ; une réhabilitation ne dégrade pas l'étiquette.`,
      });
    }
  }
  return errors;
}

export interface FundingLineInput {
  source: FundingSource;
  amountCents: bigint;
  fundingAgreementId: string | null;
}

/**
 * HT ≤ TTC; Σ funding lines ≤ the cost (TTC, else HT); a Département line names its financial convention.
 * `financeHeld` is false for a convention whose money Copil does not hold (the 2021–2023 one, kept
 * for its history, has no envelopes): its Département lines are recorded amounts with no financial
 * convention to name, and its cost may be unknown; an amount given still may not exceed a cost given.
 */
export function fundingProblems(
  costExclTax: bigint | null,
  costInclTax: bigint | null,
  lines: FundingLineInput[],
  financeHeld = true,
): FieldError[] {
  const errors: FieldError[] = [];
  if (costExclTax !== null && costInclTax !== null && costExclTax > costInclTax) {
    errors.push({ field: 'costExclTax', message: 'Le coût HT dépasse le coût TTC.' });
  }
  lines.forEach((l, i) => {
    if (l.source === 'department' && !l.fundingAgreementId && financeHeld)
      errors.push({
        field: `fundingLines.${i}.fundingAgreementId`,
        message: 'Une subvention du Département est rattachée à une convention financière.',
      });
    if (l.source !== 'department' && l.fundingAgreementId)
      errors.push({
        field: `fundingLines.${i}.fundingAgreementId`,
        message: 'Seule une subvention du Département se rattache à une convention financière.',
      });
  });
  if (lines.length === 0) return errors;
  const cost = costInclTax ?? costExclTax;
  const total = lines.reduce((s, l) => s + l.amountCents, 0n);
  if (cost === null) {
    if (financeHeld)
      errors.push({ field: 'costInclTax', message: "Indiquez le coût de l'opération avant son plan de financement." });
  } else if (total > cost)
    errors.push({
      field: 'fundingLines',
      message: `Plan de financement refusé : ${formatCents(total)} de financements pour un coût de ${formatCents(cost)}.`,
    });
  return errors;
}

export interface Treatment {
  deliveredOn: string | null;
  targetClass: EnergyClass | null;
}

/** DESIGN §3: the target class of the latest operation delivered by t (on or before), else the DPE class. */
export function effectiveClassAt(dpeClass: EnergyClass | null, treatments: Treatment[], t: string): EnergyClass | null {
  const latest = treatments
    .filter(
      (x): x is { deliveredOn: string; targetClass: EnergyClass } =>
        x.deliveredOn !== null && x.deliveredOn <= t && x.targetClass !== null,
    )
    .sort((a, b) => b.deliveredOn.localeCompare(a.deliveredOn))[0];
  return latest?.targetClass ?? dpeClass;
}

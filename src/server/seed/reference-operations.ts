import type { Transaction } from 'kysely';
import type { OperationBody } from '../../contracts/operations';
import { recordAudit, SYSTEM_ACTOR } from '../platform/audit';
import type { Database } from '../platform/db/schema';
import type { BaselineMeasure } from '../platform/db/tables/operations';
import * as operations from '../domains/operations/operations.repository';
import * as forecasts from '../domains/operations/forecasts.repository';

/**
 * The operations of the 2021–2023 convention and the 2024–2033 forecast baseline, as the source
 * document states them (../shared/seed/convention-pas-de-calais-habitat-2024-2033.txt):
 * - the board report and Article 1: "une subvention de 4 millions d'euros au titre de la lutte
 *   contre la vacance technique pour remettre sur le marché locatif plus de 400 logements avant la
 *   fin de l'année 2024", "les premiers logements concernés par ce programme ont été remis en
 *   location" (so in progress, delivery planned by 31/12/2024, classes not stated);
 * - Article 1: "une subvention d'investissement de 3 millions d'euros au profit de la
 *   réhabilitation thermique" over 2021–2023 (dwellings and progress not stated);
 * - Article 2: maintenance "dans environ 2 500 logements chaque année" for "une enveloppe annuelle
 *   de dépenses de maintenance de 20 à 25 millions d'euros", and "chaque année 250 à 300 logements
 *   connaissent des travaux d'adaptation".
 * Each operation is written in the shape of the API's body, so a test checks it against the same
 * contract and rules as an operation entered by the office.
 */
const ARTICLE_1 = 'Convention 2024-2033, article 1 (bilan des partenariats 2021-2023)';
const ARTICLE_2 = 'Convention 2024-2033, article 2 (objectifs partagés 2024-2033)';

export const previousConventionOperations: (OperationBody & { reference: string })[] = [
  {
    reference: 'OP-2021-VAC',
    label: 'Lutte contre la vacance technique : remise en état de plus de 400 logements vacants',
    kind: 'vacant_renovation',
    programme: 'pmt_2022_2024',
    communeCode: null,
    residence: null,
    status: 'in_progress',
    percentComplete: 0,
    unclassifiedDwellings: 400,
    dwellings: [],
    classCounts: [],
    phases: [{ phase: 'delivery', plannedOn: '2024-12-31', actualOn: null }],
    fundingLines: [{ source: 'department', amount: 4_000_000_00n, fundingAgreementId: null }],
    risks: null,
    comments: `${ARTICLE_1} et rapport au conseil d'administration : subvention départementale de 4 M€ pour remettre plus de 400 logements vacants sur le marché locatif avant la fin de 2024 ; les premiers logements ont été remis en location. Classes énergétiques et avancement non précisés par la source : à compléter par l'office.`,
  },
  {
    reference: 'OP-2021-THE',
    label: 'Réhabilitation thermique 2021-2023 soutenue par le Département',
    kind: 'thermal_renovation',
    programme: 'pmt_2022_2024',
    communeCode: null,
    residence: null,
    status: 'in_progress',
    percentComplete: 0,
    unclassifiedDwellings: 0,
    dwellings: [],
    classCounts: [],
    phases: [],
    fundingLines: [{ source: 'department', amount: 3_000_000_00n, fundingAgreementId: null }],
    risks: null,
    comments: `${ARTICLE_1} : subvention d'investissement de 3 M€ mobilisée au profit de la réhabilitation thermique. Logements, phases et avancement non précisés par la source : à compléter par l'office.`,
  },
];

/** Dwellings, or cents for the spending; low = high for "about N". */
export const referenceForecastBaseline: { measure: BaselineMeasure; low: bigint; high: bigint; source: string }[] = [
  {
    measure: 'maintenance_dwellings',
    low: 2500n,
    high: 2500n,
    source: `${ARTICLE_2} : travaux de maintenance dans environ 2 500 logements chaque année.`,
  },
  {
    measure: 'maintenance_spending',
    low: 20_000_000_00n,
    high: 25_000_000_00n,
    source: `${ARTICLE_2} : enveloppe annuelle de dépenses de maintenance de 20 à 25 millions d'euros.`,
  },
  {
    measure: 'adaptations',
    low: 250n,
    high: 300n,
    source: `${ARTICLE_2} : chaque année 250 à 300 logements connaissent des travaux d'adaptation.`,
  },
];

type Trx = Transaction<Database>;

export async function seedPreviousOperations(
  trx: Trx,
  previousConventionId: string,
  landlordId: string,
): Promise<void> {
  const now = new Date();
  for (const o of previousConventionOperations) {
    const { id } = await operations.insertOperation(trx, {
      convention_id: previousConventionId,
      organisation_id: landlordId,
      reference: o.reference,
      label: o.label,
      kind: o.kind,
      programme: o.programme,
      commune_code: o.communeCode ?? null,
      residence: o.residence ?? null,
      status: o.status,
      percent_complete: o.percentComplete,
      unclassified_dwellings: o.unclassifiedDwellings ?? 0,
      risks: o.risks ?? null,
      comments: o.comments ?? null,
      created_by: null,
      created_at: now,
      updated_at: now,
    });
    await operations.replaceChildren(trx, id, {
      dwellings: [],
      classCounts: [],
      phases: o.phases.map((p) => ({
        operation_id: id,
        phase: p.phase,
        planned_on: p.plannedOn ?? null,
        actual_on: p.actualOn ?? null,
      })),
      fundingLines: o.fundingLines.map((l, position) => ({
        operation_id: id,
        position,
        source: l.source,
        amount_cents: l.amount,
        funding_agreement_id: null,
      })),
    });
    await recordAudit(trx, SYSTEM_ACTOR, { entityType: 'operation', entityId: id, action: 'seed', after: o });
  }
}

export async function seedForecastBaseline(trx: Trx, conventionId: string): Promise<void> {
  for (const b of referenceForecastBaseline) {
    await forecasts.insertBaseline(trx, {
      convention_id: conventionId,
      measure: b.measure,
      low_value: b.low,
      high_value: b.high,
      source: b.source,
    });
  }
  await recordAudit(trx, SYSTEM_ACTOR, {
    entityType: 'convention',
    entityId: conventionId,
    action: 'seed',
    after: { forecastBaseline: referenceForecastBaseline },
  });
}

import type { Transaction } from 'kysely';
import type { IndicatorComputation, IndicatorDirection, IndicatorParty } from '../../contracts/indicators';
import { recordAudit, SYSTEM_ACTOR } from '../platform/audit';
import type { Database } from '../platform/db/schema';
import * as repo from '../domains/indicators/indicators.repository';

/**
 * The indicators the 2024–2033 convention names, with the history and targets it states. Every
 * figure is quoted from ../shared/seed/convention-pas-de-calais-habitat-2024-2033.txt; `source`
 * says where. Years before 2024 are the 2021–2023 review (Article 1).
 */
interface SeedIndicator {
  code: string;
  objective: string;
  axis: string | null;
  label: string;
  unit: string;
  direction: IndicatorDirection;
  party: IndicatorParty;
  service: string | null;
  measurement: string;
  computation: IndicatorComputation | null;
  targets: { years: number[]; target: string; comment: string }[];
  values: { period: string; value: string; comment: string | null; source: string }[];
}

const ARTICLE_1 = 'Convention 2024-2033, article 1 (bilan des partenariats 2021-2023)';
const ARTICLE_2 = 'Convention 2024-2033, article 2 (objectifs partagés 2024-2033)';
const everyYear = [2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033];

export const referenceIndicators: SeedIndicator[] = [
  {
    code: 'RENOV-EFG',
    objective: '1',
    axis: '1.1',
    label: 'Logements classés E, F ou G réhabilités (cumul depuis 2024)',
    unit: 'logements',
    direction: 'higher',
    party: 'landlord',
    service: null,
    measurement:
      "Logements dont la classe retenue était interdite à une échéance du calendrier et qu'une opération livrée en a fait sortir.",
    computation: 'renovated_dwellings',
    targets: [
      { years: [2024], target: '205', comment: 'Les 205 logements en classe G au 1er janvier 2025' },
      { years: [2027], target: '1465', comment: '205 logements G et 1 260 logements F au 1er janvier 2028' },
      {
        years: [2033],
        target: '10245',
        comment: 'Les 10 245 logements soumis aux obligations de la loi Elan (G 2025, F 2028, E 2034)',
      },
    ],
    values: [],
  },
  {
    code: 'INTERDITS',
    objective: '1',
    axis: '1.1',
    label: "Logements encore interdits de location à l'échéance suivante",
    unit: 'logements',
    direction: 'lower',
    party: 'landlord',
    service: null,
    measurement:
      "Logements dont la classe sera interdite à la prochaine échéance et qu'aucune opération livrée n'en a fait sortir (trajectoire du patrimoine au 31 décembre).",
    computation: 'banned_dwellings',
    targets: [
      { years: [2024], target: '0', comment: 'Plus aucun logement G loué au 1er janvier 2025' },
      { years: [2027], target: '0', comment: 'Plus aucun logement F ou G loué au 1er janvier 2028' },
      { years: [2033], target: '0', comment: 'Plus aucun logement E, F ou G loué au 1er janvier 2034' },
    ],
    values: [],
  },
  {
    code: 'MAINT-LOG',
    objective: '1',
    axis: '1.1',
    label: 'Logements ayant bénéficié de travaux de maintenance',
    unit: 'logements',
    direction: 'higher',
    party: 'landlord',
    service: null,
    measurement: "Logements des opérations de maintenance livrées dans l'année (date de réception réelle).",
    computation: 'maintenance_dwellings',
    targets: [{ years: everyYear, target: '2500', comment: 'Environ 2 500 logements chaque année' }],
    values: [],
  },
  {
    code: 'MAINT-EUR',
    objective: '1',
    axis: '1.1',
    label: 'Dépenses annuelles de maintenance de l’office',
    unit: '€',
    direction: 'higher',
    party: 'landlord',
    service: null,
    measurement: "Dépenses de maintenance de l'année, déclarées par l'office.",
    computation: null,
    targets: [{ years: everyYear, target: '20000000', comment: 'Une enveloppe annuelle de 20 à 25 millions d’euros' }],
    values: [],
  },
  {
    code: 'SUBV-VERSEES',
    objective: '1',
    axis: null,
    label: 'Subventions versées par le Département',
    unit: '€',
    direction: 'higher',
    party: 'department',
    service: 'Direction accompagnement des territoires',
    measurement: "Somme des versements mandatés dans l'année sur les enveloppes de la convention.",
    computation: 'subsidies_paid',
    targets: [],
    values: [],
  },
  {
    code: 'ADAPT',
    objective: '2',
    axis: '2.2',
    label: 'Logements adaptés à la perte d’autonomie',
    unit: 'logements',
    direction: 'higher',
    party: 'landlord',
    service: null,
    measurement: "Logements des opérations d'adaptation livrées dans l'année (date de réception réelle).",
    computation: 'adaptations_delivered',
    targets: [{ years: everyYear, target: '250', comment: 'Chaque année 250 à 300 logements' }],
    values: [],
  },
  {
    code: 'SENIORS',
    objective: '2',
    axis: '2.2',
    label: 'Locataires de plus de 65 ans',
    unit: 'locataires',
    direction: 'higher',
    party: 'landlord',
    service: null,
    measurement:
      "Locataires de l'office âgés de plus de 65 ans au cours de l'année (indicateur de contexte, sans cible).",
    computation: null,
    targets: [],
    values: [
      {
        period: '2022',
        value: '9708',
        comment: 'Plus de 9 708 locataires de plus de 65 ans en 2022',
        source: ARTICLE_2,
      },
    ],
  },
  {
    code: 'J1J1L',
    objective: '2',
    axis: '2.2',
    label: 'Jeunes relogés par le dispositif « 1 jeune 1 logement »',
    unit: 'jeunes',
    direction: 'higher',
    party: 'landlord',
    service: null,
    measurement: "Jeunes relogés dans l'année au titre du dispositif, avec le soutien financier du Département.",
    computation: null,
    targets: [],
    values: [
      { period: '2021', value: '35', comment: null, source: ARTICLE_1 },
      { period: '2022', value: '37', comment: null, source: ARTICLE_1 },
    ],
  },
  {
    code: 'ASE',
    objective: '2',
    axis: '2.2',
    label: 'Jeunes ayant eu un parcours ASE relogés depuis 2019 (cumul)',
    unit: 'jeunes',
    direction: 'higher',
    party: 'landlord',
    service: null,
    measurement:
      "Jeunes majeurs ayant eu un parcours à l'aide sociale à l'enfance relogés par l'office depuis le lancement du dispositif « solutions logement » en 2019.",
    computation: null,
    targets: [],
    values: [
      {
        period: '2023',
        value: '82',
        comment: 'En novembre 2023, depuis le lancement du dispositif en 2019',
        source: ARTICLE_1,
      },
    ],
  },
  {
    code: 'VIF-FORM',
    objective: '2',
    axis: '2.2',
    label: 'Salariés de l’office formés aux violences conjugales et intrafamiliales (cumul)',
    unit: 'salariés',
    direction: 'higher',
    party: 'landlord',
    service: null,
    measurement:
      'Salariés ayant suivi le programme de sensibilisation issu de la convention du 25 mars 2021 avec la Fédération nationale Solidarité femmes.',
    computation: null,
    targets: [],
    values: [
      {
        period: '2023',
        value: '120',
        comment: 'Cumul depuis le 25 mars 2021, tel que cité par la convention signée en 2024',
        source: ARTICLE_2,
      },
    ],
  },
  {
    code: 'ACCUEIL',
    objective: '4',
    axis: '4.1',
    label: 'Lieux d’accueil de l’office',
    unit: 'lieux',
    direction: 'higher',
    party: 'landlord',
    service: null,
    measurement: 'Agences, points de contact et permanences communales ouverts au public.',
    computation: null,
    targets: [],
    values: [
      {
        period: '2023',
        value: '73',
        comment:
          '31 agences, 10 points de contact et 32 permanences communales en 2023 (contre 7 permanences auparavant)',
        source: ARTICLE_2,
      },
    ],
  },
];

/** Loads the indicators, targets and known history of the reference convention. */
export async function seedIndicators(trx: Transaction<Database>, conventionId: string): Promise<void> {
  const [objectives, axes] = await Promise.all([
    trx.selectFrom('objectives').select(['id', 'code']).where('convention_id', '=', conventionId).execute(),
    trx.selectFrom('axes').select(['id', 'code']).where('convention_id', '=', conventionId).execute(),
  ]);
  const now = new Date();
  for (const [position, s] of referenceIndicators.entries()) {
    const objective = objectives.find((o) => o.code === s.objective);
    if (!objective) throw new Error(`seed: objective ${s.objective} missing for indicator ${s.code}`);
    const { id } = await repo.insertIndicator(trx, {
      convention_id: conventionId,
      objective_id: objective.id,
      axis_id: s.axis ? (axes.find((a) => a.code === s.axis)?.id ?? null) : null,
      code: s.code,
      label: s.label,
      unit: s.unit,
      direction: s.direction,
      frequency: 'yearly',
      responsible_party: s.party,
      responsible_service: s.service,
      measurement: s.measurement,
      computation: s.computation,
      position,
      created_at: now,
    });
    await repo.insertTargets(
      trx,
      s.targets.flatMap((t) =>
        t.years.map((year) => ({ indicator_id: id, year, target: t.target, comment: t.comment })),
      ),
    );
    for (const v of s.values) {
      await repo.insertValue(trx, {
        indicator_id: id,
        period: v.period,
        year: Number(v.period.slice(0, 4)),
        value: v.value,
        comment: v.comment,
        source: v.source,
        evidence_document_id: null,
        entered_by: null,
        entered_by_label: SYSTEM_ACTOR.label,
        entered_at: now,
      });
    }
    await recordAudit(trx, SYSTEM_ACTOR, {
      entityType: 'indicator',
      entityId: id,
      action: 'seed',
      after: { code: s.code, targets: s.targets, values: s.values },
    });
  }
}

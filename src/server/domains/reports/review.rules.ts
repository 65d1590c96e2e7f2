import { followUpBlocks, type FollowUpInput } from './review-followup.rules';
import {
  commitmentPartyLabels,
  commitmentStatusLabels,
  type CommitmentParty,
  type CommitmentStatus,
} from '../../../contracts/convention-content';
import { formatDateFr } from '../../../contracts/dates';
import { formatEuros, formatNumber } from '../../../contracts/format';
import { actionItemStatusLabels, type ActionItemStatus } from '../../../contracts/governance';
import { targetStatusLabels, type IndicatorDirection, type TargetStatus } from '../../../contracts/indicators';
import { operationKindLabels, type OperationKind } from '../../../contracts/operations';
import { dutyCounts, type InstanceStatus } from '../obligations/obligations.queries';
import type { ChartBar } from './chart';

/**
 * The annual review (and the COPIL pack) as a document model, built from the figures the pages
 * show: headings, paragraphs, tables and one chart. Pure: review.pdf.ts and review.docx.ts lay the
 * same model out, and tests read its text.
 */

export type ReviewBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string; italics?: boolean }
  | { kind: 'table'; caption: string; header: string[]; rows: string[][]; numeric?: number[] }
  | { kind: 'chart'; title: string; bars: ChartBar[] };

export interface ReviewDocument {
  title: string;
  subtitle: string;
  conventionTitle: string;
  parties: string[];
  generatedOn: string;
  blocks: ReviewBlock[];
}

export interface ReviewInput {
  year: number;
  today: string;
  /** The day every figure is taken on: 31/12 of the year (today while the year runs). */
  asOf: string;
  convention: {
    title: string;
    periodStart: string;
    periodEnd: string;
    parties: { name: string; role: string; signatories: string[] }[];
  };
  objectives: {
    code: string;
    title: string;
    axes: {
      code: string;
      title: string;
      commitments: {
        code: string;
        party: CommitmentParty;
        text: string;
        status: CommitmentStatus | null;
        comment: string | null;
      }[];
    }[];
  }[];
  partnerCommitments: {
    code: string;
    title: string;
    commitments: {
      code: string;
      party: CommitmentParty;
      text: string;
      status: CommitmentStatus | null;
      comment: string | null;
    }[];
  }[];
  indicators: {
    code: string;
    label: string;
    unit: string;
    objectiveCode: string;
    direction: IndicatorDirection;
    target: string | null;
    value: string | null;
    status: TargetStatus;
    source: string | null;
  }[];
  envelopes: {
    label: string;
    amount: string;
    allocatedYear: string;
    committedYear: string;
    paidYear: string;
    paidTotal: string;
    left: string;
  }[];
  operations: { kind: OperationKind; operations: number; dwellings: number }[];
  trajectory: {
    asOf: string;
    isDemo: boolean;
    deadlines: {
      date: string;
      banned: number;
      delivered: number;
      planned: number;
      notProgrammed: number;
      /** Of the delivered and planned: dwellings counted by class, not yet picked one by one (issue #21). */
      deliveredCounted: number;
      plannedCounted: number;
    }[];
  } | null;
  sessions: { heldOn: string; bodyName: string; place: string | null }[];
  decisions: { reference: string; decidedOn: string; title: string; bodyName: string }[];
  meetingDecisions: { heldOn: string; bodyName: string; text: string }[];
  actionItems: { heldOn: string; bodyName: string; title: string; dueOn: string | null; status: ActionItemStatus }[];
  /** The year's duty instances with their status as of the review's date (obligations.queries). */
  duties: {
    title: string;
    party: 'department' | 'landlord';
    dueOn: string;
    doneOn: string | null;
    status: InstanceStatus;
    doneLate: boolean;
  }[];
  /** Article 3 follow-up: events reported in the year, guarantee requests in examination (review-followup.rules). */
  reportedEvents: FollowUpInput['reportedEvents'];
  guaranteesInExamination: FollowUpInput['guaranteesInExamination'];
  /** The COPIL pack only: the draft of next year's application. */
  forecast?: {
    year: number;
    status: 'draft' | 'submitted' | 'returned' | 'accepted' | null;
    renovationsByClass: Record<string, number>;
    maintenanceDwellings: number;
    adaptations: number;
    investmentRequested: string;
    operatingRequested: string;
  } | null;
}

const date = (iso: string) => formatDateFr(iso);
export const figure = (value: string | null, unit: string) =>
  value === null ? '—' : unit === '€' ? formatEuros(value) : `${formatNumber(value)} ${unit}`;

/** Value as a share of the target, for indicators where "reaching" means going up to a positive target. */
export function chartBars(indicators: ReviewInput['indicators']): ChartBar[] {
  return indicators
    .filter((i) => i.direction === 'higher' && i.target !== null && Number(i.target) > 0 && i.value !== null)
    .map((i) => ({
      label: i.code,
      percent: Math.round((Number(i.value) / Number(i.target)) * 1000) / 10,
      onTarget: i.status === 'on_target',
    }));
}

/** The review's wording of a status computed by the obligations (never recomputed here). */
export function dutyState(d: { status: InstanceStatus; doneLate: boolean }): 'met' | 'met_late' | 'late' | 'upcoming' {
  if (d.status === 'done') return d.doneLate ? 'met_late' : 'met';
  return d.status === 'late' ? 'late' : 'upcoming';
}
const dutyStateLabels = {
  met: 'Faite à temps',
  met_late: 'Faite en retard',
  late: 'En retard',
  upcoming: 'À venir',
} as const;

function commitmentsTable(
  caption: string,
  commitments: ReviewInput['objectives'][number]['axes'][number]['commitments'],
): ReviewBlock {
  return {
    kind: 'table',
    caption,
    header: ['Engagement', 'Partie', 'État', 'Commentaire'],
    rows: commitments.map((c) => [
      `${c.code} — ${c.text}`,
      commitmentPartyLabels[c.party],
      c.status ? commitmentStatusLabels[c.status] : 'Non renseigné',
      c.comment ?? '',
    ]),
  };
}

function indicatorsTable(caption: string, indicators: ReviewInput['indicators']): ReviewBlock {
  return {
    kind: 'table',
    caption,
    header: ['Indicateur', 'Cible', 'Valeur', 'Situation'],
    rows: indicators.map((i) => [
      `${i.code} — ${i.label}`,
      figure(i.target, i.unit),
      figure(i.value, i.unit),
      targetStatusLabels[i.status],
    ]),
    numeric: [1, 2],
  };
}

export function buildReview(input: ReviewInput): ReviewDocument {
  const { year } = input;
  const blocks: ReviewBlock[] = [];
  const h1 = (text: string) => blocks.push({ kind: 'heading', level: 1, text });
  const h2 = (text: string) => blocks.push({ kind: 'heading', level: 2, text });
  const p = (text: string, italics = false) => blocks.push({ kind: 'paragraph', text, italics });

  h1('1. Objectifs et engagements');
  p(
    `État des engagements de la convention pour l'année ${year}, objectif par objectif, et indicateurs rattachés à chaque objectif au regard de leur cible ${year}.`,
  );
  for (const o of input.objectives) {
    h2(`Objectif ${o.code}. ${o.title}`);
    for (const a of o.axes) blocks.push(commitmentsTable(`Axe ${a.code} — ${a.title}`, a.commitments));
    const indicators = input.indicators.filter((i) => i.objectiveCode === o.code);
    if (indicators.length > 0)
      blocks.push(indicatorsTable(`Indicateurs de l'objectif ${o.code} en ${year}`, indicators));
  }
  if (input.partnerCommitments.length > 0) {
    h2('Engagements des partenaires (article 3)');
    for (const a of input.partnerCommitments) blocks.push(commitmentsTable(`${a.code} — ${a.title}`, a.commitments));
  }

  h1('2. Indicateurs et cibles');
  const bars = chartBars(input.indicators);
  if (bars.length > 0) {
    blocks.push({ kind: 'chart', title: `Réalisation des cibles ${year} (valeur en % de la cible)`, bars });
    p(
      'Barre pleine : cible atteinte ; barre évidée : en deçà de la cible. Les valeurs figurent dans le tableau ci-dessous.',
      true,
    );
  } else p(`Aucun indicateur n'a à la fois une cible et une valeur en ${year}.`);
  blocks.push(indicatorsTable(`Tous les indicateurs en ${year}`, input.indicators));

  h1('3. Finances');
  p(
    `Montants votés, alloués, engagés et versés sur les enveloppes de la convention ; l'année ${year} et le cumul depuis le début de la convention, au ${date(input.asOf)} (révisions et versements datés jusqu'à ce jour).`,
  );
  // One column per envelope, one row per figure: the table fits a portrait page in the PDF and the DOCX.
  const on = date(input.asOf);
  const envelopeRow = (label: string, value: (e: ReviewInput['envelopes'][number]) => string) => [
    label,
    ...input.envelopes.map((e) => formatEuros(value(e))),
  ];
  blocks.push({
    kind: 'table',
    caption: `Enveloppes en ${year}, au ${on}`,
    header: ['Montant', ...input.envelopes.map((e) => e.label)],
    rows:
      input.envelopes.length === 0
        ? []
        : [
            envelopeRow(`Voté (révisé au ${on})`, (e) => e.amount),
            envelopeRow(`Alloué ${year}`, (e) => e.allocatedYear),
            envelopeRow(`Engagé ${year}`, (e) => e.committedYear),
            envelopeRow(`Versé ${year}`, (e) => e.paidYear),
            envelopeRow(`Versé (cumul au ${on})`, (e) => e.paidTotal),
            envelopeRow(`Reste à verser au ${on}`, (e) => e.left),
          ],
    numeric: input.envelopes.map((_, i) => i + 1),
  });

  h1('4. Opérations et trajectoire du patrimoine');
  if (input.operations.length === 0) p(`Aucune opération livrée en ${year}.`);
  else
    blocks.push({
      kind: 'table',
      caption: `Opérations livrées en ${year}`,
      header: ['Nature', 'Opérations', 'Logements'],
      rows: input.operations.map((o) => [
        operationKindLabels[o.kind],
        formatNumber(o.operations),
        formatNumber(o.dwellings),
      ]),
      numeric: [1, 2],
    });
  if (input.trajectory) {
    blocks.push({
      kind: 'table',
      caption: `Trajectoire au ${date(input.trajectory.asOf)}${input.trajectory.isDemo ? ' (patrimoine de démonstration)' : ''}`,
      header: ['Échéance', 'Interdits', 'Livrés', 'Programmés', 'Non programmés'],
      rows: input.trajectory.deadlines.map((d) => [
        date(d.date),
        formatNumber(d.banned),
        formatNumber(d.delivered),
        formatNumber(d.planned),
        formatNumber(d.notProgrammed),
      ]),
      numeric: [1, 2, 3, 4],
    });
    const counted = input.trajectory.deadlines.filter((d) => d.deliveredCounted + d.plannedCounted > 0);
    if (counted.length > 0)
      p(
        `Dont logements dénombrés par classe (opérations dont les logements ne sont pas encore désignés un à un) : ${counted
          .map(
            (d) =>
              `au ${date(d.date)}, ${formatNumber(d.deliveredCounted)} livrés et ${formatNumber(d.plannedCounted)} programmés`,
          )
          .join(' ; ')}.`,
      );
  }

  h1(`5. Gouvernance ${year}`);
  if (input.sessions.length === 0) p(`Aucune séance ni réunion en ${year}.`);
  else
    blocks.push({
      kind: 'table',
      caption: `Séances et réunions ${year}`,
      header: ['Date', 'Instance', 'Lieu'],
      rows: input.sessions.map((s) => [date(s.heldOn), s.bodyName, s.place ?? '']),
    });
  if (input.decisions.length > 0) {
    blocks.push({
      kind: 'table',
      caption: `Délibérations ${year}`,
      header: ['Référence', 'Date', 'Instance', 'Objet'],
      rows: input.decisions.map((d) => [d.reference, date(d.decidedOn), d.bodyName, d.title]),
    });
  }
  if (input.meetingDecisions.length > 0) {
    blocks.push({
      kind: 'table',
      caption: `Décisions du COPIL et du COTECH ${year}`,
      header: ['Date', 'Instance', 'Décision'],
      rows: input.meetingDecisions.map((d) => [date(d.heldOn), d.bodyName, d.text]),
    });
  }
  if (input.actionItems.length > 0) {
    blocks.push({
      kind: 'table',
      caption: `Actions de suivi décidées en ${year}`,
      header: ['Réunion', 'Action', 'Échéance', 'État'],
      rows: input.actionItems.map((a) => [
        `${a.bodyName}, ${date(a.heldOn)}`,
        a.title,
        a.dueOn ? date(a.dueOn) : '',
        actionItemStatusLabels[a.status],
      ]),
    });
  }

  h1(`6. Obligations ${year}`);
  const states = input.duties.map((d) => dutyState(d));
  const counts = dutyCounts(input.duties);
  if (input.duties.length === 0) p(`Aucune échéance en ${year}.`);
  else {
    p(
      `${formatNumber(counts.total)} échéances en ${year} : ${formatNumber(counts.done)} remplies, dont ${formatNumber(counts.doneLate)} en retard ; ${formatNumber(counts.late)} en retard non remplies.`,
    );
    blocks.push({
      kind: 'table',
      caption: `Échéances ${year}`,
      header: ['Obligation', 'Partie', 'Échéance', 'Faite le', 'État'],
      rows: input.duties.map((d, i) => [
        d.title,
        d.party === 'department' ? 'Département' : 'Office',
        date(d.dueOn),
        d.doneOn ? date(d.doneOn) : '',
        dutyStateLabels[states[i]!],
      ]),
    });
  }

  blocks.push(...followUpBlocks(input));

  if (input.forecast !== undefined) {
    const forecastStatusWords = {
      draft: ', brouillon de l’office',
      submitted: ', transmis par l’office',
      returned: ', renvoyé à l’office par le Département',
      accepted: ', transmis par l’office et accepté par le Département',
    } as const;
    const next = year + 1;
    h1(`7. Projet de demande ${next}`);
    const f = input.forecast;
    if (!f) p(`Le prévisionnel de volumes ${next} n'a pas encore été établi par l'office.`);
    else {
      p(`Prévisionnel de volumes et montants demandés pour ${next}${forecastStatusWords[f.status ?? 'draft']}.`);
      blocks.push({
        kind: 'table',
        caption: `Volumes prévus en ${next}`,
        header: ['Nature', 'Logements'],
        rows: [
          ...Object.entries(f.renovationsByClass)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([cls, n]) => [`Réhabilitation de logements classés ${cls}`, formatNumber(n)]),
          ['Maintenance', formatNumber(f.maintenanceDwellings)],
          ['Adaptation à la perte d’autonomie', formatNumber(f.adaptations)],
        ],
        numeric: [1],
      });
      blocks.push({
        kind: 'table',
        caption: `Montants demandés pour ${next}`,
        header: ['Section', 'Montant demandé'],
        rows: [
          ['Investissement (autorisation de programme)', formatEuros(f.investmentRequested)],
          ["Fonctionnement (autorisation d'engagement)", formatEuros(f.operatingRequested)],
        ],
        numeric: [1],
      });
    }
  }

  return {
    title: input.forecast !== undefined ? `Dossier du COPIL ${year}` : `Bilan annuel ${year}`,
    subtitle:
      input.forecast !== undefined ? `Bilan ${year} et projet de demande ${year + 1}` : `Bilan de l'année ${year}`,
    conventionTitle: input.convention.title,
    parties: input.convention.parties.map(
      (party) => `${party.name} (${party.role})${party.signatories.length ? ` — ${party.signatories.join(', ')}` : ''}`,
    ),
    generatedOn: input.today,
    blocks,
  };
}

/** Every line of text of the document, in reading order (tests, plain-text uses). */
export function reviewText(doc: ReviewDocument): string[] {
  return [
    doc.title,
    doc.subtitle,
    doc.conventionTitle,
    ...doc.parties,
    ...doc.blocks.flatMap((b) =>
      b.kind === 'table'
        ? [b.caption, b.header.join(' | '), ...b.rows.map((r) => r.join(' | '))]
        : b.kind === 'chart'
          ? [b.title]
          : [b.text],
    ),
  ];
}

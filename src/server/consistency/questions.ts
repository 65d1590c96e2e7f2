import { centsToEuros } from '../../contracts/money';
import { targetStatusLabels } from '../../contracts/indicators';
import { instanceStatusLabels } from '../../contracts/obligations';
import type { DecisionView } from '../../contracts/governance-sessions';
import type { InstanceView } from '../../contracts/obligations';
import {
  envelopePositionsAsOf,
  guaranteeRequestsInExaminationAsOf,
  paidByYear,
} from '../domains/finance/finance.queries';
import { decisionsWithFigures } from '../domains/governance/governance.queries';
import { figure } from '../domains/reports/review.rules';
import {
  dutyInstancesOfYear,
  lateDutiesAsOf,
  nextMeetingsDue,
  reportedEventCountsAsOf,
  reportedEventsOfYear,
} from '../domains/obligations/obligations.queries';
import { normalise } from '../test/documents';
import {
  eurosText,
  isoOf,
  countsOf,
  inYear,
  reviewDutyCounts,
  allocationDuty,
  reviewDoneOn,
  meetingsDueIn,
  envelopesAtYearEnd,
  envelopesFromModel,
  envelopesFromText,
  pickToday,
  sheetEnvelopes,
  decisionTruth,
  scdlVotesTruth,
  votesOf,
  indicatorsOfYear,
  reviewIndicators,
  trajectoryAsOf,
  pickDeadline,
  sheetDeadlines,
  deadlineText,
  deadlinePdfText,
  deadlinesFromModel,
  deadlinesFromText,
  bannedAtNext,
  reviewReportedEvents,
  reviewGuaranteesInExamination,
} from './readers';
import { REVIEW_YEAR, surfaces as s, YEAR_END, type World } from './world';

/** A decimal string or a number cell as a number; empty stays null. */
const asNumber = (v: unknown): number | null => (v === null || v === undefined || v === '' ? null : Number(v));

/**
 * The questions the consistency suite asks, each with its answer from the owning domain's
 * published query (`truth`) and every surface that shows it (`surfaces`: its page's API, the
 * dashboard, the review and COPIL pack model, PDF and DOCX, the workbook and exports, the evidence
 * bundle). A surface joins by adding a line to the question's table; the answer it gives is
 * compared with the truth as is.
 */
export interface Question {
  question: string;
  truth: (w: World) => Promise<unknown>;
  surfaces: Record<string, (w: World) => Promise<unknown>>;
}

export const questions: Question[] = [
  {
    question: `échéances ${REVIEW_YEAR} au 31/12/${REVIEW_YEAR} : nombre, remplies, remplies en retard, en retard`,
    truth: async (w) => countsOf(await dutyInstancesOfYear(w.engine.db, w.conventionId, REVIEW_YEAR, YEAR_END)),
    surfaces: {
      'calendrier (API, asOf)': async (w) => countsOf((await s.calendar(w, YEAR_END)).filter(inYear)),
      'bilan annuel (modèle)': async (w) => reviewDutyCounts((await s.reviewModel(w, false)).join('\n')),
      'dossier du COPIL (modèle)': async (w) => reviewDutyCounts((await s.reviewModel(w, true)).join('\n')),
      'bilan annuel (PDF)': async (w) => reviewDutyCounts(await s.reviewPdf(w, false)),
      'bilan annuel (DOCX)': async (w) => reviewDutyCounts(await s.reviewDocx(w, false)),
      'dossier du COPIL (PDF)': async (w) => reviewDutyCounts(await s.reviewPdf(w, true)),
    },
  },
  {
    question: 'échéances en retard au jour',
    truth: async (w) => (await lateDutiesAsOf(w.engine.db, w.conventionId, w.today)).length,
    surfaces: {
      'calendrier (API)': async (w) => (await s.calendar(w)).filter((v) => v.status === 'late').length,
      'tableau de bord (API)': async (w) => (await s.dashboard(w)).lateDuties.count,
      'classeur (Obligations)': async (w) =>
        (await s.workbook(w, 'Obligations')).filter((r) => r['Statut'] === instanceStatusLabels.late).length,
      'dossier de preuves (obligations/echeances.json)': async (w) =>
        (await s.bundleJson<InstanceView[]>(w, w.today, 'obligations/echeances.json')).filter(
          (v) => v.status === 'late',
        ).length,
    },
  },
  {
    question: `délibération d'application ${REVIEW_YEAR} : faite le (au 31/12/${REVIEW_YEAR})`,
    truth: async (w) => (await allocationDuty(w, YEAR_END)).doneOn,
    surfaces: {
      'calendrier (API, asOf)': async (w) => {
        const id = (await allocationDuty(w, YEAR_END)).id;
        return (await s.calendar(w, YEAR_END)).find((v) => v.id === id)!.doneOn;
      },
      'bilan annuel (modèle)': (w) => reviewDoneOn(w, false),
      'dossier du COPIL (modèle)': (w) => reviewDoneOn(w, true),
    },
  },
  {
    question: `délibération d'application ${REVIEW_YEAR} : faite le, statut (au jour)`,
    truth: async (w) => {
      const d = await allocationDuty(w, w.today);
      return { doneOn: d.doneOn, status: d.status };
    },
    surfaces: {
      'calendrier (API)': async (w) => {
        const id = (await allocationDuty(w, w.today)).id;
        const v = (await s.calendar(w)).find((x) => x.id === id)!;
        return { doneOn: v.doneOn, status: v.status };
      },
      'classeur (Obligations, « Faite le »)': async (w) => {
        const d = await allocationDuty(w, w.today);
        const row = (await s.workbook(w, 'Obligations')).find(
          (r) => r['Code'] === d.code && r['Période'] === d.periodKey,
        )!;
        return {
          doneOn: isoOf(row['Faite le']),
          status: Object.entries(instanceStatusLabels).find(([, l]) => l === row['Statut'])![0],
        };
      },
      'tableau de bord (absente des retards)': async (w) => {
        const d = await allocationDuty(w, w.today);
        const late = (await s.dashboard(w)).lateDuties.items.some((i) => i.id === d.id);
        return late ? { doneOn: null, status: 'late' } : { doneOn: d.doneOn, status: d.status };
      },
    },
  },
  {
    question: 'prochaines réunions dues (COPIL, COTECH) au jour',
    truth: async (w) =>
      (await nextMeetingsDue(w.engine.db, w.conventionId, w.today)).map((m) => ({ code: m.code, dueOn: m.dueOn })),
    surfaces: {
      'tableau de bord (API)': async (w) =>
        (await s.dashboard(w)).meetingsDue.map((m) => ({ code: m.code, dueOn: m.dueOn })),
      'calendrier (API)': async (w) => meetingsDueIn(await s.calendar(w), w.today),
    },
  },
  {
    question: `enveloppes au 31/12/${REVIEW_YEAR} : voté (révisé), alloué, engagé, versé ${REVIEW_YEAR}, versé cumulé, reste à verser`,
    truth: envelopesAtYearEnd,
    surfaces: {
      'bilan annuel (modèle)': async (w) => envelopesFromModel(await s.reviewModel(w, false)),
      'dossier du COPIL (modèle)': async (w) => envelopesFromModel(await s.reviewModel(w, true)),
      'bilan annuel (PDF)': async (w) => envelopesFromText(await s.reviewPdf(w, false), 2),
      'bilan annuel (DOCX)': async (w) => envelopesFromText(await s.reviewDocx(w, false), 2),
      'dossier du COPIL (PDF)': async (w) => envelopesFromText(await s.reviewPdf(w, true), 2),
      'dossier du COPIL (DOCX)': async (w) => envelopesFromText(await s.reviewDocx(w, true), 2),
    },
  },
  {
    question: 'enveloppes au jour : montant révisé, alloué, engagé, versé, reste à allouer, reste à verser',
    truth: async (w) => (await envelopePositionsAsOf(w.engine.db, w.conventionId, w.today)).map(pickToday),
    surfaces: {
      'finances (API)': async (w) =>
        (await s.finance(w)).envelopes.map((e) => pickToday({ kind: e.kind, amount: e.amount, ...e.totals })),
      'tableau de bord (API)': async (w) => (await s.dashboard(w)).envelopes.map(pickToday),
      'export finances.xlsx (Enveloppes)': async (w) => sheetEnvelopes(await s.financeXlsx(w, 'Enveloppes')),
      'classeur (Enveloppes)': async (w) => sheetEnvelopes(await s.workbook(w, 'Enveloppes')),
    },
  },
  {
    question: 'prévision au jour : années restantes, années sans délibération, rythme nécessaire, dans les temps',
    truth: async (w) =>
      (await envelopePositionsAsOf(w.engine.db, w.conventionId, w.today)).map((e) => ({ kind: e.kind, ...e.forecast })),
    surfaces: {
      'finances (API)': async (w) => (await s.finance(w)).envelopes.map((e) => ({ kind: e.kind, ...e.forecast })),
    },
  },
  {
    question: 'délibérations : présents, représentés, ne prennent pas part, pour, contre, abstentions',
    truth: decisionTruth,
    surfaces: {
      'délibération (API)': async (w) =>
        Promise.all(
          (await decisionsWithFigures(w.engine.db, w.conventionId)).map(async (d) =>
            votesOf(d.reference, (await s.decision(w, d.id)).votes),
          ),
        ),
      'séance (API, point de l’ordre du jour)': async (w) =>
        Promise.all(
          (await decisionsWithFigures(w.engine.db, w.conventionId)).map(async (d) => {
            const item = (await s.session(w, d.session_id)).items.find((i) => i.id === d.agenda_item_id)!;
            return {
              reference: d.reference,
              present: item.participation.present,
              represented: item.participation.represented,
              notTakingPart: item.participation.notTakingPart,
              for: item.vote?.for ?? 0,
              against: item.vote?.against ?? 0,
              abstention: item.vote?.abstention ?? 0,
            };
          }),
        ),
      'classeur (Gouvernance)': async (w) =>
        (await s.workbook(w, 'Gouvernance')).map((r) => ({
          reference: r['Référence'],
          present: r['Présents'],
          represented: r['Représentés'],
          notTakingPart: r['Ne prennent pas part au vote'],
          for: r['Pour'],
          against: r['Contre'],
          abstention: r['Abstentions'],
        })),
      'dossier de preuves (decisions/decisions.json)': async (w) =>
        (await s.bundleJson<DecisionView[]>(w, w.today, 'decisions/decisions.json')).map((d) =>
          votesOf(d.reference, d.votes),
        ),
    },
  },
  {
    question: 'délibérations : pour, contre, abstentions (données ouvertes SCDL)',
    truth: scdlVotesTruth,
    surfaces: {
      'export SCDL délibérations (CSV)': async (w) =>
        (await s.scdlDeliberations(w)).map((r) => ({
          reference: r['DELIB_ID'],
          for: r['VOTE_POUR'],
          against: r['VOTE_CONTRE'],
          abstention: r['VOTE_ABSTENTION'],
        })),
    },
  },
  {
    question: `indicateurs ${REVIEW_YEAR} : cible, valeur, situation`,
    // Figures compared as numbers: the API gives decimal strings, the workbook number cells (issue #20).
    truth: async (w) =>
      (await indicatorsOfYear(w)).map(({ i, y }) => ({
        code: i.code,
        target: asNumber(y.target),
        value: asNumber(y.value),
        status: targetStatusLabels[y.status],
      })),
    surfaces: {
      'indicateurs (API)': async (w) =>
        (await s.indicators(w, REVIEW_YEAR)).indicators
          .map((i) => ({ i, y: i.years.find((y) => y.year === REVIEW_YEAR) }))
          .filter(({ y }) => y !== undefined && (y.target !== null || y.value !== null))
          .map(({ i, y }) => ({
            code: i.code,
            target: asNumber(y!.target),
            value: asNumber(y!.value),
            status: targetStatusLabels[y!.status],
          })),
      'classeur (Cibles et valeurs)': async (w) =>
        (await s.workbook(w, 'Cibles et valeurs'))
          .filter((r) => r['Année'] === REVIEW_YEAR)
          .map((r) => ({ code: r['Code'], target: r['Cible'], value: r['Valeur'], status: r['Situation'] })),
    },
  },
  {
    question: `indicateurs ${REVIEW_YEAR} tels que les documents les écrivent : cible, valeur, situation`,
    truth: async (w) =>
      (await indicatorsOfYear(w)).map(({ i, y }) => ({
        code: i.code,
        target: normalise(figure(y.target, i.unit)),
        value: normalise(figure(y.value, i.unit)),
        status: targetStatusLabels[y.status],
      })),
    surfaces: {
      'bilan annuel (modèle)': (w) => reviewIndicators(w, false),
      'dossier du COPIL (modèle)': (w) => reviewIndicators(w, true),
    },
  },
  {
    question: `subventions versées en ${REVIEW_YEAR} (indicateur calculé SUBV-VERSEES)`,
    truth: async (w) => eurosText(centsToEuros((await paidByYear(w.engine.db, w.conventionId)).get(REVIEW_YEAR) ?? 0n)),
    surfaces: {
      'indicateurs (API)': async (w) => {
        const i = (await s.indicators(w, REVIEW_YEAR)).indicators.find((x) => x.code === 'SUBV-VERSEES')!;
        return eurosText(i.years.find((y) => y.year === REVIEW_YEAR)!.value!);
      },
      'bilan annuel (modèle)': async (w) => {
        const row = (await s.reviewModel(w, false)).find((l) => l.startsWith('SUBV-VERSEES — '))!;
        return normalise(row.split(' | ')[2]!);
      },
    },
  },
  {
    question: 'logements interdits par échéance au jour : interdits, livrés, programmés, non programmés',
    truth: (w) => trajectoryAsOf(w, w.today),
    surfaces: {
      'trajectoire (API)': async (w) => (await s.trajectory(w)).deadlines.map(pickDeadline),
      'tableau de bord (API, trajectoire)': async (w) => (await s.dashboard(w)).trajectory!.deadlines.map(pickDeadline),
      'export trajectoire.xlsx (Échéances)': async (w) => sheetDeadlines(await s.trajectoryXlsx(w, 'Échéances')),
      'export trajectoire.csv': async (w) => sheetDeadlines(await s.trajectoryCsv(w)),
      'classeur (Trajectoire)': async (w) => sheetDeadlines(await s.workbook(w, 'Trajectoire')),
    },
  },
  {
    question: `logements interdits par échéance au 31/12/${REVIEW_YEAR} tels que les documents les écrivent : interdits, livrés, programmés, non programmés`,
    truth: async (w) => (await trajectoryAsOf(w, YEAR_END)).map(deadlineText),
    surfaces: {
      'bilan annuel (modèle)': async (w) => deadlinesFromModel(await s.reviewModel(w, false)),
      'dossier du COPIL (modèle)': async (w) => deadlinesFromModel(await s.reviewModel(w, true)),
      'bilan annuel (DOCX)': async (w) => deadlinesFromText(await s.reviewDocx(w, false)),
      'dossier du COPIL (DOCX)': async (w) => deadlinesFromText(await s.reviewDocx(w, true)),
    },
  },
  {
    // The PDF's extracted text puts a row's cells side by side, with no separator: compared so.
    question: `logements interdits par échéance au 31/12/${REVIEW_YEAR} tels que le PDF les écrit (cellules accolées)`,
    truth: async (w) => (await trajectoryAsOf(w, YEAR_END)).map(deadlinePdfText),
    surfaces: {
      'bilan annuel (PDF)': async (w) => deadlinesFromText(await s.reviewPdf(w, false), true),
      'dossier du COPIL (PDF)': async (w) => deadlinesFromText(await s.reviewPdf(w, true), true),
    },
  },
  {
    question: `logements encore interdits à l'échéance suivant le 31/12/${REVIEW_YEAR}, hors livrés (indicateur calculé INTERDITS)`,
    truth: async (w) => (await bannedAtNext(w, YEAR_END))?.banned ?? null,
    surfaces: {
      'indicateurs (API)': async (w) => {
        const i = (await s.indicators(w, REVIEW_YEAR)).indicators.find((x) => x.code === 'INTERDITS')!;
        const value = i.years.find((y) => y.year === REVIEW_YEAR)?.value ?? null;
        return value === null ? null : Number(value);
      },
      'classeur (Cibles et valeurs)': async (w) => {
        const row = (await s.workbook(w, 'Cibles et valeurs')).find(
          (r) => r['Code'] === 'INTERDITS' && r['Année'] === REVIEW_YEAR,
        );
        return row?.['Valeur'] == null ? null : Number(row['Valeur']);
      },
    },
  },
  {
    question:
      "logements encore interdits à l'échéance suivante au jour, hors livrés (indicateur calculé INTERDITS, année en cours)",
    truth: async (w) => (await bannedAtNext(w, w.today))?.banned ?? null,
    surfaces: {
      'indicateurs (API)': async (w) => {
        const year = Number(w.today.slice(0, 4));
        const i = (await s.indicators(w, year)).indicators.find((x) => x.code === 'INTERDITS')!;
        const value = i.years.find((y) => y.year === year)?.value ?? null;
        return value === null ? null : Number(value);
      },
      'classeur (Cibles et valeurs)': async (w) => {
        const year = Number(w.today.slice(0, 4));
        const row = (await s.workbook(w, 'Cibles et valeurs')).find(
          (r) => r['Code'] === 'INTERDITS' && r['Année'] === year,
        );
        return row?.['Valeur'] == null ? null : Number(row['Valeur']);
      },
    },
  },
  {
    question: 'faits signalés (article 3.2) au jour : sans accusé de réception, en suivi',
    truth: (w) => reportedEventCountsAsOf(w.engine.db, w.conventionId, w.today),
    surfaces: {
      'faits signalés (API)': async (w) => (await s.reportedEvents(w)).counts,
      'tableau de bord (API)': async (w) => (await s.dashboard(w)).reportedEvents,
    },
  },
  {
    question: `faits signalés (article 3.2) en ${REVIEW_YEAR}, sans accusé de réception et en suivi au 31/12/${REVIEW_YEAR}`,
    truth: async (w) => {
      const events = await reportedEventsOfYear(w.engine.db, w.conventionId, REVIEW_YEAR, YEAR_END);
      return {
        reported: events.length,
        unacknowledged: events.filter((e) => e.status === 'reported').length,
        open: events.filter((e) => e.status !== 'closed').length,
      };
    },
    surfaces: {
      'bilan annuel (modèle)': async (w) => reviewReportedEvents((await s.reviewModel(w, false)).join('\n')),
      'dossier du COPIL (modèle)': async (w) => reviewReportedEvents((await s.reviewModel(w, true)).join('\n')),
      'bilan annuel (PDF)': async (w) => reviewReportedEvents(await s.reviewPdf(w, false)),
    },
  },
  {
    question: "demandes de garantie d'emprunt en examen (article 3.1) au jour",
    truth: async (w) => (await guaranteeRequestsInExaminationAsOf(w.engine.db, w.conventionId, w.today)).length,
    surfaces: {
      'demandes de garantie (API)': async (w) =>
        (await s.guaranteeRequests(w)).requests.filter((r) => r.status === 'submitted' || r.status === 'in_examination')
          .length,
      'tableau de bord (API)': async (w) => (await s.dashboard(w)).guaranteeRequestsInExamination,
    },
  },
  {
    question: `demandes de garantie d'emprunt en examen (article 3.1) au 31/12/${REVIEW_YEAR}`,
    truth: async (w) => (await guaranteeRequestsInExaminationAsOf(w.engine.db, w.conventionId, YEAR_END)).length,
    surfaces: {
      'bilan annuel (modèle)': async (w) => reviewGuaranteesInExamination((await s.reviewModel(w, false)).join('\n')),
      'dossier du COPIL (modèle)': async (w) =>
        reviewGuaranteesInExamination((await s.reviewModel(w, true)).join('\n')),
      'bilan annuel (DOCX)': async (w) => reviewGuaranteesInExamination(await s.reviewDocx(w, false)),
    },
  },
];

/** Every (question, surface) pair, for the suite's table. */
export const pairs = questions.flatMap((q) => Object.keys(q.surfaces).map((surface) => ({ q, surface })));

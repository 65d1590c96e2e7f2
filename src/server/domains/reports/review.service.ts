import { getIndicatorsWithHistory } from '../indicators/indicators.queries';
import { getTrajectory } from '../housing/housing.queries';
import { conventionYears, getConventionDetail, getObjectivesTree } from '../conventions/conventions.queries';
import { loadConventionAccess } from '../../kernel/convention-scope';
import { actorOf, type Principal } from '../../kernel/principal';
import { todayInParis } from '../../../contracts/dates';
import { centsToEuros } from '../../../contracts/money';
import type { ReviewFormat } from '../../../contracts/reports';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import { AppError } from '../../platform/errors';
import type { ExportFile } from '../../platform/http/files';
import { envelopePositionsAsOf, guaranteeRequestsInExaminationAsOf } from '../finance/finance.queries';
import * as governance from '../governance/governance.queries';
import { dutyInstancesOfYear, reportedEventsOfYear } from '../obligations/obligations.queries';
import { operationsDeliveredInYear, volumeForecast } from '../operations/operations.queries';
import { reviewPdf } from './review.pdf';
import { buildReview, type ReviewDocument, type ReviewInput } from './review.rules';

/**
 * The annual review of a year and the COPIL pack (the review plus the draft of next year's
 * application), as of 31/12 of the year (today while it runs): duty statuses, envelope positions,
 * governance and operations come from the owning domains' published queries (*.queries.ts), the
 * rest from the services the pages use, so each figure is the page's figure on that day.
 */

const partyRoleLabels = { department: 'Département', landlord: 'Bailleur', controller: 'Contrôle' } as const;
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function loadReviewInput(
  db: Db,
  principal: Principal,
  conventionId: string,
  year: number,
  withForecast: boolean,
): Promise<ReviewInput> {
  const { convention, parties } = await loadConventionAccess(db, principal, conventionId);
  const years = conventionYears(convention.period_start, convention.period_end);
  const today = todayInParis();
  if (!years.includes(year) || `${year}-01-01` > today) {
    const message = `Le bilan se fait pour une année de la convention déjà commencée (${years[0]}–${Math.min(years.at(-1)!, Number(today.slice(0, 4)))}).`;
    throw new AppError('VALIDATION_FAILED', message, { fieldErrors: [{ field: 'year', message }] });
  }
  const landlordId = parties.find((p) => p.party_role === 'landlord')?.id ?? null;
  const asOf = `${year}-12-31` < today ? `${year}-12-31` : today;
  const [
    detail,
    tree,
    indicators,
    finance,
    trajectory,
    operations,
    sessions,
    decisions,
    meetingDecisions,
    actionItems,
    duties,
    forecast,
  ] = await Promise.all([
    getConventionDetail(db, principal, conventionId),
    getObjectivesTree(db, principal, conventionId, year),
    getIndicatorsWithHistory(db, principal, conventionId),
    envelopePositionsAsOf(db, conventionId, asOf),
    landlordId
      ? getTrajectory(db, principal, landlordId, { asOf }).catch((error: unknown) =>
          error instanceof AppError && error.code === 'NOT_FOUND' ? null : Promise.reject(error),
        )
      : Promise.resolve(null),
    operationsDeliveredInYear(db, conventionId, year),
    governance.sessionsOfYear(db, conventionId, year),
    governance.decisions(db, conventionId, year),
    governance.meetingDecisionsOfYear(db, conventionId, year),
    governance.actionItemsOfYear(db, conventionId, year, asOf),
    dutyInstancesOfYear(db, conventionId, year, asOf),
    withForecast ? volumeForecast(db, conventionId, year + 1) : Promise.resolve(undefined),
  ]);
  const [reportedEvents, guaranteesInExamination] = await Promise.all([
    reportedEventsOfYear(db, conventionId, year, asOf),
    guaranteeRequestsInExaminationAsOf(db, conventionId, asOf),
  ]);
  const commitments = (axis: (typeof tree.objectives)[number]['axes'][number]) =>
    axis.commitments.map((c) => ({
      code: c.code,
      party: c.party,
      text: c.text,
      status: c.status?.status ?? null,
      comment: c.status?.comment ?? null,
    }));
  return {
    year,
    today,
    asOf,
    convention: {
      title: detail.title,
      periodStart: detail.periodStart,
      periodEnd: detail.periodEnd,
      parties: detail.parties.map((p) => ({
        name: p.organisation.name,
        role: partyRoleLabels[p.partyRole],
        signatories: p.signatories.map((s) => `${s.fullName}, ${s.title}`),
      })),
    },
    objectives: tree.objectives.map((o) => ({
      code: o.code,
      title: o.title,
      axes: o.axes.map((a) => ({ code: a.code, title: a.title, commitments: commitments(a) })),
    })),
    partnerCommitments: tree.partnerCommitments.map((a) => ({
      code: a.code,
      title: a.title,
      commitments: commitments(a),
    })),
    indicators: indicators.map((i) => {
      const y = i.years.find((row) => row.year === year);
      const current = i.values.find((v) => v.year === year);
      return {
        code: i.code,
        label: i.label,
        unit: i.unit,
        objectiveCode: i.objective.code,
        direction: i.direction,
        target: y?.target ?? null,
        value: y?.value ?? null,
        status: y?.status ?? 'no_value',
        source: current?.source ?? null,
      };
    }),
    envelopes: finance.map((e) => {
      const y = e.byYear.find((row) => row.year === year);
      return {
        label: e.label,
        amount: e.amount,
        allocatedYear: y?.allocated ?? '0.00',
        committedYear: y?.committed ?? '0.00',
        paidYear: y?.paid ?? '0.00',
        paidTotal: e.paid,
        left: e.leftToPay,
      };
    }),
    operations: operations.map((o) => ({
      kind: o.kind,
      operations: Number(o.operations),
      dwellings: Number(o.dwellings),
    })),
    trajectory: trajectory
      ? {
          asOf,
          isDemo: trajectory.isDemo,
          deadlines: trajectory.deadlines.map((d) => ({
            date: d.date,
            banned: d.banned,
            delivered: d.delivered,
            planned: d.planned,
            notProgrammed: d.notProgrammed,
            deliveredCounted: d.deliveredCounted,
            plannedCounted: d.plannedCounted,
          })),
        }
      : null,
    sessions: sessions.map((s) => ({ heldOn: s.held_on, bodyName: s.body_name, place: s.place })),
    decisions: decisions.map((d) => ({
      reference: d.reference,
      decidedOn: d.decided_on,
      title: d.title,
      bodyName: d.body_name,
    })),
    meetingDecisions: meetingDecisions.map((d) => ({ heldOn: d.held_on, bodyName: d.body_name, text: d.text })),
    actionItems: actionItems.map((a) => ({
      heldOn: a.held_on,
      bodyName: a.body_name,
      title: a.title,
      dueOn: a.due_on,
      status: a.status,
    })),
    reportedEvents: reportedEvents.map((e) => ({
      reference: e.reference,
      category: e.category,
      title: e.title,
      reportedOn: e.reported_on,
      status: e.status,
    })),
    guaranteesInExamination,
    duties: duties.map((d) => ({
      title: d.duty.title,
      party: d.party,
      dueOn: d.dueOn,
      doneOn: d.doneOn,
      status: d.status,
      doneLate: d.doneLate,
    })),
    ...(withForecast
      ? {
          forecast: forecast
            ? {
                year: year + 1,
                status: forecast.status,
                renovationsByClass: forecast.renovations_by_class,
                maintenanceDwellings: forecast.maintenance_dwellings,
                adaptations: forecast.adaptations,
                investmentRequested: centsToEuros(forecast.investment_requested_cents),
                operatingRequested: centsToEuros(forecast.operating_requested_cents),
              }
            : null,
        }
      : {}),
  };
}

export async function buildReviewDocument(
  db: Db,
  principal: Principal,
  conventionId: string,
  year: number,
  pack: boolean,
): Promise<ReviewDocument> {
  return buildReview(await loadReviewInput(db, principal, conventionId, year, pack));
}

/** The review (or the COPIL pack) as a file; handing it out is audited, as every export is. */
export async function reviewFile(
  db: Db,
  principal: Principal,
  conventionId: string,
  year: number,
  format: ReviewFormat,
  pack: boolean,
): Promise<ExportFile<Buffer>> {
  const doc = await buildReviewDocument(db, principal, conventionId, year, pack);
  // The DOCX writer (docx, ≈ 10 MB resident) is loaded by the first DOCX asked for, not at start-up.
  const content = format === 'pdf' ? await reviewPdf(doc) : await (await import('./review.docx')).reviewDocx(doc);
  const name = pack ? `dossier-copil-${year}` : `bilan-annuel-${year}`;
  await db.transaction().execute((trx) =>
    recordAudit(trx, actorOf(principal), {
      entityType: 'convention',
      entityId: conventionId,
      action: 'export',
      after: { export: `${name}.${format}`, year },
    }),
  );
  return { filename: `${name}.${format}`, contentType: format === 'pdf' ? 'application/pdf' : DOCX_TYPE, content };
}

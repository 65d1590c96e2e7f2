import { indicatorsOffTarget } from '../indicators/indicators.queries';
import { getTrajectory } from '../housing/housing.queries';
import { canReadConvention } from '../../kernel/convention-scope';
import { type Principal } from '../../kernel/principal';
import { todayInParis } from '../../../contracts/dates';
import type { DashboardView } from '../../../contracts/reports';
import type { Db } from '../../platform/db/connect';
import { AppError, notFound } from '../../platform/errors';
import {
  envelopePositionsAsOf,
  getFinanceOverview,
  guaranteeRequestsInExaminationAsOf,
} from '../finance/finance.queries';
import { MEETING_KINDS, nextSessions } from '../governance/governance.queries';
import { lateDutiesAsOf, nextMeetingsDue, reportedEventCountsAsOf } from '../obligations/obligations.queries';
import { latestProgressTables } from '../operations/operations.queries';
import * as repo from './dashboard.repository';

/**
 * A convention's health at a glance, for the home page: every figure comes from the service that
 * owns it (finance, housing trajectory, indicators) or one bounded query (progress tables, next
 * sessions); duty statuses come from the obligations' published query (obligations.queries), so the number of queries does not grow with the data.
 *
 * Everyone opens it, and it changes far less often than it is read: it is computed once per
 * version of what it reads for each viewer and day, and a read is then one query
 * (dashboard.repository.ts, dashboardContext) with the access check. The viewer's key holds all the
 * dashboard depends on about them (who they are, their organisation and roles, which decide what
 * they may see).
 */
export async function getDashboard(db: Db, principal: Principal, conventionId: string): Promise<DashboardView> {
  const key: repo.DashboardKey = {
    conventionId,
    viewer: `${principal.id}|${principal.organisationId ?? ''}|${[...principal.roles].sort().join(',')}`,
    today: todayInParis(),
  };
  const context = await repo.dashboardContext(db, key);
  // The same answer as loadConventionAccess: a convention the user may not read does not exist.
  if (!context.convention || !canReadConvention(principal, context.parties)) throw notFound('Convention');
  if (context.view) return context.view;
  // Computed after the versions were read, so at least as recent as them.
  const view = await computeDashboard(db, principal, context.convention, context.landlordId, key.today);
  await repo.storeDashboard(db, key, context, view);
  return view;
}

async function computeDashboard(
  db: Db,
  principal: Principal,
  convention: { id: string; title: string; period_start: string; period_end: string },
  landlordId: string | null,
  today: string,
): Promise<DashboardView> {
  const conventionId = convention.id;
  // Indicators are judged on the last full year: the current year's flows are still partial.
  const indicatorsYear = Math.max(
    Number(convention.period_start.slice(0, 4)),
    Math.min(Number(today.slice(0, 4)) - 1, Number(convention.period_end.slice(0, 4))),
  );
  const [finance, envelopes, trajectory, offTarget, progress, late, sessions, meetingsDue] = await Promise.all([
    getFinanceOverview(db, principal, conventionId, today),
    envelopePositionsAsOf(db, conventionId, today),
    landlordId ? readableTrajectory(db, principal, landlordId, today) : Promise.resolve(null),
    indicatorsOffTarget(db, principal, conventionId, indicatorsYear),
    latestProgressTables(db, conventionId, 2),
    lateDutiesAsOf(db, conventionId, today),
    nextSessions(db, conventionId, today, 5),
    nextMeetingsDue(db, conventionId, today),
  ]);
  const [reportedEvents, guaranteesInExamination] = await Promise.all([
    reportedEventCountsAsOf(db, conventionId, today),
    guaranteeRequestsInExaminationAsOf(db, conventionId, today),
  ]);
  return {
    conventionId,
    title: convention.title,
    asOf: today,
    envelopes: envelopes.map((e) => ({
      id: e.id,
      kind: e.kind,
      label: e.label,
      amount: e.amount,
      allocated: e.allocated,
      committed: e.committed,
      paid: e.paid,
      leftToAllocate: e.leftToAllocate,
      leftToPay: e.leftToPay,
    })),
    lapseAlerts: finance.lapseAlerts.length,
    trajectory: trajectory
      ? {
          organisationId: trajectory.organisationId,
          isDemo: trajectory.isDemo,
          deadlines: trajectory.deadlines.map((d) => ({
            date: d.date,
            passed: d.passed,
            banned: d.banned,
            delivered: d.delivered,
            planned: d.planned,
            notProgrammed: d.notProgrammed,
            remaining: d.remaining,
            deliveredCounted: d.deliveredCounted,
            plannedCounted: d.plannedCounted,
          })),
        }
      : null,
    progress: progress.map((p) => ({ id: p.id, periodEnd: p.period_end, status: p.status })),
    lateDuties: {
      count: late.length,
      items: late.slice(0, 5).map((d) => ({ id: d.id, title: d.duty.title, party: d.party, dueOn: d.dueOn })),
    },
    indicatorsYear,
    offTarget: offTarget.map((o) => ({
      id: o.id,
      code: o.code,
      label: o.label,
      unit: o.unit,
      target: o.target,
      value: o.value,
      status: 'off_target' as const,
    })),
    nextMeetings: sessions.map((s) => ({
      id: s.id,
      bodyName: s.body_name,
      bodyKind: s.body_kind,
      heldOn: s.held_on,
      place: s.place,
      isMeeting: (MEETING_KINDS as readonly string[]).includes(s.body_kind),
    })),
    reportedEvents,
    guaranteeRequestsInExamination: guaranteesInExamination.length,
    meetingsDue: meetingsDue.map((m) => ({
      id: m.id,
      code: m.code,
      title: m.duty.title,
      periodLabel: m.periodLabel,
      dueOn: m.dueOn,
      status: m.status,
    })),
  };
}

/** The landlord's trajectory, or nothing for a reader who may not see that stock. */
async function readableTrajectory(db: Db, principal: Principal, organisationId: string, asOf: string) {
  try {
    return await getTrajectory(db, principal, organisationId, { asOf });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

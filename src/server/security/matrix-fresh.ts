import type { ForecastOverview } from '../../contracts/operations-progress';
import {
  advanceRequest,
  call,
  communicationEvent,
  createConvention,
  createEstablishment,
  createMember,
  draftRequest,
  forecastBody,
  id,
  letters,
  progressTable,
  sendNotice,
  session,
  users,
} from './matrix-fixtures';
import type { Walk } from './matrix-walk';
import { guaranteeRequest, reportedEvent } from './matrix-article3';
import { insertUser } from '../domains/access/access.repository';
import { createTestUser } from '../test/fixtures';
import type { Fresh } from './matrix/types';

/**
 * What a state-changing route acts on, made afresh for each role that changes it (see Fresh in
 * matrix/types.ts): the values are path segments (or names the entry's body reads) → ids.
 */
type Made = Record<string, string>;

const HALF_YEARS = Array.from({ length: 10 }, (_, i) => 2024 + i).flatMap((y) => [`${y}-06-30`, `${y}-12-31`]);

async function freeYear(
  walk: Walk,
  envelopeKind: 'investment' | 'operating',
): Promise<{ envelope: string; year: number }> {
  const envelope = await walk.db
    .selectFrom('envelopes')
    .select('id')
    .where('convention_id', '=', id(walk, 'conventions'))
    .where('kind', '=', envelopeKind)
    .executeTakeFirstOrThrow();
  const used = new Set(
    (await walk.db.selectFrom('allocations').select('year').where('envelope_id', '=', envelope.id).execute()).map(
      (a) => a.year,
    ),
  );
  const year = [2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033].find((y) => !used.has(y));
  if (year === undefined) throw new Error('matrix fixture: no allocation year left on the envelope');
  return { envelope: envelope.id, year };
}

async function freeHalfYear(walk: Walk): Promise<string> {
  const used = new Set(
    (
      await walk.db
        .selectFrom('progress_tables')
        .select('period_end')
        .where('convention_id', '=', id(walk, 'conventions'))
        .execute()
    ).map((t) => t.period_end),
  );
  const period = HALF_YEARS.find((p) => !used.has(p));
  if (!period) throw new Error('matrix fixture: no half-year left for a progress table');
  return period;
}

async function freeForecastYear(walk: Walk): Promise<number> {
  const used = new Set(
    (
      await walk.db
        .selectFrom('volume_forecasts')
        .select('year')
        .where('convention_id', '=', id(walk, 'conventions'))
        .execute()
    ).map((f) => f.year),
  );
  const year = [2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033].find((y) => !used.has(y));
  if (year === undefined) throw new Error('matrix fixture: no forecast year left');
  return year;
}

const builders: Record<Fresh, (walk: Walk) => Promise<Made>> = {
  allocationYear: async (walk) => {
    const { envelope, year } = await freeYear(walk, 'operating');
    return { envelopes: envelope, year: String(year) };
  },
  allocation: async (walk) => {
    const { envelope, year } = await freeYear(walk, 'investment');
    const { id: allocation } = await call<{ id: string }>(
      users(walk).coordinator,
      'POST',
      `/api/envelopes/${envelope}/allocations`,
      { year, amount: '1000000.00', deliberationBody: 'Commission permanente', deliberationDate: `${year}-02-12` },
    );
    return { allocations: allocation };
  },
  draftRequest: async (walk) => ({ 'payment-requests': await draftRequest(walk) }),
  submittedRequest: async (walk) => ({
    'payment-requests': await advanceRequest(walk, await draftRequest(walk), 'submitted'),
  }),
  approvedRequest: async (walk) => ({
    'payment-requests': await advanceRequest(walk, await draftRequest(walk), 'approved'),
  }),
  establishment: async (walk) => ({ establishments: await createEstablishment(walk) }),
  plannedSession: async (walk) => ({ sessions: (await session(walk, 'planned')).id }),
  pendingItem: async (walk) => ({ 'agenda-items': (await session(walk, 'planned')).items[0]!.id }),
  votableItem: async (walk) => ({ 'agenda-items': (await session(walk, 'attended')).items[0]!.id }),
  votedItem: async (walk) => ({ 'agenda-items': (await session(walk, 'voted')).items[0]!.id }),
  sessionWithoutQuorum: async (walk) => ({ sessions: (await session(walk, 'noQuorum')).id }),
  closedSession: async (walk) => ({ sessions: (await session(walk, 'closed')).id }),
  newMember: async (walk) => ({ member: await createMember(walk, `MANDAT ${letters(++walk.counter)}`) }),
  openConvention: async (walk) => ({
    conventions: await createConvention(walk, 'Convention à mettre en demeure (matrice)'),
  }),
  pendingNotice: async (walk) => ({
    'termination-notices': await sendNotice(walk, await createConvention(walk, 'Convention mise en demeure (matrice)')),
  }),
  amendmentNumber: async (walk) => {
    const used = await walk.db
      .selectFrom('amendments')
      .select('number')
      .where('convention_id', '=', id(walk, 'matrixConvention'))
      .execute();
    return { number: String(Math.max(0, ...used.map((a) => a.number)) + 1) };
  },
  submittedTable: async (walk) => ({ 'progress-tables': await progressTable(walk, await freeHalfYear(walk), true) }),
  halfYear: async (walk) => ({ periodEnd: await freeHalfYear(walk) }),
  forecastYear: async (walk) => {
    const year = await freeForecastYear(walk);
    await call<ForecastOverview>(
      users(walk).officeAgent,
      'PUT',
      `/api/conventions/${id(walk, 'conventions')}/volume-forecasts/${year}`,
      forecastBody,
    );
    return { year: String(year) };
  },
  submittedForecastYear: async (walk) => {
    const year = await freeForecastYear(walk);
    const url = `/api/conventions/${id(walk, 'conventions')}/volume-forecasts/${year}`;
    await call<ForecastOverview>(users(walk).officeAgent, 'PUT', url, forecastBody);
    await call<ForecastOverview>(users(walk).officeManager, 'POST', `${url}/submit`);
    return { year: String(year) };
  },
  undoneInstance: async (walk) => {
    const instance = await walk.db
      .selectFrom('duty_instances')
      .innerJoin('duties', 'duties.id', 'duty_instances.duty_id')
      .select('duty_instances.id')
      .where('duties.convention_id', '=', id(walk, 'conventions'))
      .where('duties.party', '=', 'landlord')
      .where('duties.evidence_kind', '=', 'manual')
      .where('duty_instances.done_on', 'is', null)
      .orderBy('duty_instances.due_on', 'desc')
      .executeTakeFirstOrThrow();
    return { 'duty-instances': instance.id };
  },
  eventWithoutInvitation: async (walk) => ({ 'communication-events': (await communicationEvent(walk, 'declared')).id }),
  eventWithInvitation: async (walk) => ({ 'communication-events': (await communicationEvent(walk, 'invited')).id }),
  reportedEvent: async (walk) => ({ 'reported-events': (await reportedEvent(walk, 'reported')).id }),
  acknowledgedEvent: async (walk) => ({ 'reported-events': (await reportedEvent(walk, 'acknowledged')).id }),
  examinedGuaranteeRequest: async (walk) => ({
    'guarantee-requests': (await guaranteeRequest(walk, 'examined')).id,
  }),
  pendingProof: async (walk) => ({ 'publicity-proofs': (await communicationEvent(walk, 'proved')).proofs[0]!.id }),
  // An account of its own for the administrator's upkeep (edit, disable): never one the walk signs in with.
  spareAccount: async (walk) => ({
    users: (await createTestUser(walk.db, { roles: ['office_agent'], organisationId: id(walk, 'office') })).id,
  }),
  invitedAccount: async (walk) => ({
    users: (
      await insertUser(walk.db, {
        email: `invitation-matrice-${++walk.counter}@example.test`,
        displayName: 'Invitation de la matrice',
        organisationId: id(walk, 'office'),
        roles: ['office_agent'],
        passwordHash: null,
      })
    ).id,
  }),
};

export async function makeFresh(walk: Walk, fresh: Fresh): Promise<Map<string, string>> {
  return new Map(Object.entries(await builders[fresh](walk)));
}

import type { AgreementView, RequestView } from '../../contracts/finance';
import type { EventView } from '../../contracts/obligations-communication';
import type { MeetingView, SessionView } from '../../contracts/governance-sessions';
import type { DocumentInfo } from '../../contracts/convention-content';
import type { OperationView } from '../../contracts/operations';
import type { EstablishmentView, StockImportView } from '../../contracts/housing';
import type { ProgressTableView } from '../../contracts/operations-progress';
import { fixtureRows, rplsCsv } from '../domains/housing/import/rpls.fixtures';
import type { LoggedIn } from '../test/engines';
import { createTestUser } from '../test/fixtures';
import type { Walk } from './matrix-walk';
import { guaranteeRequest, reportedEvent } from './matrix-article3';

/**
 * What every walk of the authorisation matrix acts on besides the reference seed: the controller
 * appointed to the convention, a small stock, a document, an operation, progress tables, a
 * funding agreement with its requests, a guarantee, a deliberative body with a session and
 * decisions, a COPIL meeting with an action item, an Article 6 event with a proof, and a second
 * convention for what cannot be undone (termination). All made through the API by the users
 * whose job it is, so they carry their audit events like real data.
 */

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A request a fixture needs to succeed: its JSON answer, or an error naming the step. */
export async function call<T>(
  who: LoggedIn,
  method: Method,
  url: string,
  body?: unknown,
  options: { headers?: Record<string, string> } = {},
): Promise<T> {
  const response = await who.inject(method, url, body, options);
  if (response.statusCode < 200 || response.statusCode >= 300)
    throw new Error(`matrix fixture: ${method} ${url} → ${response.statusCode} ${response.body.slice(0, 500)}`);
  return (
    response.headers['content-type']?.toString().startsWith('application/json') ? response.json() : response.rawPayload
  ) as T;
}

/** A multipart body with one file in the field « file », as a browser's form sends it. */
export function multipart(
  filename: string,
  contentType: string,
  bytes: Buffer,
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----copil-matrice-7f3a9c';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export const PDF = Buffer.from('%PDF-1.4\n% Pièce de la matrice\n%%EOF\n');
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Twenty dwellings of real Pas-de-Calais communes, in the recent RPLS shape. */
export const smallStock = () => Buffer.from(rplsCsv(fixtureRows(20, { start: 1 })), 'utf8');

export function users(walk: Walk): Required<Walk['users']> {
  return walk.users as Required<Walk['users']>;
}

export const id = (walk: Walk, name: string): string => {
  const value = walk.ids.get(name);
  if (value === undefined) throw new Error(`matrix fixture « ${name} » not made yet`);
  return value;
};

/** Upper-case letters from a number (names are normalised: digits would not tell people apart). */
export const letters = (n: number): string => {
  let s = '';
  for (let k = n + 1; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
};

export async function importSmallStock(walk: Walk): Promise<void> {
  const { payload, headers } = multipart('rpls-matrice.csv', 'text/csv', smallStock());
  const imported = await call<StockImportView>(
    users(walk).officeAgent,
    'POST',
    `/api/stocks/${id(walk, 'office')}/imports`,
    payload,
    { headers },
  );
  walk.ids.set('stock-imports', imported.id);
}

/** The office's PDF uploaded as evidence of a convention. */
export async function uploadDocument(
  walk: Walk,
  conventionId: string,
  who: LoggedIn = users(walk).officeAgent,
): Promise<string> {
  const { payload, headers } = multipart('piece-matrice.pdf', 'application/pdf', PDF);
  return (await call<DocumentInfo>(who, 'POST', `/api/conventions/${conventionId}/documents`, payload, { headers })).id;
}

export const establishmentBody = (name: string) => ({
  kind: 'beguinage',
  name,
  communeCode: '62041',
  dwellings: 12,
  beds: null,
  managerName: 'Pas-de-Calais habitat',
});

export async function createEstablishment(walk: Walk): Promise<string> {
  return (
    await call<EstablishmentView>(
      users(walk).officeAgent,
      'POST',
      `/api/stocks/${id(walk, 'office')}/establishments`,
      establishmentBody('Béguinage de la matrice'),
    )
  ).id;
}

/** A convention between the Département and the office, with the control body appointed to it. */
export async function createConvention(walk: Walk, title: string): Promise<string> {
  const { id: conventionId } = await call<{ id: string }>(users(walk).admin, 'POST', '/api/conventions', {
    title,
    periodStart: '2020-01-01',
    periodEnd: '2030-12-31',
    jurisdiction: 'Tribunal administratif de Lille',
    departmentId: id(walk, 'department'),
    landlordId: id(walk, 'office'),
  });
  await appointController(walk, conventionId);
  return conventionId;
}

/** A control body is appointed to a convention as a party with the role « controller » (Article 5). */
export async function appointController(walk: Walk, conventionId: string): Promise<void> {
  await walk.db
    .insertInto('convention_parties')
    .values({
      convention_id: conventionId,
      organisation_id: id(walk, 'controlBody'),
      party_role: 'controller',
      designation: 'l’organisme de contrôle',
      representation: null,
      position: 9,
    })
    .execute();
}

export async function sendNotice(walk: Walk, conventionId: string): Promise<string> {
  const notice = await call<{ id: string }>(
    users(walk).coordinator,
    'POST',
    `/api/conventions/${conventionId}/termination-notices`,
    {
      sentOn: '2024-01-15',
      reason: 'Manquements répétés (matrice).',
      registeredLetterRef: 'RAR 1A 000 000 0001',
    },
  );
  return notice.id;
}

// Finance: requests of 1 € against the advance line, each at the step a route needs.

export async function draftRequest(walk: Walk): Promise<string> {
  const request = await call<RequestView>(
    users(walk).officeAgent,
    'POST',
    `/api/funding-agreements/${id(walk, 'funding-agreements')}/payment-requests`,
    { scheduleLineId: id(walk, 'scheduleLine'), amount: '1.00' },
  );
  return request.id;
}

export async function advanceRequest(
  walk: Walk,
  requestId: string,
  to: 'submitted' | 'approved' | 'paid',
): Promise<string> {
  const { officeManager, coordinator } = users(walk);
  const transitions = `/api/payment-requests/${requestId}/transitions`;
  await call(officeManager, 'POST', transitions, { action: 'submit' });
  if (to !== 'submitted') await call(coordinator, 'POST', transitions, { action: 'approve' });
  if (to === 'paid')
    await call(coordinator, 'POST', `/api/payment-requests/${requestId}/payment`, {
      mandateNumber: 'M-2024-0001',
      mandateDate: '2024-07-15',
    });
  return requestId;
}

// Governance: the matrix's deliberative body (the office's side), one member, sessions at each step.

export const sessionBody = {
  heldOn: '2024-09-12',
  place: 'Arras',
  convenedOn: '2024-09-01',
  items: [{ title: 'Point de la matrice', matter: 'other', actesCode: '8.5' }],
};

export async function session(
  walk: Walk,
  step: 'planned' | 'attended' | 'voted' | 'closed' | 'approved' | 'noQuorum',
): Promise<SessionView> {
  const { officeManager } = users(walk);
  let view = await call<SessionView>(
    officeManager,
    'POST',
    `/api/bodies/${id(walk, 'matrixBody')}/sessions`,
    sessionBody,
  );
  if (step === 'planned') return view;
  if (step === 'noQuorum') return call<SessionView>(officeManager, 'POST', `/api/sessions/${view.id}/close`);
  view = await call<SessionView>(officeManager, 'PUT', `/api/sessions/${view.id}/attendance`, {
    entries: [{ memberId: id(walk, 'matrixMember'), status: 'present' }],
  });
  if (step === 'attended') return view;
  view = await call<SessionView>(officeManager, 'PUT', `/api/agenda-items/${view.items[0]!.id}/vote`, {
    mode: 'totals',
    for: 1,
    against: 0,
    abstention: 0,
  });
  if (step === 'voted') return view;
  view = await call<SessionView>(officeManager, 'POST', `/api/sessions/${view.id}/close`);
  if (step === 'closed') return view;
  return call<SessionView>(officeManager, 'POST', `/api/sessions/${view.id}/minutes-approval`, {
    approvedOn: '2024-10-01',
  });
}

export async function createMember(walk: Walk, lastName: string): Promise<string> {
  const member = await call<{ id: string }>(
    users(walk).officeManager,
    'POST',
    `/api/conventions/${id(walk, 'conventions')}/members`,
    { civility: 'Mme', firstName: 'Alice', lastName, organisationId: id(walk, 'office') },
  );
  return member.id;
}

// Obligations: Article 6 events at each step.

export async function communicationEvent(walk: Walk, step: 'declared' | 'invited' | 'proved'): Promise<EventView> {
  const { officeAgent } = users(walk);
  let event = await call<EventView>(
    officeAgent,
    'POST',
    `/api/conventions/${id(walk, 'conventions')}/communication-events`,
    {
      kind: 'inauguration',
      title: 'Inauguration de la résidence (matrice)',
      requiredSupports: ['documents', 'invitations'],
    },
  );
  if (step === 'invited')
    event = await call<EventView>(officeAgent, 'POST', `/api/communication-events/${event.id}/invitations`, {
      documentId: id(walk, 'documents'),
    });
  if (step === 'proved')
    event = await call<EventView>(users(walk).officeManager, 'POST', `/api/communication-events/${event.id}/proofs`, {
      kind: 'photo',
      description: 'Photo du panneau de chantier',
      documentId: id(walk, 'documents'),
    });
  return event;
}

/** Progress tables: the office opens one per half-year (and submits it when asked). */
export async function progressTable(walk: Walk, periodEnd: string, submit: boolean): Promise<string> {
  const { officeAgent } = users(walk);
  const table = await call<ProgressTableView>(
    officeAgent,
    'POST',
    `/api/conventions/${id(walk, 'conventions')}/progress-tables`,
    { periodEnd },
  );
  if (submit)
    await call(users(walk).officeManager, 'POST', `/api/progress-tables/${table.id}/transitions`, { action: 'submit' });
  return table.id;
}

export async function buildFixtures(walk: Walk): Promise<void> {
  const { coordinator, officeManager, officeAgent } = users(walk);
  const conventionId = id(walk, 'conventions');
  const set = (name: string, value: string) => walk.ids.set(name, value);
  await appointController(walk, conventionId);
  await createTestUser(walk.db, {
    roles: ['elected_member'],
    organisationId: id(walk, 'department'),
    email: 'connexion-matrice@example.test',
  });
  set('seedDecision', id(walk, 'decisions'));
  set('year', '2025');
  set(
    'dwellings',
    (
      await walk.db
        .selectFrom('dwellings')
        .select('id')
        .where('organisation_id', '=', id(walk, 'office'))
        .orderBy('dwelling_key')
        .executeTakeFirstOrThrow()
    ).id,
  );
  set('documents', await uploadDocument(walk, conventionId));
  // Article 3: an acknowledged event (still open) and a guarantee request in examination.
  set('reported-events', (await reportedEvent(walk, 'acknowledged')).id);
  set('guarantee-requests', (await guaranteeRequest(walk, 'examined')).id);
  set('establishments', await createEstablishment(walk));

  const operation = await call<OperationView>(
    officeAgent,
    'POST',
    `/api/conventions/${conventionId}/operations`,
    operationBody('Entretien courant (matrice)'),
  );
  set('operations', operation.id);
  set('operationId', operation.id);
  set('progress-tables', await progressTable(walk, '2024-12-31', false));
  set('submittedTable', await progressTable(walk, '2025-06-30', true));
  walk.files.set(
    'progressXlsx',
    await call<Buffer>(officeAgent, 'GET', `/api/progress-tables/${id(walk, 'progress-tables')}/xlsx`),
  );

  // Finance: the 2024 investment agreement (advance and balance, no document required), one
  // request submitted (the Département's queue), one paid (so that a reimbursement may follow).
  const allocation = (
    await walk.db
      .selectFrom('allocations')
      .innerJoin('envelopes', 'envelopes.id', 'allocations.envelope_id')
      .select('allocations.id')
      .where('envelopes.convention_id', '=', conventionId)
      .where('envelopes.kind', '=', 'investment')
      .where('allocations.year', '=', 2024)
      .executeTakeFirstOrThrow()
  ).id;
  const agreement = await call<AgreementView>(coordinator, 'POST', `/api/allocations/${allocation}/funding-agreement`, {
    amount: '4000000.00',
    signedOn: '2024-06-01',
    purpose: 'Réhabilitation thermique 2024 (matrice)',
    schedule: [
      { kind: 'advance', label: 'Avance de 30 %', amount: '1200000.00', requiredDocuments: [] },
      { kind: 'balance', label: 'Solde', amount: '2800000.00', requiredDocuments: [] },
    ],
  });
  set(
    'investmentEnvelope',
    (
      await walk.db
        .selectFrom('envelopes')
        .select('id')
        .where('convention_id', '=', conventionId)
        .where('kind', '=', 'investment')
        .executeTakeFirstOrThrow()
    ).id,
  );
  set('funding-agreements', agreement.id);
  set('scheduleLine', agreement.schedule[0]!.id);
  set('payment-requests', await advanceRequest(walk, await draftRequest(walk), 'submitted'));
  await advanceRequest(walk, await draftRequest(walk), 'paid');
  set(
    'guarantees',
    (await call<{ id: string }>(coordinator, 'POST', `/api/conventions/${conventionId}/guarantees`, guaranteeBody)).id,
  );

  // Governance: the body, its member in office, a planned session, decisions before and after the minutes.
  set(
    'matrixBody',
    (
      await call<{ id: string }>(officeManager, 'POST', `/api/conventions/${conventionId}/bodies`, {
        kind: 'oph_board',
        name: 'Conseil de la matrice',
        code: 'MATRICE',
        side: 'landlord',
      })
    ).id,
  );
  set('matrixMember', await createMember(walk, 'MATRICE'));
  await call(officeManager, 'POST', `/api/bodies/${id(walk, 'matrixBody')}/mandates`, {
    memberId: id(walk, 'matrixMember'),
    role: 'president',
    voting: true,
    startOn: '2024-01-01',
  });
  const planned = await session(walk, 'attended');
  set('sessions', planned.id);
  set('agenda-items', planned.items[0]!.id);
  set('decisions', (await session(walk, 'closed')).items[0]!.decisionId!);
  set('lockedDecision', (await session(walk, 'approved')).items[0]!.decisionId!);
  const copil = await walk.db
    .selectFrom('governance_bodies')
    .select('id')
    .where('convention_id', '=', conventionId)
    .where('code', '=', 'COPIL')
    .executeTakeFirstOrThrow();
  set('copil', copil.id);
  set(
    'delegate',
    (
      await walk.db
        .selectFrom('governance_bodies')
        .select('id')
        .where('convention_id', '=', conventionId)
        .where('code', '=', 'BUREAU')
        .executeTakeFirstOrThrow()
    ).id,
  );
  const meeting = await call<MeetingView>(coordinator, 'POST', `/api/bodies/${copil.id}/meetings`, {
    heldOn: '2024-11-20',
    place: 'Arras',
    participants: [],
  });
  set('meetings', meeting.id);
  const withAction = await call<MeetingView>(coordinator, 'POST', `/api/meetings/${meeting.id}/action-items`, {
    title: 'Transmettre le bilan (matrice)',
    ownerOrganisationId: id(walk, 'office'),
    dueOn: '2024-12-15',
  });
  set('action-items', withAction.actionItems[0]!.id);

  // Obligations: an event with a proof; a notification of the office manager's.
  set('communication-events', (await communicationEvent(walk, 'proved')).id);
  const instance = await walk.db.selectFrom('duty_instances').select('id').orderBy('due_on').executeTakeFirstOrThrow();
  const note = await walk.db
    .insertInto('notifications')
    .values({
      user_id: officeManager.user.id,
      duty_instance_id: instance.id,
      kind: 'before',
      title: 'Échéance (matrice)',
      body: 'Rappel de la matrice.',
      created_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  set('notifications', note.id);

  // What cannot be undone happens on a convention of its own.
  set('matrixConvention', await createConvention(walk, 'Convention de la matrice'));
}

export const forecastBody = {
  renovationsByClass: { E: 10, F: 5 },
  maintenanceDwellings: 2500,
  adaptations: 250,
  investmentRequested: '4000000.00',
  operatingRequested: '5000000.00',
};

export const guaranteeBody = {
  lender: 'Banque des Territoires',
  contractNumber: 'GAR-MATRICE',
  loanAmount: '1000000.00',
  guaranteedShare: '50',
  termYears: 25,
};

export function operationBody(label: string) {
  return {
    label,
    kind: 'maintenance',
    programme: 'pmt_2025_2030',
    communeCode: '62041',
    residence: 'Résidence des Tilleuls',
    status: 'planned',
    percentComplete: 0,
    costExclTax: '100000.00',
    costInclTax: '110000.00',
    dwellings: [],
    phases: [
      { phase: 'studies', plannedOn: '2026-01-15' },
      { phase: 'start_order', plannedOn: '2026-03-01' },
      { phase: 'delivery', plannedOn: '2027-06-30' },
    ],
    fundingLines: [],
  };
}

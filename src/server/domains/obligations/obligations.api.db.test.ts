import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DutyView, FeedView, InstanceView, NotificationList } from '../../../contracts/obligations';
import type { EventView } from '../../../contracts/obligations-communication';
import {
  buildTestApp,
  describeEachEngine,
  expectProblem,
  loginAs,
  type InjectResponse,
  type LoggedIn,
  type TestApp,
} from '../../test/engines';
import { createTestUser } from '../../test/fixtures';

const UNKNOWN = '00000000-0000-4000-8000-00000000f00d';

/** Obligations through HTTP: duties, calendar with filters, an instance, marking done, errors as problems. */
describeEachEngine('obligations API', (engine) => {
  let built: TestApp;
  let manager: LoggedIn, coordinator: LoggedIn, admin: LoggedIn, controller: LoggedIn;
  let conventionId: string;

  const ok = async <T>(promise: Promise<InjectResponse>, status = 200): Promise<T> => {
    const response = await promise;
    expect({ status: response.statusCode, body: response.statusCode === status ? null : response.body }).toEqual({
      status,
      body: null,
    });
    return response.json() as T;
  };

  beforeAll(async () => {
    built = await buildTestApp(engine);
    const orgs = await engine.db.selectFrom('organisations').select(['id', 'siret']).execute();
    const departmentId = orgs.find((o) => o.siret === '22620001200012')!.id;
    const officeId = orgs.find((o) => o.siret === '34407767200022')!.id;
    conventionId = (
      await engine.db
        .selectFrom('conventions')
        .select('id')
        .where('period_start', '=', '2024-01-01')
        .executeTakeFirstOrThrow()
    ).id;
    const login = async (roles: Parameters<typeof createTestUser>[1]['roles'], organisationId: string | null) => {
      const user = await createTestUser(engine.db, { roles, organisationId });
      return loginAs(built.app, user.email, user.password);
    };
    manager = await login(['office_manager'], officeId);
    coordinator = await login(['coordinator'], departmentId);
    controller = await login(['controller'], departmentId);
    admin = await login(['admin'], null);
  });

  afterAll(async () => {
    await built.close();
  });

  it('lists duties and the calendar, filtered by period, party and status', async () => {
    const duties = await ok<DutyView[]>(controller.inject('GET', `/api/conventions/${conventionId}/duties`));
    expect(duties).toHaveLength(9);
    const all = await ok<InstanceView[]>(manager.inject('GET', `/api/conventions/${conventionId}/calendar`));
    expect(all).toHaveLength(79);
    const july = await ok<InstanceView[]>(
      manager.inject('GET', `/api/conventions/${conventionId}/calendar?from=2027-07-01&to=2027-08-31&party=landlord`),
    );
    expect(july.map((i) => [i.duty.code, i.dueOn, i.can.markDone])).toEqual([['PROGRESS_TABLES', '2027-08-02', true]]);
    const late = await ok<InstanceView[]>(
      coordinator.inject('GET', `/api/conventions/${conventionId}/calendar?status=late&party=landlord`),
    );
    expect(late.every((i) => i.status === 'late' && i.duty.party === 'landlord')).toBe(true);
    expectProblem(
      await manager.inject('GET', `/api/conventions/${conventionId}/calendar?from=2027-13-01`),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await manager.inject('GET', `/api/conventions/${UNKNOWN}/calendar`), 404, 'NOT_FOUND');
    expectProblem(await manager.inject('GET', `/api/duty-instances/${UNKNOWN}`), 404, 'NOT_FOUND');
    const one = await ok<InstanceView>(controller.inject('GET', `/api/duty-instances/${july[0]!.id}`));
    expect(one).toMatchObject({
      periodLabel: '1er semestre 2027',
      nominalDueOn: '2027-07-31',
      can: { markDone: false },
    });
  });

  it('marks an instance done with a document, only for the owing party; administers duties', async () => {
    const [target] = await ok<InstanceView[]>(
      manager.inject('GET', `/api/conventions/${conventionId}/calendar?from=2024-07-01&to=2024-07-31`),
    );
    const upload = await built.app.inject({
      method: 'POST',
      url: `/api/conventions/${conventionId}/documents`,
      headers: {
        cookie: manager.cookie,
        'x-csrf-token': manager.csrf,
        'content-type': 'multipart/form-data; boundary=b0undary',
      },
      payload: Buffer.concat([
        Buffer.from(
          '--b0undary\r\nContent-Disposition: form-data; name="file"; filename="tableau.pdf"\r\nContent-Type: application/pdf\r\n\r\n',
        ),
        Buffer.from('%PDF-1.4\n%x\n'),
        Buffer.from('\r\n--b0undary--\r\n'),
      ]),
    });
    expect(upload.statusCode).toBe(201);
    const documentId = (upload.json() as { id: string }).id;
    expectProblem(
      await coordinator.inject('POST', `/api/duty-instances/${target!.id}/done`, { documentId }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await manager.inject('POST', `/api/duty-instances/${target!.id}/done`, { documentId }, { csrf: false }),
      403,
      'CSRF_TOKEN_INVALID',
    );
    expectProblem(
      await manager.inject('POST', `/api/duty-instances/${target!.id}/done`, { documentId: 'x' }),
      400,
      'VALIDATION_FAILED',
    );
    const done = await ok<InstanceView>(
      manager.inject('POST', `/api/duty-instances/${target!.id}/done`, { documentId, note: 'Transmis par courriel.' }),
    );
    expect(done).toMatchObject({ status: 'done', evidence: { source: 'manual', documentId } });
    expectProblem(
      await manager.inject('POST', `/api/duty-instances/${target!.id}/done`, { documentId }),
      409,
      'CONFLICT',
    );

    const body = {
      code: 'ENQUETE',
      party: 'landlord',
      title: 'Enquête',
      description: 'Enquête annuelle.',
      articleNumber: '3',
      recurrence: 'yearly_quarter',
      quarter: 2,
      evidenceKind: 'manual',
      evidenceDescription: 'Le rapport.',
    };
    expectProblem(await coordinator.inject('POST', `/api/conventions/${conventionId}/duties`, body), 403, 'FORBIDDEN');
    const problem = expectProblem(
      await admin.inject('POST', `/api/conventions/${conventionId}/duties`, { ...body, code: 'x' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(problem.errors?.[0]?.field).toBe('code');
    const created = await ok<DutyView>(admin.inject('POST', `/api/conventions/${conventionId}/duties`, body), 201);
    expect(created).toMatchObject({ instances: 10, reminderDays: [30, 7], shiftToWorkingDay: true });
    const changed = await ok<DutyView>(
      admin.inject('PATCH', `/api/duties/${created.id}`, { reminderDays: [15], quarter: 3 }),
    );
    expect(changed).toMatchObject({ quarter: 3, reminderDays: [15], instances: 10 });
  });

  it('serves a personal iCalendar feed at a secret URL, revocable and regenerable', async () => {
    expect(await ok<FeedView>(manager.inject('GET', '/api/account/calendar-feed'))).toEqual({
      active: false,
      createdAt: null,
      url: null,
    });
    const created = await ok<FeedView>(manager.inject('POST', '/api/account/calendar-feed'));
    expect(created.url).toMatch(/^http:\/\/localhost:3000\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const path = new URL(created.url!).pathname;
    const feed = await built.app.inject({ method: 'GET', url: path });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(feed.body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(feed.body.match(/BEGIN:VEVENT/g)).toHaveLength(89); // the 79 seeded instances and the 10 of the duty added above
    expect(feed.body).toContain('DTSTART;VALUE=DATE:20270802');
    const again = await built.app.inject({ method: 'GET', url: path });
    expect(again.body.match(/UID:[^\r]+/g)).toEqual(feed.body.match(/UID:[^\r]+/g)); // stable UIDs
    expect((await ok<FeedView>(manager.inject('GET', '/api/account/calendar-feed'))).active).toBe(true);

    const regenerated = await ok<FeedView>(manager.inject('POST', '/api/account/calendar-feed'));
    expectProblem(await built.app.inject({ method: 'GET', url: path }), 404, 'NOT_FOUND');
    expect((await built.app.inject({ method: 'GET', url: new URL(regenerated.url!).pathname })).statusCode).toBe(200);
    await ok<FeedView>(manager.inject('DELETE', '/api/account/calendar-feed'));
    expectProblem(await built.app.inject({ method: 'GET', url: new URL(regenerated.url!).pathname }), 404, 'NOT_FOUND');
    expectProblem(await built.app.inject({ method: 'GET', url: '/api/calendar/short.ics' }), 400, 'VALIDATION_FAILED');
    expectProblem(
      await built.app.inject({ method: 'POST', url: '/api/account/calendar-feed' }),
      401,
      'UNAUTHENTICATED',
    );
  });

  it('lists notifications and runs the communication workflow over HTTP', async () => {
    expect(await ok<NotificationList>(manager.inject('GET', '/api/notifications'))).toEqual({
      unread: 0,
      notifications: [],
    });
    expectProblem(await manager.inject('POST', `/api/notifications/${UNKNOWN}/read`), 404, 'NOT_FOUND');
    const event = await ok<EventView>(
      manager.inject('POST', `/api/conventions/${conventionId}/communication-events`, {
        kind: 'first_stone',
        title: 'Première pierre à Liévin',
        requiredSupports: ['invitations'],
      }),
      201,
    );
    expect(event.can).toEqual({ submitInvitation: true, decideInvitation: false, addProof: true, checkProof: false });
    expectProblem(
      await manager.inject('POST', `/api/communication-events/${event.id}/invitations`, { documentId: UNKNOWN }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await coordinator.inject('POST', `/api/communication-events/${event.id}/invitations/decision`, {
        decision: 'validated',
      }),
      422,
      'INVARIANT_VIOLATED',
    );
    expectProblem(
      await controller.inject('POST', `/api/conventions/${conventionId}/communication-events`, {
        kind: 'other',
        title: 'x',
        requiredSupports: ['documents'],
      }),
      403,
      'FORBIDDEN',
    );
    expect(await ok<unknown[]>(controller.inject('GET', `/api/conventions/${conventionId}/controls`))).toEqual([]);
  });
});

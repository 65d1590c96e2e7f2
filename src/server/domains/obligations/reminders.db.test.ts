import { afterAll, beforeAll, expect, it } from 'vitest';
import { connectServer } from '../../platform/db/connect';
import { enqueue, runDueJobs } from '../../platform/jobs';
import { createMailer, type Mailer } from '../../platform/mail';
import { describeEachEngine } from '../../test/engines';
import { governanceWorld, refused, type GovernanceWorld } from '../governance/test-setup';
import {
  listNotifications,
  markNotificationsRead,
  reminderJobs,
  REMINDERS_JOB,
  runReminders,
} from './reminders.service';
import { startTestSmtp } from './smtp-test-server';

const PUBLIC_URL = 'http://copil.test';

/** Decodes a quoted-printable mail body enough to search it for French text. */
const decoded = (raw: string) =>
  Buffer.from(
    raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
    'latin1',
  ).toString('utf8');

/** Reminders on both engines: in-app notifications and one e-mail digest per user, received by a local SMTP server, never twice. */
describeEachEngine('obligations reminders', (engine) => {
  let w: GovernanceWorld;
  let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
  let mailer: Mailer;

  beforeAll(async () => {
    w = await governanceWorld(engine.db);
    smtp = await startTestSmtp();
    mailer = createMailer({ smtpUrl: smtp.url, publicUrl: PUBLIC_URL })!;
  });
  afterAll(async () => {
    mailer?.close();
    await smtp?.close();
  });

  it('reminds the owing party once before the due date, by one digest each, then never again', async () => {
    // Everything due before 2024-07-05 is done, so the first run only sees what is coming.
    await engine.db
      .updateTable('duty_instances')
      .set({ done_on: '2024-01-02' })
      .where('due_on', '<', '2024-07-05')
      .execute();
    const first = await runReminders(engine.db, mailer, { publicUrl: PUBLIC_URL, today: '2024-07-05' });
    // Progress tables of H1 2024 due 31 July (30-day delay reached): office manager and agent;
    // COTECH of H2 is not yet within 30 days of 31 December; the controller and the outsider get nothing.
    expect(first).toEqual({ created: 2, emailed: 2 });
    expect(
      smtp.messages
        .map((m) => m.to)
        .flat()
        .sort(),
    ).toEqual([w.officeAgent.email, w.officeManager.email].sort());
    const text = decoded(smtp.messages[0]!.raw);
    expect(text).toContain('Transmettre les tableaux de suivi semestriels');
    expect(text).toContain('31/07/2024');
    expect(text).toContain(`${PUBLIC_URL}/conventions/${w.conventionId}/obligations/`);

    expect(await runReminders(engine.db, mailer, { publicUrl: PUBLIC_URL, today: '2024-07-06' })).toEqual({
      created: 0,
      emailed: 0,
    });
    expect(smtp.messages).toHaveLength(2);

    // Seven days before, then late: a new reminder each time; several at once come in one digest.
    expect(await runReminders(engine.db, mailer, { publicUrl: PUBLIC_URL, today: '2024-07-25' })).toEqual({
      created: 2,
      emailed: 2,
    });
    const late = await runReminders(engine.db, mailer, { publicUrl: PUBLIC_URL, today: '2025-01-05' });
    expect(late.emailed).toBe(3); // two office users, and the coordinator (COTECH and COPIL of 2024)
    const toCoordinator = smtp.messages.filter((m) => m.to.includes(w.coordinator.email));
    expect(toCoordinator).toHaveLength(1);
    const digest = decoded(toCoordinator[0]!.raw);
    expect(digest).toContain('En retard : Réunir le comité technique (2e semestre 2024)');
    expect(digest).toContain('En retard : Réunir le comité de pilotage (4e trimestre 2024)');

    const mine = await listNotifications(engine.db, w.officeManager);
    expect(mine.unread).toBeGreaterThanOrEqual(3);
    expect(mine.notifications.map((n) => n.title)).toContain(
      'En retard : Transmettre les tableaux de suivi semestriels (1er semestre 2024)',
    );
    expect(mine.notifications.map((n) => n.title)).toContain(
      'Échéance le 31/01/2025 : Transmettre les tableaux de suivi semestriels (2e semestre 2024)',
    );
    const after = await markNotificationsRead(engine.db, w.officeManager, mine.notifications[0]!.id);
    expect(after.unread).toBe(mine.unread - 1);
    await refused(markNotificationsRead(engine.db, w.officeAgent, mine.notifications[0]!.id), 'NOT_FOUND');
    expect((await markNotificationsRead(engine.db, w.officeManager, null)).unread).toBe(0);
    expect((await listNotifications(engine.db, w.controller)).notifications).toEqual([]);
  });

  it('runs as a job from the queue', async () => {
    const before = smtp.messages.length;
    await enqueue(
      engine.db,
      REMINDERS_JOB,
      { today: '2025-07-10' },
      { singletonKey: `${REMINDERS_JOB}:test-2025-07-10` },
    );
    expect(await runDueJobs(engine.db, reminderJobs(engine.db, mailer, PUBLIC_URL))).toBe(1);
    expect(smtp.messages.length).toBeGreaterThan(before);
  });
});

describeEachEngine(
  'obligations reminders race',
  (engine) => {
    it('sends a reminder once, not twice, with two instances on one PostgreSQL server', async () => {
      const w = await governanceWorld(engine.db);
      await engine.db
        .updateTable('duty_instances')
        .set({ done_on: '2024-01-02' })
        .where('due_on', '<', '2024-07-05')
        .execute();
      const smtp = await startTestSmtp();
      const mailerA = createMailer({ smtpUrl: smtp.url, publicUrl: PUBLIC_URL })!;
      const mailerB = createMailer({ smtpUrl: smtp.url, publicUrl: PUBLIC_URL })!;
      const second = connectServer(engine.url!);
      try {
        for (let round = 0; round < 3; round++) {
          await Promise.all([
            runReminders(engine.db, mailerA, { publicUrl: PUBLIC_URL, today: '2024-07-05' }),
            runReminders(second.db, mailerB, { publicUrl: PUBLIC_URL, today: '2024-07-05' }),
          ]);
        }
        expect(
          smtp.messages
            .map((m) => m.to)
            .flat()
            .sort(),
        ).toEqual([w.officeAgent.email, w.officeManager.email].sort());
        const rows = await engine.db.selectFrom('notifications').select(['user_id', 'kind']).execute();
        expect(rows).toHaveLength(2);
      } finally {
        await second.close();
        mailerA.close();
        mailerB.close();
        await smtp.close();
      }
    });
  },
  { serverOnly: true },
);

import { afterAll, beforeAll, expect, it } from 'vitest';
import type { UserSummary } from '../../../contracts/access';
import { runDueJobs } from '../../platform/jobs';
import { createMailer, type Mailer } from '../../platform/mail';
import { buildTestApp, describeEachEngine, loginAs, type LoggedIn, type TestApp } from '../../test/engines';
import { createTestOrganisation, createTestUser, STRONG_PASSWORD } from '../../test/fixtures';
import { startTestSmtp } from '../obligations/smtp-test-server';
import { hashToken } from './access.service';
import { LINK_REFUSED, RESET_REQUESTED } from './account-links.rules';
import { accountMailJobs, checkLink, setPasswordWithLink } from './password-links.service';

const PUBLIC_URL = 'http://copil.test';
const NEW_PASSWORD = 'Nouvelle-Clef-Solide-93';
const H = 60 * 60 * 1000;

/** A quoted-printable mail body as text. */
const decoded = (raw: string) =>
  Buffer.from(
    raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
    'latin1',
  ).toString('utf8');

let address = 0;
const freshAddress = () => `203.0.113.${++address}`;

/**
 * Issue #22 (3), accounts upkeep through the API on both engines, with e-mail really sent to a
 * local SMTP server: invitation, resend, forgotten password, change of one's own password, and the
 * administrator's edit / disable / enable.
 */
describeEachEngine('accounts upkeep', (engine) => {
  let built: TestApp;
  let admin: LoggedIn;
  let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
  let mailer: Mailer;
  let orgId: string;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    mailer = createMailer({ smtpUrl: smtp.url, publicUrl: PUBLIC_URL })!;
    built = await buildTestApp(engine, { SMTP_URL: smtp.url, PUBLIC_URL });
    admin = await loginAs(built.app, built.initialAdmin!.email, built.initialAdmin!.password);
    orgId = (await createTestOrganisation(engine.db, { kind: 'landlord' })).id;
  });
  afterAll(async () => {
    mailer?.close();
    await smtp?.close();
    await built?.close();
  });

  const sendMail = () => runDueJobs(engine.db, accountMailJobs(engine.db, mailer, PUBLIC_URL));
  const mailsTo = (email: string) => smtp.messages.filter((m) => m.to.includes(email)).map((m) => decoded(m.raw));
  const tokenOf = (mail: string) => /#jeton=([A-Za-z0-9_-]+)/.exec(mail)![1]!;
  const lastToken = (email: string) => tokenOf(mailsTo(email).at(-1)!);
  const anonymous = (url: string, payload: object, remoteAddress = freshAddress()) =>
    built.app.inject({ method: 'POST', url, payload, remoteAddress });
  const audit = (entityId: string) =>
    engine.db
      .selectFrom('audit_events')
      .select(['action', 'before', 'after'])
      .where('entity_id', '=', entityId)
      .orderBy('id')
      .execute();

  async function invite(email: string, displayName = 'Personne Invitée') {
    const response = await admin.inject('POST', '/api/users', {
      email,
      displayName,
      organisationId: orgId,
      roles: ['office_agent'],
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<UserSummary>();
  }

  it('invites by e-mail: a single-use link sets the password and signs the person in', async () => {
    const created = await invite('invitee@example.test');
    expect(created).toMatchObject({ invitationPending: true, disabledAt: null, invitationExpiresAt: null });
    expect(await sendMail()).toBe(1);
    const mails = mailsTo('invitee@example.test');
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain('Subject: =?UTF-8?Q?Copil_'); // encoded French subject
    expect(mails[0]).toContain(`${PUBLIC_URL}/choisir-mot-de-passe#jeton=`);
    const token = tokenOf(mails[0]!);

    // Only the token's hash is stored, with a 72 h expiry.
    const links = await engine.db.selectFrom('account_links').selectAll().where('user_id', '=', created.id).execute();
    expect(links).toHaveLength(1);
    expect(links[0]!.token_hash).toBe(hashToken(token));
    expect(links[0]!.expires_at.getTime() - links[0]!.created_at.getTime()).toBe(72 * H);
    const listed = (await admin.inject('GET', '/api/users')).json<UserSummary[]>().find((u) => u.id === created.id)!;
    expect(listed.invitationExpiresAt).toBe(links[0]!.expires_at.toISOString());

    const check = await anonymous('/api/auth/password-links/check', { token });
    expect(check.json()).toMatchObject({ purpose: 'invitation', email: 'invitee@example.test' });
    const weak = await anonymous('/api/auth/password-links/use', { token, password: 'azerty123456' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0].field).toBe('password');

    const used = await anonymous('/api/auth/password-links/use', { token, password: NEW_PASSWORD });
    expect(used.statusCode, used.body).toBe(200);
    expect(used.json().user.email).toBe('invitee@example.test');
    const cookie = used.cookies.find((c) => c.name === 'copil_session')!;
    const session = await built.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      cookies: { copil_session: cookie.value },
    });
    expect(session.statusCode).toBe(200);

    // Single use.
    const again = await anonymous('/api/auth/password-links/use', { token, password: 'Encore-Une-Autre-42' });
    expect(again.statusCode).toBe(400);
    expect(again.json().detail).toBe(LINK_REFUSED);
    await loginAs(built.app, 'invitee@example.test', NEW_PASSWORD, { remoteAddress: freshAddress() });

    const events = await audit(created.id);
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['create', 'invitation_sent', 'invitation_accepted']),
    );
    const journal = JSON.stringify(
      await engine.db.selectFrom('audit_events').select(['action', 'before', 'after', 'actor_label']).execute(),
    );
    expect(journal).not.toContain(token);
    expect(journal).not.toContain(NEW_PASSWORD);
    const queue = JSON.stringify(await engine.db.selectFrom('jobs').select(['name', 'payload']).execute());
    expect(queue).not.toContain(token);
  });

  it('resends an invitation: the earlier link stops working at once', async () => {
    const created = await invite('resent@example.test', 'Invitée Relancée');
    await sendMail();
    const first = lastToken('resent@example.test');
    const resent = await admin.inject('POST', `/api/users/${created.id}/invitation`);
    expect(resent.statusCode, resent.body).toBe(200);
    expect((await anonymous('/api/auth/password-links/check', { token: first })).statusCode).toBe(400);
    await sendMail();
    const second = lastToken('resent@example.test');
    expect(second).not.toBe(first);
    expect(
      (await anonymous('/api/auth/password-links/use', { token: second, password: NEW_PASSWORD })).statusCode,
    ).toBe(200);
    // Once the password is chosen, there is nothing to resend.
    expect((await admin.inject('POST', `/api/users/${created.id}/invitation`)).statusCode).toBe(409);
    expect((await audit(created.id)).map((e) => e.action)).toContain('invitation_resent');
  });

  it('refuses an expired invitation link, and an invitation when no e-mail can be sent', async () => {
    const created = await invite('late@example.test');
    await sendMail();
    const token = lastToken('late@example.test');
    const later = new Date(Date.now() + 72 * H + 1000);
    await expect(checkLink(engine.db, token, later)).rejects.toThrow(LINK_REFUSED);
    await expect(setPasswordWithLink(engine.db, { token, password: NEW_PASSWORD }, later)).rejects.toThrow(
      LINK_REFUSED,
    );
    expect(
      (await engine.db.selectFrom('users').select('password_hash').where('id', '=', created.id).executeTakeFirst())!
        .password_hash,
    ).toBeNull();

    const withoutMail = await buildTestApp(engine);
    try {
      const adminNoMail = await loginAs(withoutMail.app, built.initialAdmin!.email, built.initialAdmin!.password);
      const refused = await adminNoMail.inject('POST', '/api/users', {
        email: 'nomail@example.test',
        displayName: 'Sans Courriel',
        organisationId: orgId,
        roles: ['office_agent'],
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().errors[0].field).toBe('password');
      const options = await withoutMail.app.inject({ method: 'GET', url: '/api/auth/options' });
      expect(options.json()).toEqual({ passwordByEmail: false });
    } finally {
      await withoutMail.close();
    }
  });

  it('answers a forgotten password the same for any address, and e-mails only an active account', async () => {
    const known = await createTestUser(engine.db, { roles: ['office_agent'], organisationId: orgId });
    const otherSession = await loginAs(built.app, known.email, known.password, { remoteAddress: freshAddress() });
    const before = smtp.messages.length;
    const ip = freshAddress();
    const forKnown = await anonymous('/api/auth/password-reset', { email: known.email.toUpperCase() }, ip);
    const forUnknown = await anonymous('/api/auth/password-reset', { email: 'nobody@example.test' }, ip);
    const notAnAddress = await anonymous('/api/auth/password-reset', { email: 'pas une adresse' }, ip);
    for (const r of [forKnown, forUnknown, notAnAddress]) {
      expect(r.statusCode).toBe(200);
      expect(r.json()).toEqual({ message: RESET_REQUESTED });
    }
    // Asking again in the same quarter of an hour sends no second e-mail.
    await anonymous('/api/auth/password-reset', { email: known.email }, ip);
    await sendMail();
    expect(smtp.messages.length - before).toBe(1);
    const mail = mailsTo(known.email).at(-1)!;
    expect(mail).toContain('expire le');
    const token = tokenOf(mail);
    const link = await engine.db
      .selectFrom('account_links')
      .selectAll()
      .where('token_hash', '=', hashToken(token))
      .executeTakeFirstOrThrow();
    expect(link.purpose).toBe('reset');
    expect(link.expires_at.getTime() - link.created_at.getTime()).toBe(H);
    const ignored = await engine.db
      .selectFrom('audit_events')
      .select('after')
      .where('action', '=', 'password_reset_ignored')
      .execute();
    expect(ignored.map((e) => e.after)).toContainEqual({ email: 'nobody@example.test', reason: 'unknown' });

    await expect(
      setPasswordWithLink(engine.db, { token, password: NEW_PASSWORD }, new Date(Date.now() + H + 1000)),
    ).rejects.toThrow(LINK_REFUSED);
    const used = await anonymous('/api/auth/password-links/use', { token, password: NEW_PASSWORD });
    expect(used.statusCode, used.body).toBe(200);
    // The sessions open before the reset end.
    expect((await otherSession.inject('GET', '/api/auth/session')).statusCode).toBe(401);
    await loginAs(built.app, known.email, NEW_PASSWORD, { remoteAddress: freshAddress() });
    expect((await audit(known.id)).map((e) => e.action)).toEqual(
      expect.arrayContaining(['password_reset_sent', 'password_reset']),
    );
  });

  it('sends nothing to a disabled account, and throttles requests per address like login', async () => {
    const user = await createTestUser(engine.db, { roles: ['office_agent'], organisationId: orgId });
    expect((await admin.inject('POST', `/api/users/${user.id}/disable`)).statusCode).toBe(200);
    const before = smtp.messages.length;
    expect((await anonymous('/api/auth/password-reset', { email: user.email })).json()).toEqual({
      message: RESET_REQUESTED,
    });
    await sendMail();
    expect(smtp.messages.length).toBe(before);

    const ip = freshAddress();
    const answers: number[] = [];
    for (let i = 0; i < 21; i++)
      answers.push((await anonymous('/api/auth/password-reset', { email: `x${i}@example.test` }, ip)).statusCode);
    expect(answers.slice(0, 20).every((s) => s === 200)).toBe(true);
    expect(answers[20]).toBe(429);
  });

  it('changes one’s own password with the current one; the other sessions end', async () => {
    const user = await createTestUser(engine.db, { roles: ['office_agent'], organisationId: orgId });
    const here = await loginAs(built.app, user.email, user.password, { remoteAddress: freshAddress() });
    const elsewhere = await loginAs(built.app, user.email, user.password, { remoteAddress: freshAddress() });
    const wrong = await here.inject('POST', '/api/auth/password', {
      currentPassword: 'Pas-Le-Bon-42-Mot',
      newPassword: NEW_PASSWORD,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].field).toBe('currentPassword');
    const weak = await here.inject('POST', '/api/auth/password', {
      currentPassword: STRONG_PASSWORD,
      newPassword: 'court',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0].field).toBe('newPassword');
    const changed = await here.inject('POST', '/api/auth/password', {
      currentPassword: STRONG_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toEqual({ otherSessionsEnded: 1 });
    expect((await here.inject('GET', '/api/auth/session')).statusCode).toBe(200);
    expect((await elsewhere.inject('GET', '/api/auth/session')).statusCode).toBe(401);
    await loginAs(built.app, user.email, NEW_PASSWORD, { remoteAddress: freshAddress() });
    const events = await audit(user.id);
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['password_change_failed', 'password_change']));
    expect(JSON.stringify(events)).not.toContain(NEW_PASSWORD);
  });

  it('lets the administrator edit, disable and enable an account; a disabled one’s sessions end at once', async () => {
    const user = await createTestUser(engine.db, { roles: ['office_agent'], organisationId: orgId });
    const session = await loginAs(built.app, user.email, user.password, { remoteAddress: freshAddress() });
    const edited = await admin.inject('PATCH', `/api/users/${user.id}`, {
      displayName: 'Nom Corrigé',
      roles: ['office_manager'],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      displayName: 'Nom Corrigé',
      roles: ['office_manager'],
      organisationId: orgId,
    });
    expect((await session.inject('GET', '/api/auth/session')).json().user.roles).toEqual(['office_manager']);
    const noOrg = await admin.inject('PATCH', `/api/users/${user.id}`, { organisationId: null });
    expect(noOrg.statusCode).toBe(400);
    expect(noOrg.json().errors[0].field).toBe('organisationId');
    const selfDemotion = await admin.inject('PATCH', `/api/users/${admin.user.id}`, { roles: ['coordinator'] });
    expect(selfDemotion.statusCode).toBe(400);
    expect((await admin.inject('POST', `/api/users/${admin.user.id}/disable`)).statusCode).toBe(400);

    const disabled = await admin.inject('POST', `/api/users/${user.id}/disable`);
    expect(disabled.json<UserSummary>().disabledAt).not.toBeNull();
    expect((await session.inject('GET', '/api/auth/session')).statusCode).toBe(401);
    const refused = await anonymous('/api/auth/login', { email: user.email, password: user.password });
    expect(refused.statusCode).toBe(401);
    const enabled = await admin.inject('POST', `/api/users/${user.id}/enable`);
    expect(enabled.json<UserSummary>().disabledAt).toBeNull();
    await loginAs(built.app, user.email, user.password, { remoteAddress: freshAddress() });

    const events = await audit(user.id);
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['update', 'disable', 'enable']));
    expect(events.find((e) => e.action === 'update')).toMatchObject({
      before: { displayName: user.displayName, roles: ['office_agent'] },
      after: { displayName: 'Nom Corrigé', roles: ['office_manager'] },
    });
    expect(events.find((e) => e.action === 'disable')!.after).toMatchObject({ sessionsEnded: 1 });
  });
});

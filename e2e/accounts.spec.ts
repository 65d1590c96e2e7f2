import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { accountMailJobs } from '../src/server/domains/access/password-links.service';
import { startTestSmtp } from '../src/server/domains/obligations/smtp-test-server';
import { runDueJobs } from '../src/server/platform/jobs';
import { createMailer, type Mailer } from '../src/server/platform/mail';
import { describeInBrowser, expectAccessible, login, OFFICE_SIRET, useCopil } from './harness';

/** A quoted-printable mail body as text. */
const decoded = (raw: string) =>
  Buffer.from(
    raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
    'latin1',
  ).toString('utf8');

const EMAIL = 'camille.invitee@example.test';
const FIRST = 'Premier-Choix-Solide-47';
const SECOND = 'Second-Choix-Solide-58';

/**
 * Issue #22 (3): an account by invitation e-mail (the link read from the message a real SMTP
 * server received), the forgotten password, and an administrator disabling an account while its
 * person is signed in elsewhere.
 */
describeInBrowser('Comptes : invitation, mot de passe oublié, désactivation', () => {
  let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
  let mailer: Mailer;
  beforeAll(async () => {
    smtp = await startTestSmtp();
  });
  const env = useCopil(() => ({ SMTP_URL: smtp.url }));
  let admin: Page;
  let person: Page;

  beforeAll(async () => {
    mailer = createMailer({ smtpUrl: smtp.url, publicUrl: env.copil.baseUrl })!;
    admin = await env.newPage();
    await login(admin, env.copil.baseUrl, env.copil.admin.email, env.copil.admin.password);
  });
  afterAll(async () => {
    mailer?.close();
    await smtp?.close();
  });

  /** Runs the e-mail jobs as the job runner would, and returns the link of the last message to EMAIL. */
  async function linkInMail(): Promise<string> {
    const db = env.copil.built.database.db;
    await runDueJobs(db, accountMailJobs(db, mailer, env.copil.baseUrl));
    const mail = decoded(smtp.messages.filter((m) => m.to.includes(EMAIL)).at(-1)!.raw);
    return /(http:\/\/\S+\/choisir-mot-de-passe#jeton=[A-Za-z0-9_-]+)/.exec(mail)![1]!;
  }

  async function choosePassword(page: Page, link: string, password: string) {
    await page.goto(link);
    await page.getByRole('heading', { name: 'Choisir votre mot de passe', level: 1 }).waitFor();
    await page.getByText(EMAIL).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Nouveau mot de passe').fill(password);
    await page.getByLabel('Confirmer le mot de passe').fill(password);
    await page.getByRole('button', { name: 'Enregistrer et me connecter' }).click();
    await page.getByRole('navigation', { name: 'Navigation principale' }).waitFor();
  }

  it('invites a person, who chooses a password through the e-mailed link and is signed in', async () => {
    await admin.getByRole('link', { name: 'Comptes' }).click();
    await admin.getByRole('heading', { name: 'Comptes', level: 1 }).waitFor();
    const form = admin.getByRole('region', { name: 'Nouveau compte' });
    await form.getByLabel('Nom et prénom').fill('Camille Invitée');
    await form.getByLabel('Adresse électronique').fill(EMAIL);
    const office = await env.copil.built.database.db
      .selectFrom('organisations')
      .select('name')
      .where('siret', '=', OFFICE_SIRET)
      .executeTakeFirstOrThrow();
    await form.getByLabel('Organisation').selectOption({ label: office.name });
    await form.getByLabel("Agent de l'office").check();
    await expect.poll(() => form.getByLabel('La personne le choisit (invitation par courriel)').isChecked()).toBe(true);
    await form.getByRole('button', { name: 'Créer le compte et envoyer l’invitation' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toContain('une invitation lui est envoyée');
    await expectAccessible(admin);

    person = await env.newPage();
    await choosePassword(person, await linkInMail(), FIRST);
    await admin.reload();
    const row = admin.getByRole('row', { name: /Camille Invitée/ });
    await expect.poll(() => row.textContent()).toContain('Actif');
  });

  it('sends a link for a forgotten password from the login page', async () => {
    const page = await env.newPage();
    await page.goto(`${env.copil.baseUrl}/connexion`);
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await page.getByRole('heading', { name: 'Mot de passe oublié', level: 1 }).waitFor();
    await page.getByLabel('Adresse électronique').fill(EMAIL);
    await page.getByRole('button', { name: 'Recevoir un lien' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Si un compte actif correspond');
    await expectAccessible(page);
    await choosePassword(page, await linkInMail(), SECOND);
    // The reset ended the session opened with the invitation; the new password signs in.
    await person.close();
    person = await env.newPage();
    await login(person, env.copil.baseUrl, EMAIL, SECOND);
  });

  it('sends a person to the login page as soon as an administrator disables their account', async () => {
    admin.once('dialog', (dialog) => void dialog.accept());
    await admin.getByRole('button', { name: 'Désactiver le compte de Camille Invitée' }).click();
    await expect.poll(() => admin.getByRole('status').first().textContent()).toContain('ses sessions ont pris fin');
    await expectAccessible(admin);

    await person.getByRole('link', { name: 'Patrimoine' }).click();
    await person.getByRole('heading', { name: 'Connexion', level: 1 }).waitFor();
    expect(new URL(person.url()).pathname).toBe('/connexion');
  });
});

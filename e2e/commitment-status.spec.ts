import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { createTestUser } from '../src/server/test/fixtures';
import { describeInBrowser, expectAccessible, login, useCopil, type RunningCopil, OFFICE_SIRET } from './harness';

const AGENT_NAME = 'Agnès Vasseur';
const JUSTIFICATION_REQUIRED =
  'Un engagement déclaré atteint ou non atteint doit être justifié : ajoutez un commentaire ou une pièce.';

describeInBrowser('État d’un engagement renseigné par l’office, avec justificatif', () => {
  const env = useCopil();
  let copil: RunningCopil;
  let page: Page;
  let pdfPath: string;

  beforeAll(async () => {
    copil = env.copil;
    const db = copil.built.database.db;
    const office = await db
      .selectFrom('organisations')
      .select('id')
      .where('siret', '=', OFFICE_SIRET)
      .executeTakeFirstOrThrow();
    const agent = await createTestUser(db, {
      roles: ['office_agent'],
      organisationId: office.id,
      displayName: AGENT_NAME,
    });
    pdfPath = env.writePdf('bilan-rehabilitation-2025.pdf');
    page = await env.newPage();
    await login(page, copil.baseUrl, agent.email, agent.password);
  });

  const main = () => page.getByRole('main');
  const counter = () =>
    main()
      .getByRole('status')
      .filter({ hasText: /engagements? affichés? pour/ });

  async function openObjectives() {
    await page.goto(copil.baseUrl);
    await main()
      .getByRole('link', { name: /Convention de partenariat stratégique 2024-2033/ })
      .click();
    await page
      .getByRole('navigation', { name: 'Sections de la convention' })
      .getByRole('link', { name: 'Objectifs et engagements' })
      .click();
    await main().getByRole('heading', { name: 'Objectifs et engagements', level: 1 }).waitFor();
    await counter().waitFor();
  }

  /** Filters the objectives page on a responsible party and opens the first commitment shown. */
  async function openFirstCommitmentOf(party: 'Office' | 'Département') {
    await openObjectives();
    await main().getByLabel('Partie responsable').selectOption({ label: party });
    const metas = main().locator('.commitment-meta');
    await expect
      .poll(async () => new Set((await metas.allTextContents()).map((t) => t.split(' · ')[0])))
      .toEqual(new Set([party]));
    await main().locator('ul.commitments').getByRole('link').first().click();
    await main()
      .getByRole('heading', { level: 1, name: /^Engagement / })
      .waitFor();
  }

  it('renseigne « Atteint » pour 2025 avec un commentaire et une pièce PDF, visible dans le tableau et l’historique', async () => {
    await openFirstCommitmentOf('Office');
    const code = (await main().getByRole('heading', { level: 1 }).textContent())!.replace('Engagement ', '');
    expect(code).toBe('1.1.a');
    const form = main().getByRole('region', { name: "Renseigner l'état" });
    await form.waitFor();
    await expectAccessible(page);

    await form.getByLabel('Année').selectOption('2025');
    await form.getByLabel('État').selectOption({ label: 'Atteint' });
    await form.getByLabel('Commentaire').fill('205 logements de classe G réhabilités au 1er janvier 2025.');
    await form.getByLabel('Pièce justificative').setInputFiles(pdfPath);
    await form.getByRole('button', { name: "Enregistrer l'état" }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe('État 2025 enregistré : Atteint.');

    // The per-year table: 2025 is achieved, with the comment and the file as a link.
    const table = main().getByRole('table', { name: "État de l'engagement pour chaque année de la convention" });
    const row2025 = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '2025', exact: true }) });
    await expect.poll(() => row2025.getByRole('cell').first().textContent()).toBe('Atteint');
    expect(await row2025.textContent()).toContain('205 logements de classe G réhabilités');
    const fileLink = row2025.getByRole('link', { name: 'bilan-rehabilitation-2025.pdf' });
    const href = (await fileLink.getAttribute('href'))!;
    expect(href).toMatch(/^\/api\/documents\/[0-9a-f-]{36}$/);
    const download = await page.request.get(`${copil.baseUrl}${href}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('application/pdf');
    expect((await download.body()).subarray(0, 8).toString()).toBe('%PDF-1.4');
    // The other years stay unset.
    const row2026 = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '2026', exact: true }) });
    expect(await row2026.getByRole('cell').first().textContent()).toBe('Non renseigné');

    // The history names who set it.
    const history = main().getByRole('region', { name: 'Historique' }).getByRole('listitem');
    expect(await history.count()).toBe(1);
    const entry = (await history.first().textContent()) ?? '';
    expect(entry).toContain(`${AGENT_NAME} : 2025, Atteint`);
    expect(entry).toContain('« 205 logements de classe G réhabilités au 1er janvier 2025. »');
    expect(entry).toContain('bilan-rehabilitation-2025.pdf');
    await expectAccessible(page);
  });

  // After a save the file input is emptied, so a second save never silently goes without the file shown.
  it('vide le champ « Pièce justificative » après l’enregistrement', async () => {
    const input = main().getByRole('region', { name: "Renseigner l'état" }).getByLabel('Pièce justificative');
    expect(await input.evaluate((el) => (el as HTMLInputElement).files?.length ?? 0)).toBe(0);
  });

  it('refuse « Atteint » sans commentaire ni pièce, avec le message lié au champ', async () => {
    const form = main().getByRole('region', { name: "Renseigner l'état" });
    expect(await form.getByLabel('Commentaire').inputValue()).toBe('');
    await form.getByLabel('Année').selectOption('2025');
    await form.getByLabel('État').selectOption({ label: 'Atteint' });
    await form.getByRole('button', { name: "Enregistrer l'état" }).click();

    await expect.poll(() => form.getByRole('alert').textContent()).toBe(JUSTIFICATION_REQUIRED);
    const comment = form.getByLabel('Commentaire');
    expect(await comment.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await comment.getAttribute('aria-describedby'))!;
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe(JUSTIFICATION_REQUIRED);
    expect(await form.getByRole('status').count()).toBe(0);
    // Nothing was recorded.
    expect(await main().getByRole('region', { name: 'Historique' }).getByRole('listitem').count()).toBe(1);
    await expectAccessible(page);
  });

  it('ne propose pas le formulaire sur un engagement du Département', async () => {
    await openFirstCommitmentOf('Département');
    await main().getByRole('heading', { name: 'Historique', level: 2 }).waitFor();
    expect(await main().getByRole('definition').allTextContents()).toContain('Département');
    expect(await main().getByRole('region', { name: "Renseigner l'état" }).count()).toBe(0);
    expect(await main().getByRole('button', { name: "Enregistrer l'état" }).count()).toBe(0);
    expect(await main().textContent()).toContain("L'état de cet engagement est renseigné par le Département.");
    await expectAccessible(page);
  });

  it('retrouve l’engagement sur la page des objectifs filtrée sur 2025 et « Atteint »', async () => {
    await openObjectives();
    await main().getByLabel('Année').selectOption('2025');
    await expect.poll(() => counter().textContent()).toMatch(/pour 2025$/);
    expect(new URL(page.url()).search).toBe('?annee=2025');
    await main().getByLabel('État').selectOption({ label: 'Atteint' });
    await expect.poll(() => counter().textContent()).toBe('1 engagement affiché pour 2025');
    const links = main().getByRole('link', { name: /^1\.1\.a / });
    expect(await links.count()).toBe(1);
    expect(await main().locator('.commitment-meta').allTextContents()).toEqual(['Office · Atteint']);
    await expectAccessible(page);

    // The same filter on 2026 finds nothing: the status is per year.
    await main().getByLabel('Année').selectOption('2026');
    await expect.poll(() => counter().textContent()).toBe('0 engagement affiché pour 2026');
  });
});

import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { createTestUser } from '../src/server/test/fixtures';
import { describeInBrowser, expectAccessible, login, useCopil, type RunningCopil, DEPARTMENT_SIRET } from './harness';

const COORDINATOR_NAME = 'Claire Delattre';

describeInBrowser('Avenant (coordinateur DAT) et résiliation (administrateur)', () => {
  const env = useCopil();
  let copil: RunningCopil;
  let coordinator: Page;
  let admin: Page;

  beforeAll(async () => {
    copil = env.copil;
    const db = copil.built.database.db;
    const department = await db
      .selectFrom('organisations')
      .select('id')
      .where('siret', '=', DEPARTMENT_SIRET)
      .executeTakeFirstOrThrow();
    const dat = await createTestUser(db, {
      roles: ['coordinator'],
      organisationId: department.id,
      displayName: COORDINATOR_NAME,
    });
    coordinator = await env.newPage();
    admin = await env.newPage();
    await login(coordinator, copil.baseUrl, dat.email, dat.password);
    await login(admin, copil.baseUrl, copil.admin.email, copil.admin.password);
  });

  /** From the list of conventions, opens one section of the 2024-2033 convention. */
  async function openSection(page: Page, section: string, heading: string) {
    await page.goto(copil.baseUrl);
    await page
      .getByRole('main')
      .getByRole('link', { name: /Convention de partenariat stratégique 2024-2033/ })
      .click();
    await page
      .getByRole('navigation', { name: 'Sections de la convention' })
      .getByRole('link', { name: section })
      .click();
    await page.getByRole('main').getByRole('heading', { name: heading, level: 1 }).waitFor();
  }

  it('enregistre l’avenant n° 1 qui reporte la fin au 31/12/2035', async () => {
    const page = coordinator;
    await openSection(page, 'Avenants', 'Avenants');
    const main = page.getByRole('main');
    await main.getByText("Aucun avenant n'a été enregistré").waitFor();
    const form = main.getByRole('region', { name: 'Enregistrer un avenant' });
    await expectAccessible(page);

    expect(await form.getByLabel('Numéro').inputValue()).toBe('1');
    await form.getByLabel('Objet').fill('Prolongation de la convention jusqu’au 31 décembre 2035');
    await form.getByLabel('Date de signature').fill('2026-05-15');
    await form.getByLabel("Date d'effet").fill('2026-06-01');
    await form.getByLabel('Élément modifié').selectOption({ label: 'Date de fin de la convention' });
    await form.getByLabel('Nouvelle date de fin').fill('2035-12-31');
    await form.getByRole('button', { name: "Enregistrer l'avenant" }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe('Avenant n° 1 enregistré.');

    const amendment = main.getByRole('region', {
      name: 'Avenant n° 1 : Prolongation de la convention jusqu’au 31 décembre 2035',
    });
    await amendment.waitFor();
    const text = (await amendment.textContent()) ?? '';
    expect(text).toContain('Signé le 15/05/2026, en vigueur le 01/06/2026');
    expect(text).toContain(`Enregistré par ${COORDINATOR_NAME}`);
    expect(await amendment.getByRole('listitem').allTextContents()).toEqual(['Date de fin : 31/12/2033 → 31/12/2035']);
    expect(await form.getByLabel('Numéro').inputValue()).toBe('2');
    await expectAccessible(page);
  });

  it('montre la convention modifiée, et telle qu’elle était la veille de l’avenant', async () => {
    const page = coordinator;
    await page
      .getByRole('navigation', { name: 'Sections de la convention' })
      .getByRole('link', { name: 'La convention' })
      .click();
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: 'En-tête', level: 2 }).waitFor();
    const header = main.getByRole('region', { name: 'En-tête' });
    expect(await header.textContent()).toContain('du 01/01/2024 au 31/12/2035');
    expect(await header.textContent()).toContain("Modifiée par l'avenant n° 1 (en vigueur le 01/06/2026)");
    expect(await header.getByRole('link', { name: 'Historique des avenants' }).count()).toBe(1);
    await expectAccessible(page);

    await main.getByLabel('Lire la convention telle que modifiée au').fill('2026-05-31');
    await main.getByRole('button', { name: 'Afficher' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?date=2026-05-31');
    await expect.poll(() => header.textContent()).toContain('du 01/01/2024 au 31/12/2033');
    expect(await header.textContent()).not.toContain('Modifiée par');
    expect(await main.textContent()).toContain('(état au 31/05/2026)');
    await expectAccessible(page);

    // "Aujourd'hui" returns to the current text.
    await main.getByRole('button', { name: "Aujourd'hui" }).click();
    await expect.poll(() => header.textContent()).toContain('au 31/12/2035');

    // The printable version integrates the amendment, and the objectives gain the extra years.
    await page
      .getByRole('navigation', { name: 'Sections de la convention' })
      .getByRole('link', { name: 'Version imprimable' })
      .click();
    await expect
      .poll(() => main.getByText(/^Version consolidée au \d/).textContent())
      .toMatch(/, intégrant l'avenant n° 1 du 01\/06\/2026\.$/);
    await page
      .getByRole('navigation', { name: 'Sections de la convention' })
      .getByRole('link', { name: 'Objectifs et engagements' })
      .click();
    const years = main.getByLabel('Année').locator('option');
    await expect.poll(() => years.allTextContents()).toContain('2035');
  });

  it('refuse un avenant dont la nouvelle date de fin (30/06/2023) précède le début de la convention', async () => {
    const page = coordinator;
    await page
      .getByRole('navigation', { name: 'Sections de la convention' })
      .getByRole('link', { name: 'Avenants' })
      .click();
    const form = page.getByRole('region', { name: 'Enregistrer un avenant' });
    await form.waitFor();
    await form.getByLabel('Objet').fill('Raccourcissement erroné');
    await form.getByLabel('Date de signature').fill('2026-05-15');
    await form.getByLabel("Date d'effet").fill('2026-06-01');
    await form.getByLabel('Nouvelle date de fin').fill('2023-06-30');
    await form.getByRole('button', { name: "Enregistrer l'avenant" }).click();

    const refusal =
      'La nouvelle date de fin (30/06/2023) doit être postérieure au début de la convention (01/01/2024).';
    await expect.poll(() => form.getByRole('alert').textContent()).toBe(refusal);
    const endDate = form.getByLabel('Nouvelle date de fin');
    expect(await endDate.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`[id="${await endDate.getAttribute('aria-describedby')}"]`).textContent()).toBe(refusal);
    expect(
      await page
        .getByRole('main')
        .getByRole('heading', { level: 2, name: /^Avenant n° / })
        .count(),
    ).toBe(1);
    await expectAccessible(page);
  });

  it('enregistre une mise en demeure du 30/11/2025 : résiliation possible à partir du 28/02/2026', async () => {
    const page = admin;
    await openSection(page, 'Résiliation', 'Résiliation');
    const main = page.getByRole('main');
    await main.getByText("Aucune mise en demeure n'a été envoyée.").waitFor();
    const form = main.getByRole('region', { name: 'Enregistrer une mise en demeure' });
    await expectAccessible(page);

    await form.getByLabel('Partie qui envoie').selectOption({ label: 'Département du Pas-de-Calais' });
    await form.getByLabel("Date d'envoi de la lettre recommandée").fill('2025-11-30');
    await form.getByLabel('Référence de la lettre recommandée').fill('1A 234 567 8901 2');
    await form.getByLabel('Motif : engagements non respectés').fill('Engagements 1.1.a et 1.1.b non tenus en 2025.');
    await form.getByRole('button', { name: 'Enregistrer la mise en demeure' }).click();

    const notice = main.getByRole('region', { name: 'Mise en demeure du 30/11/2025' });
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toMatch(/Résiliation possible à partir du\s*28\/02\/2026/);
    expect(text).toMatch(/Envoyée par\s*Département du Pas-de-Calais/);
    expect(text).toMatch(/Suite\s*En cours/);
    // With a notice open, the form to send another one is gone.
    await expect.poll(() => form.count()).toBe(0);
    await expectAccessible(page);
  });

  // The confirmation outlives the form, which disappears once the notice is open, and takes the focus.
  it('garde l’annonce « Mise en demeure enregistrée … » et le focus après l’enregistrement', async () => {
    const statuses = await admin.getByRole('main').getByRole('status').allTextContents();
    expect(statuses.join(' ')).toContain('Mise en demeure enregistrée : résiliation possible à partir du 28/02/2026.');
    expect(await admin.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
  });

  it('refuse une résiliation au 27/02/2026, puis retire la mise en demeure avec un motif', async () => {
    const page = admin;
    const main = page.getByRole('main');
    // The convention page warns of the pending termination and links to it.
    await page
      .getByRole('navigation', { name: 'Sections de la convention' })
      .getByRole('link', { name: 'La convention' })
      .click();
    await expect
      .poll(() => main.getByRole('status').filter({ hasText: 'Mise en demeure' }).textContent())
      .toContain(
        'Mise en demeure envoyée le 30/11/2025 par Département du Pas-de-Calais : résiliation possible à partir du 28/02/2026.',
      );
    await main.getByRole('link', { name: 'Voir la résiliation' }).click();
    const notice = main.getByRole('region', { name: 'Mise en demeure du 30/11/2025' });
    await notice.getByLabel("Date d'effet de la résiliation").waitFor();
    expect(await notice.getByLabel("Date d'effet de la résiliation").inputValue()).toBe('2026-02-28');

    await notice.getByLabel("Date d'effet de la résiliation").fill('2026-02-27');
    await notice.getByRole('button', { name: 'Enregistrer la résiliation' }).click();
    const refusal =
      'La résiliation ne peut prendre effet avant le 28/02/2026 (mise en demeure du 30/11/2025 + 3 mois, article 9).';
    await expect.poll(() => notice.getByRole('alert').textContent()).toBe(refusal);
    expect(await notice.getByLabel("Date d'effet de la résiliation").getAttribute('aria-invalid')).toBe('true');
    expect(await notice.textContent()).toMatch(/Suite\s*En cours/);
    await expectAccessible(page);

    await notice.getByLabel('Date de retrait').fill('2026-01-15');
    await notice.getByLabel('Motif du retrait').fill('Régularisation constatée en comité de pilotage.');
    await notice.getByRole('button', { name: 'Retirer la mise en demeure' }).click();
    await expect
      .poll(() => notice.textContent())
      .toContain('Retirée le 15/01/2026 : Régularisation constatée en comité de pilotage.');
    expect(await notice.getByRole('button').count()).toBe(0);
    // A new notice may be sent again.
    await main.getByRole('region', { name: 'Enregistrer une mise en demeure' }).waitFor();
    await expectAccessible(page);

    await page
      .getByRole('navigation', { name: 'Sections de la convention' })
      .getByRole('link', { name: 'La convention' })
      .click();
    await main.getByRole('heading', { name: 'En-tête', level: 2 }).waitFor();
    expect(await main.getByText(/résiliation possible à partir du/).count()).toBe(0);
  });
});

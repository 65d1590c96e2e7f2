import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { describeInBrowser, expectAccessible, login, useCopil, type RunningCopil } from './harness';

describeInBrowser('Organisations et journal d’audit', () => {
  const env = useCopil();
  let copil: RunningCopil;
  let page: Page;

  beforeAll(async () => {
    copil = env.copil;
    page = await env.newPage();
    await login(page, copil.baseUrl, copil.admin.email, copil.admin.password);
  });

  it('refuse un SIRET invalide en nommant le champ, puis crée l’organisation', async () => {
    await page.getByRole('link', { name: 'Organisations' }).click();
    await page.getByRole('heading', { name: 'Organisations', level: 1 }).waitFor();
    await expectAccessible(page);
    const form = page.getByRole('region', { name: 'Nouvelle organisation' });
    await form.getByLabel('Nom').fill('Bailleur d’essai');
    await form.getByLabel('SIRET').fill('123 456 789 00011');
    await form.getByRole('button', { name: "Créer l'organisation" }).click();
    const siret = form.getByLabel('SIRET');
    await expect.poll(() => siret.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => form.textContent()).toContain("Ce SIRET n'est pas valide");
    await expectAccessible(page);

    await siret.fill('123 456 789 00015');
    await form.getByRole('button', { name: "Créer l'organisation" }).click();
    await expect
      .poll(() => form.getByRole('status').textContent())
      .toContain('Organisation « Bailleur d’essai » créée.');
    await expect.poll(() => page.getByRole('table').textContent()).toContain('123 456 789 00015');
  });

  it('montre la création dans le journal, la filtre et vérifie l’intégrité', async () => {
    await page.getByRole('link', { name: "Journal d'audit" }).click();
    await page.getByRole('heading', { name: "Journal d'audit", level: 1 }).waitFor();
    const table = page.getByRole('table');
    await expect.poll(() => table.textContent()).toContain('Bailleur d’essai');
    await expectAccessible(page);

    await page.getByLabel('Objet').selectOption('organisation');
    await page.getByLabel('Action').selectOption('create');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await expect.poll(() => page.getByText(/^1 événement —/).count()).toBe(1);
    expect(await table.locator('tbody tr').count()).toBe(1);

    await page.getByRole('button', { name: "Vérifier l'intégrité du journal" }).click();
    await expect.poll(() => page.getByText(/Journal intègre/).count()).toBe(1);
    await expectAccessible(page);
  });
});

import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { describeInBrowser, expectAccessible, useCopil, type RunningCopil } from './harness';

const AGENT_NAME = 'Océane Delattre';

describeInBrowser('Indicateurs : historique du seed et saisie par l’office', () => {
  const env = useCopil();
  let copil: RunningCopil;
  let page: Page;

  beforeAll(async () => {
    copil = env.copil;
    ({ page } = await env.signedIn('office', ['office_agent'], AGENT_NAME));
  });

  const main = () => page.getByRole('main');

  it('liste les indicateurs par objectif avec cibles et valeurs, puis ouvre l’historique d’un indicateur du seed', async () => {
    await page.goto(copil.baseUrl);
    await main()
      .getByRole('link', { name: /Convention de partenariat stratégique 2024-2033/ })
      .click();
    await page
      .getByRole('navigation', { name: 'Sections de la convention' })
      .getByRole('link', { name: 'Indicateurs' })
      .click();
    await main().getByRole('heading', { name: 'Indicateurs', level: 1 }).waitFor();
    await main().getByLabel('Année affichée').selectOption('2024');
    const objective1 = main().getByRole('table', { name: "Indicateurs de l'objectif 1 en 2024" });
    await objective1.waitFor();
    const renov = objective1.getByRole('row').filter({ hasText: 'RENOV-EFG' });
    expect(await renov.textContent()).toMatch(/205\slogements/);
    await expectAccessible(page);

    await main()
      .getByRole('table', { name: "Indicateurs de l'objectif 2 en 2024" })
      .getByRole('link', { name: 'Jeunes relogés par le dispositif « 1 jeune 1 logement »' })
      .click();
    await main().getByRole('heading', { level: 1, name: /J1J1L/ }).waitFor();
    const history = main().getByRole('region', { name: 'Historique des valeurs' });
    const text = (await history.textContent()) ?? '';
    expect(text).toContain('2021, 35 jeunes');
    expect(text).toContain('2022, 37 jeunes');
    expect(text).toContain('source : Convention 2024-2033, article 1 (bilan des partenariats 2021-2023)');
    await expectAccessible(page);
  });

  it('saisit une valeur : message d’erreur sur le champ, puis enregistrement visible dans le tableau et l’historique', async () => {
    const form = main().getByRole('region', { name: 'Saisir une valeur' });
    await form.getByLabel('Période').fill('2024-S1');
    await form.getByLabel(/^Valeur/).fill('41');
    await form.getByRole('button', { name: 'Enregistrer la valeur' }).click();
    await expect.poll(() => form.getByRole('alert').first().textContent()).toContain('Cet indicateur est annuel');
    await expectAccessible(page);

    await form.getByLabel('Période').fill('2024');
    await form.getByLabel('Commentaire').fill('Bilan du dispositif 2024');
    await form.getByLabel('Source').fill('Rapport d’activité 2024');
    await form.getByRole('button', { name: 'Enregistrer la valeur' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe('Valeur 2024 enregistrée : 41 jeunes.');
    const table = main().getByRole('table', { name: /par année/ });
    const row2024 = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '2024', exact: true }) });
    await expect.poll(() => row2024.textContent()).toContain('41 jeunes');
    const first = main().getByRole('region', { name: 'Historique des valeurs' }).getByRole('listitem').first();
    expect(await first.textContent()).toContain(
      `${AGENT_NAME} : 2024, 41 jeunes — « Bilan du dispositif 2024 » — source : Rapport d’activité 2024`,
    );
  });
});

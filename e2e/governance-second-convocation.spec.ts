import type { Locator, Page } from 'playwright-core';
import { beforeAll, expect, it, vi } from 'vitest';
import { normalise } from '../src/server/test/documents';
import { describeInBrowser, expectAccessible, useCopil, type RunningCopil } from './harness';

const ITEM = "Rapport d'activité 2023 de l'office";
const ABSENT = ['BAUDE', 'BOUNY', 'BRAS', 'DHAUSSY', 'DEFLANDRE', 'DUBREUCQ', 'DUCRON', 'DUHEN', 'GAILLARD', 'GLORIAN'];

// Pages of a 27-member board with an axe scan each: more than the default minute on two busy cores.
vi.setConfig({ testTimeout: 120_000 });

const textOf = async (locator: Locator) => normalise((await locator.textContent()) ?? '');

describeInBrowser(
  'Gouvernance : séance sans quorum, seconde convocation, procès-verbal approuvé et rectification',
  () => {
    const env = useCopil();
    let copil: RunningCopil;
    let page: Page;
    let conventionId: string;

    beforeAll(async () => {
      copil = env.copil;
      conventionId = await env.referenceConventionId();
      ({ page } = await env.signedIn('office', ['office_manager'], 'Olivier Martel'));
    });

    it('sans quorum, le vote est refusé par le serveur et la séance se clôt « quorum non atteint »', async () => {
      await page.goto(`${copil.baseUrl}/conventions/${conventionId}`);
      await page
        .getByRole('navigation', { name: 'Sections de la convention' })
        .getByRole('link', { name: 'Instances' })
        .click();
      const main = page.getByRole('main');
      await main.getByRole('link', { name: "Conseil d'administration", exact: true }).click();
      const form = main.getByRole('form', { name: 'Nouvelle séance' });
      await form.getByLabel('Date de la séance').fill('2024-09-12');
      await form.getByLabel('Date de convocation').fill('2024-09-02');
      await form.getByLabel("Premier point de l'ordre du jour").fill(ITEM);
      await form.getByRole('button', { name: 'Créer la séance' }).press('Enter');
      await main.getByRole('heading', { name: "Conseil d'administration — séance du 12/09/2024", level: 1 }).waitFor();
      // Nine clear days: the notice meets the rule, no warning.
      expect(await main.locator('.warnings').count()).toBe(0);

      const attendance = main.getByRole('form', { name: 'Présences et pouvoirs' });
      await attendance.getByRole('button', { name: 'Marquer présents les membres non renseignés' }).press('Enter');
      for (const name of ABSENT)
        await attendance.getByLabel(new RegExp(`^Présence de (Monsieur|Madame) ${name}$`)).selectOption('absent');
      await attendance.getByRole('button', { name: 'Enregistrer les présences' }).press('Enter');
      await expect
        .poll(() => textOf(attendance.getByRole('status')))
        .toBe(
          'Présences enregistrées : 17 présents, 0 représentés. Quorum non atteint : 17 présents ou représentés sur 27 membres en exercice ; il en faut 18 (au moins 2/3).',
        );

      const vote = main.getByRole('form', { name: 'Vote du point 1' });
      await vote.getByRole('button', { name: 'Enregistrer le vote du point 1' }).press('Enter');
      await vote.getByRole('alert').waitFor();
      expect(await textOf(vote.getByRole('alert'))).toBe(
        'Point 1 : Quorum non atteint : 17 présents ou représentés sur 27 membres en exercice ; il en faut 18 (au moins 2/3).',
      );
      await expectAccessible(page);

      await main.getByRole('button', { name: 'Clore la séance' }).press('Enter');
      await expect
        .poll(() => textOf(main.getByRole('status').filter({ hasText: 'Séance close' })))
        .toBe('Séance close : quorum non atteint.');
      expect(await textOf(main.locator('dl.facts'))).toContain('Quorum non atteint');
      expect(await textOf(main.getByRole('region', { name: `Point 1 — ${ITEM}` }))).toContain('Reporté');
    });

    it('convoque la seconde séance, qui reprend le point reporté et délibère sans quorum', async () => {
      const main = page.getByRole('main');
      const form = main.getByRole('form', { name: 'Seconde convocation' });
      expect(await textOf(form)).toContain(
        'Les points reportés sont repris dans une nouvelle séance, qui délibère sans condition de quorum.',
      );
      await form.getByLabel('Date de la seconde séance').fill('2024-09-19');
      await form.getByLabel('Date de convocation').fill('2024-09-13');
      await form.getByRole('button', { name: 'Convoquer la seconde séance' }).press('Enter');
      await main.getByRole('heading', { name: "Conseil d'administration — séance du 19/09/2024", level: 1 }).waitFor();
      expect(await textOf(main.locator('dl.facts'))).toContain('Seconde convocation');
      await main.getByRole('heading', { name: `Point 1 — ${ITEM}` }).waitFor();

      const attendance = main.getByRole('form', { name: 'Présences et pouvoirs' });
      for (const name of ['COTTIGNY', 'LEROY', 'MELLICK', 'PILCH', 'MENU'])
        await attendance.getByLabel(new RegExp(`^Présence de (Monsieur|Madame) ${name}$`)).selectOption('present');
      await attendance.getByRole('button', { name: 'Enregistrer les présences' }).press('Enter');
      await expect
        .poll(() => textOf(attendance.getByRole('status')))
        .toBe(
          'Présences enregistrées : 5 présents, 0 représentés. Seconde convocation : quorum non exigé (5 présents ou représentés sur 27 membres en exercice ; il en faut 18 (au moins 2/3)).',
        );
      await main.getByRole('form', { name: 'Vote du point 1' }).getByRole('radio', { name: 'Totaux' }).check();
      await main.getByRole('button', { name: 'Enregistrer le vote du point 1' }).press('Enter');
      await expect
        .poll(() => textOf(main.getByRole('status', { name: 'Résultat du point 1' })))
        .toBe("Décision adoptée à l'unanimité");
      await main.getByRole('button', { name: 'Clore la séance' }).press('Enter');
      await expect
        .poll(() => textOf(main.getByRole('status').filter({ hasText: 'Séance close' })))
        .toBe('Séance close.');
      await expectAccessible(page);
    });

    it('approuve le procès-verbal : la délibération ne se rectifie plus que par rectification tracée ; sa transmission est enregistrée', async () => {
      const main = page.getByRole('main');
      const minutes = main.getByRole('form', { name: 'Approbation du procès-verbal' });
      await minutes.getByLabel("Date d'approbation du procès-verbal").fill('2024-10-03');
      await minutes.getByRole('button', { name: 'Approuver le procès-verbal' }).press('Enter');
      await expect
        .poll(() => textOf(main.getByRole('status').filter({ hasText: 'Procès-verbal approuvé' })))
        .toBe('Procès-verbal approuvé : les délibérations ne se modifient plus que par rectification.');
      expect(await minutes.count()).toBe(0);
      expect(await textOf(main.locator('dl.facts'))).toContain('Procès-verbal approuvé le03/10/2024');

      await main.getByRole('link', { name: 'Délibération du point 1' }).press('Enter');
      await main.getByRole('heading', { name: 'Délibération CA-2024-002', level: 1 }).waitFor();
      expect(await textOf(main.locator('p.alert-info'))).toContain('Procès-verbal approuvé');
      expect(await main.getByRole('form', { name: 'Modifier la délibération' }).count()).toBe(0);

      const transmission = main.getByRole('form', { name: 'Transmission au contrôle de légalité' });
      await transmission.getByLabel('Date de transmission').fill('2024-09-23');
      await transmission.getByLabel('Autorité de contrôle').fill('pref062');
      await transmission.getByRole('button', { name: 'Enregistrer la transmission' }).press('Enter');
      await expect.poll(() => textOf(transmission.getByRole('status'))).toBe('Transmission enregistrée.');
      expect(await textOf(main.locator('dl.facts'))).toContain('le 23/09/2024 (PREF062)');

      const correction = main.getByRole('form', { name: 'Rectifier la délibération' });
      await correction.getByLabel('Champ rectifié').selectOption({ label: 'Objet' });
      await correction.getByLabel('Nouvelle valeur').fill("Rapport d'activité 2023 de Pas-de-Calais habitat");
      await correction.getByLabel('Motif de la rectification').fill('Erreur matérielle dans le nom de l’office');
      await correction.getByRole('button', { name: 'Enregistrer la rectification' }).press('Enter');
      const row = main.getByRole('region', { name: 'Rectifications' }).getByRole('table').getByRole('row').nth(1);
      await row.waitFor();
      expect((await row.getByRole('cell').allTextContents()).map(normalise).slice(0, 4)).toEqual([
        'Objet',
        ITEM,
        "Rapport d'activité 2023 de Pas-de-Calais habitat",
        "Erreur matérielle dans le nom de l'office",
      ]);
      await expectAccessible(page);
    });
  },
);

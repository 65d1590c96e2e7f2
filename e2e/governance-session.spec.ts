import type { Locator, Page } from 'playwright-core';
import { beforeAll, expect, it, vi } from 'vitest';
import { docxText, normalise, pdfText } from '../src/server/test/documents';
import { describeInBrowser, expectAccessible, useCopil, type RunningCopil } from './harness';

const ITEM1 = 'Subvention départementale de maintenance du parc 2024';
const ITEM2 = "Garantie d'emprunt, résidence Les Tilleuls";
const GROUND = 'Conseiller départemental : subvention du Département';
const MAJORITY = 'Décision adoptée à la majorité (21 voix pour, 1 voix contre, 1 abstention)';

// Pages of a 27-member board with an axe scan each: more than the default minute on two busy cores.
vi.setConfig({ testTimeout: 120_000 });

const textOf = async (locator: Locator) => normalise((await locator.textContent()) ?? '');
const figure = (scope: Locator, term: string) =>
  scope
    .locator('dl.gov-figures > div')
    .filter({ has: scope.page().locator('dt', { hasText: new RegExp(`^${term}$`) }) })
    .locator('dd');

describeInBrowser(
  'Gouvernance : une séance du conseil d’administration menée de bout en bout dans le navigateur',
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

    /** Types into a field as a person does: focus, keys. */
    const type = async (field: Locator, text: string) => {
      await field.focus();
      await page.keyboard.type(text);
    };

    it('crée la séance avec une convocation trop tardive : l’avertissement du serveur est affiché', async () => {
      await page.goto(`${copil.baseUrl}/conventions/${conventionId}`);
      await page
        .getByRole('navigation', { name: 'Sections de la convention' })
        .getByRole('link', { name: 'Instances' })
        .click();
      const main = page.getByRole('main');
      await main.getByRole('link', { name: "Conseil d'administration", exact: true }).click();
      const form = main.getByRole('form', { name: 'Nouvelle séance' });
      await form.waitFor();
      expect(await textOf(form)).toContain('Le règlement demande 5 jours francs au moins.');
      await form.getByLabel('Date de la séance').fill('2024-06-27');
      await type(form.getByLabel('Lieu'), 'Arras, siège de l’office');
      await form.getByLabel('Date de convocation').fill('2024-06-25');
      expect(await form.getByLabel('Président de séance').locator('option:checked').textContent()).toBe(
        'M. Jean-Louis COTTIGNY',
      );
      await type(form.getByLabel("Premier point de l'ordre du jour"), ITEM1);
      await expectAccessible(page);
      await page.keyboard.press('Enter');

      await main.getByRole('heading', { name: "Conseil d'administration — séance du 27/06/2024", level: 1 }).waitFor();
      expect(await textOf(main.getByRole('status').filter({ hasText: 'Séance créée.' }))).toBe('Séance créée.');
      expect(await textOf(main.locator('.warnings'))).toContain(
        "Convocation envoyée 1 jour franc avant la séance ; le règlement de l'instance en demande 5.",
      );
      expect(
        await textOf(figure(main.getByRole('region', { name: 'Chiffres de la séance' }), 'Membres en exercice')),
      ).toBe('27');

      const add = main.getByRole('form', { name: "Ajouter un point à l'ordre du jour" });
      await type(add.getByLabel('Intitulé du point'), ITEM2);
      await add.getByLabel('Matière').selectOption({ label: "Garantie d'emprunt" });
      await add.getByLabel('Code ACTES').selectOption('7.3');
      await add.getByRole('button', { name: 'Ajouter le point' }).press('Enter');
      await main.getByRole('heading', { name: `Point 2 — ${ITEM2}` }).waitFor();
      await expectAccessible(page);
    });

    it('enregistre les présences : un second pouvoir au même mandataire est refusé en nommant le membre, puis corrigé', async () => {
      const main = page.getByRole('main');
      const attendance = main.getByRole('form', { name: 'Présences et pouvoirs' });
      await attendance.getByRole('button', { name: 'Marquer présents les membres non renseignés' }).press('Enter');
      expect(await attendance.getByLabel('Présence de Monsieur PILCH').inputValue()).toBe('present');
      await attendance.getByLabel('Présence de Monsieur PILCH').selectOption('represented');
      await attendance.getByLabel('Pouvoir de Monsieur PILCH donné à').selectOption({ label: 'Monsieur COTTIGNY' });
      await attendance.getByLabel('Présence de Madame VAN HEGHE').selectOption('represented');
      await attendance.getByLabel('Pouvoir de Madame VAN HEGHE donné à').selectOption({ label: 'Monsieur COTTIGNY' });
      await attendance.getByLabel('Présence de Monsieur CAGIN').selectOption('excused');
      // The holder list offers only members present: M. PILCH, now represented, is no longer one.
      expect(
        await attendance
          .getByLabel('Pouvoir de Madame VAN HEGHE donné à')
          .locator('option', { hasText: 'Monsieur PILCH' })
          .count(),
      ).toBe(0);
      await attendance.getByRole('button', { name: 'Enregistrer les présences' }).press('Enter');
      const alert = attendance.getByRole('alert');
      await alert.waitFor();
      expect(await textOf(alert)).toBe(
        'Pouvoir de Madame VAN HEGHE à Monsieur COTTIGNY refusé : Monsieur COTTIGNY détient déjà un pouvoir (1 au plus par membre présent).',
      );
      await expectAccessible(page);

      await attendance.getByLabel('Pouvoir de Madame VAN HEGHE donné à').selectOption({ label: 'Monsieur MELLICK' });
      await attendance.getByRole('button', { name: 'Enregistrer les présences' }).press('Enter');
      await expect
        .poll(() => textOf(attendance.getByRole('status')))
        .toBe(
          'Présences enregistrées : 24 présents, 2 représentés. Quorum atteint : 26 présents ou représentés sur 27 membres en exercice ; il en faut 18 (au moins 2/3).',
        );
      expect(await attendance.getByRole('alert').count()).toBe(0);
      const figures = main.getByRole('region', { name: 'Chiffres de la séance' });
      expect(await textOf(figure(figures, 'Présents'))).toBe('24');
      expect(await textOf(figure(figures, 'Représentés'))).toBe('2');
      expect(await textOf(figure(figures, 'Excusés'))).toBe('1');
    });

    it('enregistre deux conseillers départementaux qui ne prennent pas part au point 1 : le pouvoir détenu par l’un d’eux est sans effet', async () => {
      const item = page.getByRole('main').getByRole('region', { name: `Point 1 — ${ITEM1}` });
      const recusals = item.getByRole('group', { name: 'Ne prennent pas part au point 1' });
      await recusals.getByRole('checkbox', { name: 'Mme Fatima AIT-CHIKHEBBIH' }).check();
      await recusals.getByRole('checkbox', { name: 'M. Jean-Louis COTTIGNY' }).check();
      await type(item.getByLabel('Motif (point 1)'), GROUND);
      await page.keyboard.press('Enter');
      await expect
        .poll(() => textOf(item.getByRole('status').filter({ hasText: 'ne prenant pas part' })))
        .toBe('2 membres ne prenant pas part au point 1.');
      expect(await textOf(figure(item, 'Présents prenant part'))).toBe('22');
      expect(await textOf(figure(item, 'Représentés'))).toBe('1');
      expect(await textOf(figure(item, 'Ne prennent pas part'))).toBe('2');
      expect(await textOf(figure(item, 'Votants'))).toBe('23');
      expect(
        (
          await item.getByRole('list', { name: 'Pouvoirs pour le point 1' }).getByRole('listitem').allTextContents()
        ).map(normalise),
      ).toContain(
        'Pouvoir de Monsieur PILCH à Monsieur COTTIGNY sans effet pour ce point : le mandataire ne prend pas part à ce point',
      );
      // Point 2 is not concerned: everyone present or represented votes.
      expect(
        await textOf(figure(page.getByRole('main').getByRole('region', { name: `Point 2 — ${ITEM2}` }), 'Votants')),
      ).toBe('26');
      await expectAccessible(page);
    });

    it('vote le point 1 membre par membre et le point 2 en totaux ; le résultat calculé est affiché', async () => {
      const main = page.getByRole('main');
      const item1 = main.getByRole('region', { name: `Point 1 — ${ITEM1}` });
      const vote1 = item1.getByRole('form', { name: 'Vote du point 1' });
      expect(await vote1.getByRole('row').count()).toBe(24);
      expect(await vote1.getByLabel('Vote de Monsieur COTTIGNY').count()).toBe(0);
      expect(await textOf(vote1.getByRole('rowheader', { name: /VAN HEGHE/ }))).toBe(
        'Madame VAN HEGHE (pouvoir à Monsieur MELLICK)',
      );
      // Typing the first letter picks the choice in a focused list.
      await vote1.getByLabel('Vote de Monsieur MELLICK').focus();
      await page.keyboard.press('c');
      expect(await vote1.getByLabel('Vote de Monsieur MELLICK').inputValue()).toBe('against');
      await vote1.getByLabel('Vote de Monsieur BAUDE').selectOption('abstention');
      await vote1.getByRole('button', { name: 'Enregistrer le vote du point 1' }).press('Enter');
      await expect.poll(() => textOf(item1.getByRole('status', { name: 'Résultat du point 1' }))).toBe(MAJORITY);
      expect(await textOf(figure(item1, 'Pour'))).toBe('21');
      expect(await textOf(figure(item1, 'Suffrages exprimés'))).toBe('22');

      const item2 = main.getByRole('region', { name: `Point 2 — ${ITEM2}` });
      const vote2 = item2.getByRole('form', { name: 'Vote du point 2' });
      await vote2.getByRole('radio', { name: 'Totaux' }).check();
      expect(await textOf(vote2)).toContain('26 votants pour ce point');
      // Totals that do not add up to the voters are refused by the server, on the field.
      await vote2.getByLabel('Pour', { exact: true }).fill('25');
      await vote2.getByRole('button', { name: 'Enregistrer le vote du point 2' }).press('Enter');
      await vote2.getByRole('alert').waitFor();
      expect(await textOf(vote2.getByRole('alert'))).toBe(
        'Les totaux (25) ne correspondent pas aux 26 votants de ce point (présents prenant part et pouvoirs valables).',
      );
      await vote2.getByLabel('Abstentions').fill('1');
      await vote2.getByRole('button', { name: 'Enregistrer le vote du point 2' }).press('Enter');
      await expect
        .poll(() => textOf(item2.getByRole('status', { name: 'Résultat du point 2' })))
        .toBe("Décision adoptée à l'unanimité des suffrages exprimés (1 abstention)");
      expect(
        (await main.getByRole('list', { name: 'Résultats' }).getByRole('listitem').allTextContents()).map(normalise),
      ).toEqual([
        `Point 1 : ${MAJORITY}`,
        "Point 2 : Décision adoptée à l'unanimité des suffrages exprimés (1 abstention)",
      ]);
      await expectAccessible(page);
    });

    it('clôt la séance : les délibérations sont numérotées, leur extrait se télécharge en PDF et en DOCX', async () => {
      const main = page.getByRole('main');
      await main.getByRole('button', { name: 'Clore la séance' }).press('Enter');
      await expect
        .poll(() => textOf(main.getByRole('status').filter({ hasText: 'Séance close' })))
        .toBe('Séance close.');
      expect(await main.getByRole('form', { name: 'Présences et pouvoirs' }).count()).toBe(0);
      await main.getByRole('link', { name: 'Délibération du point 1' }).press('Enter');
      await main.getByRole('heading', { name: 'Délibération CA-2024-002', level: 1 }).waitFor();
      expect(await textOf(main.locator('p.outcome'))).toBe(MAJORITY);
      const vote = main.getByRole('region', { name: 'Vote' });
      expect(await textOf(figure(vote, 'Votants'))).toBe('23');
      expect(await textOf(figure(vote, 'Contre'))).toBe('1');
      await expectAccessible(page);

      const expected = [
        'SÉANCE DU 27 JUIN 2024',
        'Délibération n° CA-2024-002',
        'Excusés : Monsieur PILCH qui a donné pouvoir à Monsieur COTTIGNY, Madame VAN HEGHE qui a donné pouvoir à Monsieur MELLICK.',
        'Monsieur CAGIN.',
        ITEM1,
        "n'ayant pas participé aux débats et au vote.",
        'Monsieur Jean-Louis COTTIGNY',
        'Madame Fatima AIT-CHIKHEBBIH',
        MAJORITY,
      ];
      const download = async (name: string) => {
        const href = await main.getByRole('link', { name }).getAttribute('href');
        const response = await page.request.get(`${copil.baseUrl}${href}`);
        expect(response.status()).toBe(200);
        return { type: response.headers()['content-type'], body: await response.body() };
      };
      const pdf = await download("Télécharger l'extrait (PDF)");
      expect(pdf.type).toBe('application/pdf');
      const pdfContent = normalise(pdfText(pdf.body));
      for (const line of expected) expect(pdfContent).toContain(line);
      const docx = await download("Télécharger l'extrait (DOCX, à modifier et signer)");
      expect(docx.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      const docxContent = normalise(docxText(docx.body));
      for (const line of expected) expect(docxContent).toContain(line);
      const [saved] = await Promise.all([
        page.waitForEvent('download'),
        main.getByRole('link', { name: "Télécharger l'extrait (DOCX, à modifier et signer)" }).click(),
      ]);
      expect(saved.suggestedFilename()).toBe('extrait-CA-2024-002.docx');
    });
  },
);

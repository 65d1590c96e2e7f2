import type { Locator, Page } from 'playwright-core';
import { beforeAll, expect, it, vi } from 'vitest';
import { docxText, normalise, pdfText } from '../src/server/test/documents';
import { describeInBrowser, expectAccessible, useCopil, type RunningCopil } from './harness';

// Pages of a 27-member board with an axe scan each: more than the default minute on two busy cores.
vi.setConfig({ testTimeout: 120_000 });

const textOf = async (locator: Locator) => normalise((await locator.textContent()) ?? '');
/** The value shown under a term of a figures list (<dl class="gov-figures">). */
const figure = (scope: Locator, term: string) =>
  scope
    .locator('dl.gov-figures > div')
    .filter({ has: scope.page().locator('dt', { hasText: new RegExp(`^${term}$`) }) })
    .locator('dd');

describeInBrowser(
  'Gouvernance : la séance du 16 février 2024 du conseil d’administration, ses chiffres et son extrait',
  () => {
    const env = useCopil();
    let copil: RunningCopil;
    let page: Page;
    let conventionId: string;

    beforeAll(async () => {
      copil = env.copil;
      conventionId = await env.referenceConventionId();
      ({ page } = await env.signedIn('office', ['office_agent'], 'Agathe Lenoir'));
    });

    it('montre les instances de la convention et leurs règles en mots', async () => {
      await page.goto(`${copil.baseUrl}/conventions/${conventionId}`);
      await page
        .getByRole('navigation', { name: 'Sections de la convention' })
        .getByRole('link', { name: 'Instances' })
        .click();
      const main = page.getByRole('main');
      await main.getByRole('heading', { name: 'Instances', level: 1 }).waitFor();
      const board = main.getByRole('region', { name: "Conseil d'administration (CA)" });
      expect(await textOf(board)).toContain('27 membres en exercice');
      const rules = (
        await board
          .getByRole('list', { name: "Règles : Conseil d'administration" })
          .getByRole('listitem')
          .allTextContents()
      ).map(normalise);
      expect(rules).toEqual(
        expect.arrayContaining([
          'Quorum : au moins 2/3 des membres en exercice ayant voix délibérative, présents ou représentés.',
          'En cas de partage égal des voix, la voix du président est prépondérante.',
          'Pouvoirs : 1 pouvoir au plus par membre présent ; un pouvoir est donné par un membre absent à un membre présent.',
          'Convocation : 5 jours francs au moins avant la séance.',
        ]),
      );
      const cotech = (await main.getByRole('region', { name: 'Comité technique (COTECH)' }).textContent()) ?? '';
      expect(normalise(cotech)).toContain(
        'Ordre du jour par défaut : La préparation de la réunion annuelle du comité de pilotage',
      );
      // An agent reads the bodies but does not set them up.
      expect(await main.getByRole('heading', { name: 'Ajouter une instance' }).count()).toBe(0);
      await expectAccessible(page);
    });

    it('affiche les chiffres calculés de la séance : en exercice, présents, représentés, ne prenant pas part, votes, quorum, résultat', async () => {
      const main = page.getByRole('main');
      await main.getByRole('link', { name: "Conseil d'administration", exact: true }).click();
      await main.getByRole('heading', { name: "Conseil d'administration", level: 1 }).waitFor();
      await main.getByRole('link', { name: 'Séance du 16/02/2024' }).click();
      await main.getByRole('heading', { name: "Conseil d'administration — séance du 16/02/2024", level: 1 }).waitFor();

      const figures = main.getByRole('region', { name: 'Chiffres de la séance' });
      expect(await textOf(figure(figures, 'Membres en exercice'))).toBe('27');
      expect(await textOf(figure(figures, 'Présents'))).toBe('24');
      expect(await textOf(figure(figures, 'Représentés'))).toBe('2');
      expect(await textOf(figure(figures, 'Excusés'))).toBe('1');
      expect(await textOf(figure(figures, 'Ne prennent pas part'))).toBe('6');
      expect(await textOf(figure(figures, 'Votants'))).toBe('19');
      expect(await textOf(figures)).toContain(
        'Quorum atteint : 26 présents ou représentés sur 27 membres en exercice ; il en faut 18 (au moins 2/3).',
      );

      const item = main.getByRole('region', { name: /^Point 1 — Convention de partenariat stratégique/ });
      expect(await textOf(figure(item, 'Présents prenant part'))).toBe('18');
      expect(await textOf(figure(item, 'Représentés'))).toBe('1');
      expect(await textOf(figure(item, 'Ne prennent pas part'))).toBe('6');
      expect(await textOf(figure(item, 'Pour'))).toBe('19');
      expect(await textOf(figure(item, 'Contre'))).toBe('0');
      const proxies = (
        await item.getByRole('list', { name: 'Pouvoirs pour le point 1' }).getByRole('listitem').allTextContents()
      ).map(normalise);
      expect(proxies).toEqual([
        'Madame VAN HEGHE représentée par Monsieur MELLICK',
        'Pouvoir de Monsieur PILCH à Monsieur COTTIGNY sans effet pour ce point : le mandataire ne prend pas part à ce point',
      ]);
      // The six departmental councillors, one of them spelled two ways in the source, one member each.
      const recused = item
        .getByRole('heading', { name: 'Membres ne prenant pas part aux débats et au vote' })
        .locator('xpath=following-sibling::ul[1]/li');
      expect(await recused.count()).toBe(6);
      const recusedTexts = (await recused.allTextContents()).map(normalise);
      expect(
        recusedTexts.filter((t) => t.startsWith('Mme Fatima AIT-CHIKHEBBIH — Conseiller départemental')),
      ).toHaveLength(1);
      expect(recusedTexts.filter((t) => t.startsWith('Mme Sylvie MEYFROIDT-LEFAIT — '))).toHaveLength(1);
      expect(await textOf(item.getByRole('status', { name: 'Résultat du point 1' }))).toBe(
        "Décision adoptée à l'unanimité",
      );
      // A reader sees the record, not the entry forms.
      expect(await main.getByRole('button', { name: /Enregistrer/ }).count()).toBe(0);
      await expectAccessible(page);
    });

    it('télécharge l’extrait de la délibération CA-2024-001 en PDF et en DOCX, avec ses chiffres', async () => {
      const main = page.getByRole('main');
      await main.getByRole('link', { name: 'Délibération du point 1' }).click();
      await main.getByRole('heading', { name: 'Délibération CA-2024-001', level: 1 }).waitFor();
      const vote = main.getByRole('region', { name: 'Vote' });
      expect(await textOf(figure(vote, 'Membres en exercice'))).toBe('27');
      expect(await textOf(figure(vote, 'Votants'))).toBe('19');
      expect(await textOf(main.getByRole('region', { name: 'Délégations' }))).toContain(
        "Bureau du Conseil d'administration",
      );

      const expected = [
        "DÉCISION EXTRAITE DU PROCÈS-VERBAL DE LA RÉUNION DU CONSEIL D'ADMINISTRATION",
        'SÉANCE DU 16 FÉVRIER 2024',
        'Président : Monsieur COTTIGNY',
        'Excusés : Monsieur PILCH qui a donné pouvoir à Monsieur COTTIGNY, Madame VAN HEGHE qui a donné pouvoir à Monsieur MELLICK.',
        'Monsieur CAGIN.',
        "Les conseillers départementaux n'ayant pas participé aux débats et au vote.",
        'Ce sont Monsieur Jean-Claude LEROY, Monsieur Jean-Louis COTTIGNY, Monsieur Olivier BARBARIN, Monsieur Alexandre MALFAIT, Madame Fatima AIT-CHIKHEBBIH et Madame Sylvie MEYFROIDT-LEFAIT.',
        "Décision adoptée à l'unanimité",
      ];
      const download = async (name: string) => {
        const href = await main.getByRole('link', { name }).getAttribute('href');
        const response = await page.request.get(`${copil.baseUrl}${href}`);
        expect(response.status()).toBe(200);
        return {
          type: response.headers()['content-type'],
          disposition: response.headers()['content-disposition'],
          body: await response.body(),
        };
      };
      const pdf = await download("Télécharger l'extrait (PDF)");
      expect(pdf.type).toBe('application/pdf');
      expect(pdf.disposition).toMatch(/filename="extrait-CA-2024-001\.pdf"/);
      const pdfContent = normalise(pdfText(pdf.body));
      for (const line of expected) expect(pdfContent).toContain(line);
      const docx = await download("Télécharger l'extrait (DOCX, à modifier et signer)");
      expect(docx.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      const docxContent = normalise(docxText(docx.body));
      for (const line of expected) expect(docxContent).toContain(line);
      // The browser saves the file under the server's name.
      const [saved] = await Promise.all([
        page.waitForEvent('download'),
        main.getByRole('link', { name: "Télécharger l'extrait (PDF)" }).click(),
      ]);
      expect(saved.suggestedFilename()).toBe('extrait-CA-2024-001.pdf');
      await expectAccessible(page);
    });
    it('liste les délibérations, exporte le SCDL « délibérations » et montre un même objet vu par toutes les instances', async () => {
      await page
        .getByRole('navigation', { name: 'Sections de la convention' })
        .getByRole('link', { name: 'Délibérations' })
        .click();
      const main = page.getByRole('main');
      await main.getByRole('heading', { name: 'Délibérations', level: 1 }).waitFor();
      const row = main.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'CA-2024-001' }) });
      await row.waitFor();
      expect((await row.getByRole('cell').allTextContents()).map(normalise)).toEqual([
        '16/02/2024',
        "Conseil d'administration",
        'Convention de partenariat stratégique avec le Département du Pas-de-Calais',
        "Décision adoptée à l'unanimité",
        'non transmise',
      ]);
      const href = await main
        .getByRole('link', { name: 'Exporter en données ouvertes (SCDL « délibérations », CSV)' })
        .getAttribute('href');
      const csv = await page.request.get(`${copil.baseUrl}${href}`);
      expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
      expect((await csv.text()).split('\n')[0]).toMatch(/^COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,DELIB_MATIERE_CODE/);

      const cross = main.getByRole('region', { name: 'Un même objet, toutes instances' });
      expect(await cross.getByLabel('Objet').locator('option').count()).toBeGreaterThanOrEqual(2);
      expect(normalise((await cross.textContent()) ?? '')).toContain(
        "Bailleur (office)Conseil d'administration, 16/02/2024 : CA-2024-001 — Convention de partenariat stratégique avec le Département du Pas-de-Calais — décide — Décision adoptée à l'unanimité",
      );
      // The Département's plenary of 29 January 2024 voted the convention before the board.
      expect(normalise((await cross.textContent()) ?? '')).toContain(
        'Conseil départemental, 29/01/2024 : CD-2024-001 — Convention de partenariat stratégique 2024-2033 avec Pas-de-Calais habitat — décide — Délibération adoptée (décompte des voix non connu)',
      );
      expect(await cross.locator('p.muted').count()).toBe(0);
      // The Département's 2024 allocations: voted by its plenary, of which the board takes note.
      await cross.getByLabel('Objet').selectOption({ label: "Délibération d'application 2024 (investissement)" });
      const allocation = normalise((await cross.textContent()) ?? '');
      expect(allocation).toContain(
        'CA-2024-001 — Convention de partenariat stratégique avec le Département du Pas-de-Calais — prend acte',
      );
      expect(allocation).toContain(
        'CD-2024-001 — Convention de partenariat stratégique 2024-2033 avec Pas-de-Calais habitat — décide',
      );
      await expectAccessible(page);
    });

    it('montre la séance du Conseil départemental du 29 janvier 2024 et ce qu’elle vote, jusqu’aux enveloppes et délibérations d’application', async () => {
      const main = page.getByRole('main');
      await main.getByRole('link', { name: 'CD-2024-001' }).first().click();
      await main.getByRole('heading', { name: 'Délibération CD-2024-001', level: 1 }).waitFor();
      expect(await textOf(main.getByRole('region', { name: 'Vote' }))).toContain(
        'Délibération adoptée (décompte des voix non connu)',
      );
      const voted = (
        await main
          .getByRole('region', { name: 'Ce que décide la délibération' })
          .getByRole('listitem')
          .allTextContents()
      ).map(normalise);
      expect(voted).toEqual([
        'Décide : Convention de partenariat stratégique 2024-2033 entre le Département du Pas-de-Calais et Pas-de-Calais habitat',
        'Décide : Enveloppe : Autorisation de programme 2024-2033 : réhabilitation du parc (investissement)',
        "Décide : Délibération d'application 2024 (investissement)",
        "Décide : Enveloppe : Autorisation d'engagement 2024-2033 : maintenance du parc (fonctionnement)",
        "Décide : Délibération d'application 2024 (fonctionnement)",
      ]);
      await expectAccessible(page);

      // The finance page: each envelope and each 2024 allocation points to the deliberation that voted it.
      await page
        .getByRole('navigation', { name: 'Sections de la convention' })
        .getByRole('link', { name: 'Finances' })
        .click();
      await main.getByRole('heading', { name: 'Finances', level: 1 }).waitFor();
      await expect.poll(() => main.getByRole('link', { name: 'Délibération CD-2024-001' }).count()).toBe(4);
      const row = main
        .getByRole('table', { name: "Délibérations d'application — investissement" })
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: '2024' }) });
      expect(normalise((await row.getByRole('cell').nth(1).textContent()) ?? '')).toBe(
        'Conseil départemental, 29/01/2024 — CD-2024-001',
      );
      await expectAccessible(page);
      await row.getByRole('link', { name: 'Délibération CD-2024-001' }).click();
      await main.getByRole('heading', { name: 'Délibération CD-2024-001', level: 1 }).waitFor();
    });
  },
);

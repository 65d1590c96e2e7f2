import type { Locator, Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createTestOrganisation, createTestUser } from '../src/server/test/fixtures';
import { createOperation } from '../src/server/domains/operations/operations.service';
import { docxText, normalise } from '../src/server/test/documents';
import {
  describeInBrowser,
  expectAccessible,
  login,
  useCopil,
  type RunningCopil,
  DEPARTMENT_SIRET,
  plain,
} from './harness';

const LANDLORD = 'Pas-de-Calais habitat';

/** Text as read, with the non-breaking spaces of fr-FR number formats as plain spaces. */
const textOf = async (locator: Locator) => plain(await locator.textContent());
const cells = async (row: Locator) => (await row.getByRole('cell').allTextContents()).map(plain);

describeInBrowser(
  'Patrimoine : vue d’ensemble, trajectoire, logements, calendrier légal (patrimoine de démonstration)',
  () => {
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
      const user = await createTestUser(db, {
        roles: ['coordinator'],
        organisationId: department.id,
        displayName: 'Claire Delattre',
      });
      // A second landlord, without dwellings: the administrator, who sees every stock, gets the list.
      await createTestOrganisation(db, { kind: 'landlord', name: 'Office d’essai' });
      coordinator = await env.newPage();
      admin = await env.newPage();
      await login(coordinator, copil.baseUrl, user.email, user.password);
      await login(admin, copil.baseUrl, copil.admin.email, copil.admin.password);
    });

    const main = (page: Page) => page.getByRole('main');
    const section = (page: Page, name: string) =>
      page.getByRole('navigation', { name: 'Sections du patrimoine' }).getByRole('link', { name, exact: true });

    it('montre au Département le patrimoine de démonstration : 39 658 logements, 205 G, 1 260 F, 8 780 E', async () => {
      await coordinator
        .getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('link', { name: 'Patrimoine' })
        .click();
      await main(coordinator)
        .getByRole('heading', { name: `Patrimoine — ${LANDLORD}`, level: 1 })
        .waitFor();
      expect(coordinator.url()).toMatch(/\/patrimoine\/[0-9a-f-]{36}$/);
      const figures = main(coordinator).getByRole('region', { name: 'Chiffres clés' });
      await figures.waitFor();
      expect(
        await textOf(
          figures
            .locator('div')
            .filter({ has: coordinator.locator('dt', { hasText: /^Logements$/ }) })
            .locator('dd'),
        ),
      ).toBe('39 658');
      expect((await textOf(main(coordinator))).toLowerCase()).toContain('données de démonstration');
      const classes = main(coordinator).getByRole('table', { name: 'Logements par étiquette DPE' });
      const retained = async (c: string) =>
        (
          await cells(
            classes.getByRole('row').filter({ has: coordinator.getByRole('rowheader', { name: c, exact: true }) }),
          )
        )[0];
      expect([await retained('G'), await retained('F'), await retained('E')]).toEqual(['205', '1 260', '8 780']);
      const chart = main(coordinator).getByRole('img', {
        name: /^Graphique en barres : logements par étiquette DPE retenue/,
      });
      expect(plain(await chart.getAttribute('aria-label'))).toContain('E : 8 780, F : 1 260, G : 205');
      // By EPCI: the dwellings banned at each deadline, as a chart and a table.
      const epci = main(coordinator).getByRole('table', {
        name: 'Logements interdits de location à chaque échéance, par EPCI',
      });
      await epci.waitFor();
      expect(await epci.getByRole('row').count()).toBeGreaterThan(10);
      await expectAccessible(coordinator);
    });

    it('montre la trajectoire : 205 logements à l’échéance 2025, 1 465 en 2028, 10 245 en 2034', async () => {
      await section(coordinator, 'Trajectoire').click();
      await main(coordinator)
        .getByRole('heading', { name: `Trajectoire — ${LANDLORD}`, level: 1 })
        .waitFor();
      const table = main(coordinator).getByRole('table', {
        name: 'Logements interdits de location à chaque échéance',
        exact: true,
      });
      await table.waitFor();
      const banned = async (year: string) =>
        (
          await cells(
            table
              .getByRole('row')
              .filter({ has: coordinator.getByRole('rowheader', { name: new RegExp(`^${year} `) }) }),
          )
        )[1];
      expect([await banned('2025'), await banned('2028'), await banned('2034')]).toEqual(['205', '1 465', '10 245']);
      expect((await textOf(main(coordinator))).toLowerCase()).toContain('données de démonstration');
      // One chart per deadline, its figures in words; and the yearly pace needed.
      for (const [year, figure] of [
        ['2025', '205'],
        ['2028', '1 465'],
        ['2034', '10 245'],
      ] as const) {
        const card = main(coordinator).getByRole('region', { name: new RegExp(`^Échéance ${year} `) });
        expect(plain(await card.getByRole('img').getAttribute('aria-label'))).toContain(
          `${figure} logements interdits de location`,
        );
        expect(await textOf(card.locator('.pace'))).toMatch(
          year === '2025' ? /^Échéance passée/ : /^Rythme nécessaire : [\d ]+ logements par an/,
        );
      }
      // The breakdown by construction type for 2028.
      const detail = main(coordinator).getByRole('region', { name: 'Détail', exact: true });
      await detail.getByLabel('Détail par').selectOption({ label: 'Type de construction' });
      await detail.getByLabel('Échéance').selectOption({ label: '2028 — classes F et G' });
      await detail.getByRole('button', { name: 'Afficher' }).click();
      const byType = detail.getByRole('table', { name: 'Échéance 2028 (classes F et G) — par type de construction' });
      await byType.waitFor();
      const rows = byType.getByRole('row').filter({ has: coordinator.getByRole('cell') });
      const total = (
        await Promise.all((await rows.all()).map(async (r) => Number((await cells(r))[0]!.replace(/ /g, ''))))
      ).reduce((a, b) => a + b, 0);
      expect(total).toBe(1465);
      await expectAccessible(coordinator);
    });

    it('filtre les logements de classe G et les parcourt page par page', async () => {
      await section(coordinator, 'Logements').click();
      await main(coordinator)
        .getByRole('heading', { name: `Logements — ${LANDLORD}`, level: 1 })
        .waitFor();
      const form = main(coordinator).getByRole('form', { name: 'Filtrer les logements' });
      await form.getByRole('checkbox', { name: 'Classe G' }).check();
      await form.getByRole('button', { name: 'Filtrer' }).click();
      const status = main(coordinator).getByRole('status');
      await expect.poll(() => textOf(status)).toBe('205 logements — page 1 sur 5');
      expect(coordinator.url()).toContain('effectiveClass=G');
      const table = main(coordinator).getByRole('table');
      const retainedClasses = async () => (await table.locator('tbody tr td:last-child').allTextContents()).map(plain);
      expect(new Set(await retainedClasses())).toEqual(new Set(['G']));
      const firstPage = await textOf(table.locator('tbody tr').first().getByRole('rowheader'));
      await expectAccessible(coordinator);
      await main(coordinator)
        .getByRole('navigation', { name: 'Pages de la liste des logements' })
        .getByRole('button', { name: 'Page suivante' })
        .click();
      await expect.poll(() => textOf(status)).toBe('205 logements — page 2 sur 5');
      expect(await textOf(table.locator('tbody tr').first().getByRole('rowheader'))).not.toBe(firstPage);
      expect(new Set(await retainedClasses())).toEqual(new Set(['G']));
      expect(await form.getByRole('checkbox', { name: 'Classe G' }).isChecked()).toBe(true);
    });

    it('ouvre la page d’un logement', async () => {
      const link = main(coordinator).getByRole('table').getByRole('link').first();
      const name = await textOf(link);
      await link.click();
      await main(coordinator).getByRole('heading', { name, level: 1 }).waitFor();
      const dpe = main(coordinator).getByRole('region', { name: 'Diagnostic de performance énergétique' });
      expect(
        await textOf(
          dpe
            .locator('div')
            .filter({ has: coordinator.locator('dt', { hasText: 'Étiquette retenue' }) })
            .locator('dd'),
        ),
      ).toBe('G');
      expect((await textOf(main(coordinator))).toLowerCase()).toContain('données de démonstration');
      expect(plain(await main(coordinator).getByRole('region', { name: 'Localisation' }).textContent())).toMatch(
        /Commune.*\(62\d{3}\)/,
      );
      await expectAccessible(coordinator);
    });

    it('liste les versions du calendrier légal ; l’administrateur en ajoute une', async () => {
      await section(coordinator, 'Calendrier légal').click();
      await main(coordinator)
        .getByRole('heading', { name: "Calendrier légal d'interdiction de location", level: 1 })
        .waitFor();
      const current = main(coordinator).getByRole('region', { name: /^Loi Climat et résilience/ });
      await current.waitFor();
      expect(await textOf(current.getByRole('heading', { level: 2 }))).toBe('Loi Climat et résilience En vigueur');
      expect(await current.getByRole('table').getByRole('row').count()).toBe(6);
      expect(await main(coordinator).getByRole('heading', { name: 'Ajouter une version du calendrier' }).count()).toBe(
        0,
      );
      await expectAccessible(coordinator);

      await admin
        .getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('link', { name: 'Patrimoine' })
        .click();
      await admin.getByRole('main').getByRole('heading', { name: 'Patrimoine', level: 1 }).waitFor();
      const stocks = admin.getByRole('main').getByRole('listitem');
      await expect
        .poll(async () => (await stocks.allInnerTexts()).map(plain).sort())
        .toEqual(['Office d’essai 0 logement', `${LANDLORD} 39 658 logements Données de démonstration`]);
      await expectAccessible(admin);
      await admin.getByRole('main').getByRole('link', { name: "Calendrier légal d'interdiction de location" }).click();
      const form = admin.getByRole('region', { name: 'Ajouter une version du calendrier' });
      await form.waitFor();
      await form.getByRole('button', { name: 'Ajouter la version' }).click();
      await expect.poll(() => form.getByLabel('Libellé').getAttribute('aria-invalid')).toBe('true');
      await form.getByLabel('Libellé').fill('Calendrier révisé (essai)');
      await form.getByLabel('Textes (loi, décret)').fill('Décret d’essai du 1er janvier 2030');
      await form.getByLabel("Date d'entrée en vigueur").fill('2030-01-01');
      await form.getByRole('button', { name: 'Ajouter une échéance' }).click();
      await form.getByLabel('Classe interdite (échéance 6)').selectOption('D');
      await form.getByLabel('À partir du (échéance 6)').fill('2040-01-01');
      await expectAccessible(admin);
      await form.getByRole('button', { name: 'Ajouter la version' }).click();
      await expect
        .poll(() => textOf(form.getByRole('status')))
        .toBe('Version « Calendrier révisé (essai) » ajoutée : en vigueur à partir du 01/01/2030.');
      const added = admin.getByRole('main').getByRole('region', { name: /^Calendrier révisé \(essai\)/ });
      expect(await textOf(added.getByRole('heading', { level: 2 }))).toBe('Calendrier révisé (essai) À venir');
      expect(plain(await added.getByRole('table').textContent())).toContain('01/01/2040');
      await expectAccessible(admin);
    });

    const deadlineRow = async (page: Page, year: string) => {
      await section(page, 'Trajectoire').click();
      const table = main(page).getByRole('table', {
        name: 'Logements interdits de location à chaque échéance',
        exact: true,
      });
      await table.waitFor();
      return cells(
        table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${year} `) }) }),
      );
    };

    it('compte une réhabilitation dénombrée par classe, livrée : la trajectoire et le bilan annuel changent', async () => {
      const db = copil.built.database.db;
      const { user: agent, organisationId } = await env.signedIn('office', ['office_manager']);
      const conventionId = (
        await db
          .selectFrom('conventions')
          .select('id')
          .where('period_start', '=', '2024-01-01')
          .executeTakeFirstOrThrow()
      ).id;
      expect(organisationId).toBeTruthy();
      await createOperation(db, agent, conventionId, {
        label: 'Réhabilitation de 100 logements G (adresses à préciser)',
        kind: 'thermal_renovation',
        programme: 'pmt_2022_2024',
        communeCode: '62041',
        status: 'delivered',
        percentComplete: 100,
        dwellings: [],
        classCounts: [{ classBefore: 'G', targetClass: 'C', count: 100 }],
        fundingLines: [],
        phases: [
          { phase: 'start_order', actualOn: '2024-02-01' },
          { phase: 'delivery', plannedOn: '2024-12-15', actualOn: '2024-12-15' },
        ],
      });
      await coordinator
        .getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('link', { name: 'Patrimoine' })
        .click();
      await main(coordinator)
        .getByRole('heading', { name: `Patrimoine — ${LANDLORD}`, level: 1 })
        .waitFor();
      // Banned, delivered (of which counted by class), planned (of which counted), not programmed.
      expect((await deadlineRow(coordinator, '2025')).slice(1, 4)).toEqual([
        '205',
        '100 (dont 100 dénombrés par classe)',
        '0',
      ]);
      expect((await deadlineRow(coordinator, '2025'))[4]).toBe('105');

      await coordinator.goto(copil.baseUrl);
      await main(coordinator)
        .getByRole('link', { name: /Convention de partenariat stratégique 2024-2033/ })
        .click();
      await coordinator
        .getByRole('navigation', { name: 'Sections de la convention' })
        .getByRole('link', { name: 'Bilan annuel' })
        .click();
      await main(coordinator).getByLabel('Année du bilan').selectOption('2024');
      const review = main(coordinator).getByRole('region', { name: 'Bilan annuel 2024' });
      const [docx] = await Promise.all([
        coordinator.waitForEvent('download', { timeout: 120_000 }),
        review.getByRole('button', { name: 'Télécharger en DOCX' }).click(),
      ]);
      // The review's trajectory row for 2025: 205 banned, 100 delivered, 0 planned, 105 not programmed.
      expect(normalise(docxText(readFileSync((await docx.path())!)))).toContain('01/01/2025 205 100 0 105');
    }, 240_000);

    it('l’office sort un logement du parc depuis sa page : il est signalé dans la liste et quitte la trajectoire', async () => {
      const { page: office } = await env.signedIn('office', ['office_manager']);
      await office
        .getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('link', { name: 'Patrimoine' })
        .click();
      await main(office)
        .getByRole('heading', { name: `Patrimoine — ${LANDLORD}`, level: 1 })
        .waitFor();
      expect((await deadlineRow(office, '2025'))[1]).toBe('205');
      await section(office, 'Logements').click();
      const form = main(office).getByRole('form', { name: 'Filtrer les logements' });
      await form.getByRole('checkbox', { name: 'Classe G' }).check();
      await form.getByRole('button', { name: 'Filtrer' }).click();
      await expect.poll(() => textOf(main(office).getByRole('status'))).toBe('205 logements — page 1 sur 5');
      const link = main(office).getByRole('table').getByRole('link').first();
      const name = await textOf(link);
      await link.click();
      const retire = main(office).getByRole('region', { name: 'Sortie du parc' });
      await retire.waitFor();
      await retire.getByLabel('Motif de sortie').selectOption({ label: 'Démolition' });
      await retire.getByLabel('Date de sortie').fill('2026-01-15');
      await expectAccessible(office);
      await retire.getByRole('button', { name: 'Sortir du parc' }).click();
      await expect
        .poll(() => textOf(retire.getByRole('status')))
        .toBe(
          'Logement sorti du parc le 15/01/2026 (démolition) : il ne compte plus dans la trajectoire à partir de cette date.',
        );
      await expect.poll(() => retire.getByRole('button', { name: 'Sortir du parc' }).count()).toBe(0);
      await main(office).getByRole('link', { name: 'Retour à la liste des logements' }).click();
      await form.getByRole('checkbox', { name: 'Classe G' }).check();
      await form.getByRole('button', { name: 'Filtrer' }).click();
      const row = main(office)
        .getByRole('row')
        .filter({ has: office.getByRole('link', { name, exact: true }) });
      await expect
        .poll(async () => textOf(row.getByRole('rowheader')))
        .toContain('Sorti du parc le 15/01/2026 (démolition)');
      await expectAccessible(office);
      expect((await deadlineRow(office, '2025'))[1]).toBe('204');
    }, 120_000);
  },
);

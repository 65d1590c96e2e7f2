import ExcelJS from 'exceljs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { createAgreement } from '../src/server/domains/finance/agreements.service';
import { createAllocation } from '../src/server/domains/finance/envelopes.service';
import { createOperation } from '../src/server/domains/operations/operations.service';
import { createTestUser } from '../src/server/test/fixtures';
import {
  describeInBrowser,
  expectAccessible,
  login,
  useCopil,
  type RunningCopil,
  DEPARTMENT_SIRET,
  OFFICE_SIRET,
  plain,
} from './harness';

const textOf = async (locator: Locator) => plain(await locator.textContent());

/**
 * The cycle in the browser: plan renovations of G and F dwellings → the trajectory's
 * planned figures → the 1st half-year 2026 table by xlsx round trip → returned, then accepted →
 * one operation delivered → effective class and delivered figures → a payment request referencing
 * the operation; then the 2025 November forecast beside the 2025 allocation.
 */
describeInBrowser(
  'Opérations : programmation, tableau semestriel, livraison, demande de versement, prévisionnel',
  () => {
    const env = useCopil();
    let copil: RunningCopil;
    let coordinator: Page, office: Page;
    let conventionId: string, officeId: string, agreementId: string;
    let gDwellings: { id: string; ident: string }[];
    let operationUrl: string, tableUrl: string;

    beforeAll(async () => {
      copil = env.copil;
      const db = copil.built.database.db;
      const orgId = async (siret: string) =>
        (await db.selectFrom('organisations').select('id').where('siret', '=', siret).executeTakeFirstOrThrow()).id;
      officeId = await orgId(OFFICE_SIRET);
      const coord = await createTestUser(db, {
        roles: ['coordinator'],
        organisationId: await orgId(DEPARTMENT_SIRET),
        displayName: 'Claire Delattre',
      });
      const manager = await createTestUser(db, {
        roles: ['office_manager'],
        organisationId: officeId,
        displayName: 'Olivier Martel',
      });
      conventionId = (
        await db
          .selectFrom('conventions')
          .select('id')
          .where('period_start', '=', '2024-01-01')
          .executeTakeFirstOrThrow()
      ).id;
      const allocation = await db
        .selectFrom('allocations as a')
        .innerJoin('envelopes as e', 'e.id', 'a.envelope_id')
        .select(['a.id', 'e.id as envelope_id'])
        .where('e.kind', '=', 'investment')
        .where('a.year', '=', 2024)
        .executeTakeFirstOrThrow();
      agreementId = (
        await createAgreement(db, coord, allocation.id, {
          amount: 4_000_000_00n,
          purpose: 'Réhabilitation thermique 2024',
          schedule: [
            { kind: 'advance', label: 'Avance', amount: 1_000_000_00n, requiredDocuments: [] },
            { kind: 'balance', label: 'Solde', amount: 3_000_000_00n, requiredDocuments: [] },
          ],
        })
      ).id;
      await createAllocation(db, coord, allocation.envelope_id, {
        year: 2025,
        amount: 8_000_000_00n,
        deliberationBody: 'Commission permanente',
        deliberationDate: '2025-02-10',
      });
      gDwellings = (
        await db
          .selectFrom('dwellings')
          .select(['id', 'ident_rep', 'ident_int'])
          .where('organisation_id', '=', officeId)
          .where('effective_class', '=', 'G')
          .orderBy('dwelling_key')
          .limit(3)
          .execute()
      ).map((d) => ({ id: d.id, ident: (d.ident_rep ?? d.ident_int)! }));
      const f = await db
        .selectFrom('dwellings')
        .select('id')
        .where('organisation_id', '=', officeId)
        .where('effective_class', '=', 'F')
        .orderBy('dwelling_key')
        .limit(1)
        .executeTakeFirstOrThrow();
      const plan = (label: string, dwellingId: string) => ({
        label,
        kind: 'thermal_renovation' as const,
        programme: 'pmt_2025_2030' as const,
        communeCode: '62041',
        status: 'planned' as const,
        percentComplete: 0,
        dwellings: [{ dwellingId, targetClass: 'C' as const }],
        classCounts: [],
        fundingLines: [],
        phases: [
          { phase: 'start_order' as const, plannedOn: '2026-03-01' },
          { phase: 'delivery' as const, plannedOn: '2027-06-30' },
        ],
      });
      // Two of the three renovations are planned here; the first one is entered in the page.
      await createOperation(db, manager, conventionId, plan('Réhabilitation Résidence du Parc', f.id));
      await createOperation(db, manager, conventionId, plan('Réhabilitation Cité des Fleurs', gDwellings[2]!.id));
      coordinator = await env.newPage();
      office = await env.newPage();
      await login(coordinator, copil.baseUrl, coord.email, coord.password);
      await login(office, copil.baseUrl, manager.email, manager.password);
    });

    const plannedAt2028 = async (page: Page) => {
      await page.goto(`${copil.baseUrl}/patrimoine/${officeId}/trajectoire`);
      const row = page
        .getByRole('table', { name: 'Logements interdits de location à chaque échéance' })
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: /^2028/ }) });
      await row.waitFor();
      const cells = (await row.getByRole('cell').allTextContents()).map(plain);
      return { delivered: cells[2], planned: cells[3] };
    };

    it("l'office programme une réhabilitation de deux logements G depuis le patrimoine ; la trajectoire la compte en programmé", async () => {
      expect(await plannedAt2028(office)).toEqual({ delivered: '0', planned: '2' });
      await office.goto(`${copil.baseUrl}/conventions/${conventionId}/operations`);
      const main = office.getByRole('main');
      await main.getByRole('link', { name: 'Nouvelle opération' }).click();
      await main.getByRole('heading', { name: 'Nouvelle opération', level: 1 }).waitFor();
      await main.getByLabel('Nom').fill('Réhabilitation Résidence des Tilleuls');
      await main.getByLabel('Commune (code INSEE)').fill('62041');
      await main.getByLabel('Classe actuelle', { exact: true }).selectOption('G');
      for (const d of gDwellings.slice(0, 2)) {
        await main.getByLabel('Rechercher dans le patrimoine').fill(d.ident);
        await main.getByRole('button', { name: 'Rechercher' }).click();
        await main.getByRole('button', { name: `Ajouter le logement ${d.ident}`, exact: true }).click();
      }
      await main.getByLabel('Ordre de service : date prévue').fill('2026-03-01');
      await main.getByLabel('Réception / livraison : date prévue').fill('2027-06-30');
      await main.getByLabel('Coût TTC (€)').fill('1 100 000,00');
      await main.getByRole('button', { name: 'Ajouter un financement' }).click();
      await main.getByLabel('Financement 1 : montant (€)').fill('300 000,00');
      await main.getByLabel('Financement 1 : convention financière').selectOption(agreementId);
      await expectAccessible(office);
      // Without target classes, the renovation is refused and nothing is saved.
      await main.getByRole('button', { name: "Enregistrer l'opération" }).click();
      await expect
        .poll(() => textOf(main.getByRole('alert').first()))
        .toContain('indiquez la classe visée après réhabilitation');
      for (const d of gDwellings.slice(0, 2))
        await main.getByLabel(new RegExp(`^Classe visée pour ${d.ident}( |$)`)).selectOption('C');
      await main.getByRole('button', { name: "Enregistrer l'opération" }).click();
      await main.getByRole('heading', { name: 'OP-0003 — Réhabilitation Résidence des Tilleuls', level: 1 }).waitFor();
      operationUrl = office.url();
      expect(await textOf(main.getByRole('heading', { name: /^Logements/ }))).toBe('Logements (2)');
      await expectAccessible(office);
      expect(await plannedAt2028(office)).toEqual({ delivered: '0', planned: '4' });
    });

    it('ouvre le tableau du 1er semestre 2026, le remplit par aller-retour xlsx et le transmet', async () => {
      await office.goto(`${copil.baseUrl}/conventions/${conventionId}/tableaux-avancement`);
      const main = office.getByRole('main');
      await main.getByLabel('Semestre à ouvrir').selectOption('2026-06-30');
      await main.getByRole('button', { name: 'Ouvrir le tableau' }).click();
      await main.getByRole('heading', { name: "Tableau d'avancement — 1er semestre 2026", level: 1 }).waitFor();
      tableUrl = office.url();
      await expectAccessible(office);
      const [download] = await Promise.all([
        office.waitForEvent('download'),
        main.getByRole('link', { name: 'Télécharger le tableau (xlsx)' }).click(),
      ]);
      const original = path.join(tmpdir(), `s1-${Date.now()}.xlsx`);
      await download.saveAs(original);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(original);
      const sheet = workbook.getWorksheet('Avancement 2026-06-30')!;
      const rowOf = (reference: string) =>
        sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(2).value === reference)!;
      rowOf('OP-0003').getCell(6).value = 'En cours';
      rowOf('OP-0003').getCell(7).value = 35;
      rowOf('OP-0003').getCell(8).value = new Date(Date.UTC(2026, 2, 2));
      // First an edited identifier: refused with its row and column, nothing saved.
      const tampered = path.join(tmpdir(), `s1-tampered-${Date.now()}.xlsx`);
      const id = rowOf('OP-0001').getCell(1).value;
      rowOf('OP-0001').getCell(1).value = '00000000-0000-4000-8000-00000000f00d';
      await workbook.xlsx.writeFile(tampered);
      rowOf('OP-0001').getCell(1).value = id;
      const edited = path.join(tmpdir(), `s1-edited-${Date.now()}.xlsx`);
      await workbook.xlsx.writeFile(edited);
      const upload = main.getByRole('form', { name: 'Envoyer le tableau modifié' });
      await upload.getByLabel('Tableau modifié (xlsx)').setInputFiles(tampered);
      await upload.getByRole('button', { name: 'Envoyer le fichier' }).click();
      await expect
        .poll(() => textOf(upload.getByRole('alert')))
        .toMatch(/Ligne \d, colonne « Identifiant » : identifiant modifié ou inconnu/);
      await upload.getByLabel('Tableau modifié (xlsx)').setInputFiles(edited);
      await upload.getByRole('button', { name: 'Envoyer le fichier' }).click();
      await expect.poll(() => textOf(upload.getByRole('status'))).toMatch(/importé : 3 ligne\(s\) à jour/);
      expect(await main.getByLabel('Avancement de OP-0003 — Réhabilitation Résidence des Tilleuls').inputValue()).toBe(
        '35',
      );
      await main.getByRole('button', { name: 'Transmettre au Département' }).click();
      await expect.poll(() => textOf(main.getByRole('status').first())).toContain('Transmis au Département');
    });

    it('le Département commente, renvoie, puis accepte le tableau retransmis', async () => {
      await coordinator.goto(tableUrl);
      const main = coordinator.getByRole('main');
      await main.getByRole('heading', { name: 'Instruction', level: 2 }).waitFor();
      await main.getByLabel('Commentaire du Département sur OP-0003').fill('Préciser la date de fin du désamiantage.');
      await main.getByRole('button', { name: 'Enregistrer le commentaire sur OP-0003' }).click();
      await expect
        .poll(() => textOf(main.getByRole('status').filter({ hasText: 'Commentaire enregistré' })))
        .toBe('Commentaire enregistré pour OP-0003.');
      await expectAccessible(coordinator);
      await main.getByLabel('Motif du renvoi').fill('Compléter OP-0003.');
      await main.getByRole('button', { name: "Renvoyer à l'office" }).click();
      await expect.poll(() => textOf(main.getByRole('status').first())).toContain("Renvoyé à l'office");
      await office.goto(tableUrl);
      await office
        .getByRole('main')
        .getByLabel('Commentaire sur OP-0003 — Réhabilitation Résidence des Tilleuls')
        .fill('Désamiantage terminé fin juin.');
      await office.getByRole('main').getByRole('button', { name: 'Enregistrer les lignes' }).click();
      await expect
        .poll(() => textOf(office.getByRole('main').getByRole('status').filter({ hasText: 'Lignes enregistrées' })))
        .toBe('Lignes enregistrées.');
      await office.getByRole('main').getByRole('button', { name: 'Transmettre au Département' }).click();
      await expect
        .poll(() => textOf(office.getByRole('main').getByRole('status').first()))
        .toContain('Transmis au Département');
      await coordinator.goto(tableUrl);
      await main.getByRole('button', { name: 'Accepter le tableau' }).click();
      await expect.poll(() => textOf(main.getByRole('status').first())).toContain('Accepté');
      expect(await textOf(main.getByRole('region', { name: 'Versions transmises' }))).toMatch(/Version 1.*Version 2/);
      await expectAccessible(coordinator);
    });

    it('une opération livrée change la classe effective de ses logements et les chiffres « livrés » de la trajectoire', async () => {
      await office.goto(`${operationUrl}/modifier`);
      const main = office.getByRole('main');
      await main.getByRole('heading', { name: "Modifier l'opération OP-0003", level: 1 }).waitFor();
      await main.getByLabel('État').selectOption('delivered');
      await main.getByLabel('Avancement (%)').fill('100');
      await main.getByLabel('Ordre de service : date réelle').fill('2026-03-02');
      await main.getByLabel('Réception / livraison : date réelle').fill('2026-10-15');
      await main.getByRole('button', { name: "Enregistrer l'opération" }).click();
      await main.getByRole('heading', { name: 'OP-0003 — Réhabilitation Résidence des Tilleuls', level: 1 }).waitFor();
      expect(await textOf(main.getByRole('list').filter({ hasText: 'Réception / livraison' }))).toContain(
        'Réception / livraison : prévue 30/06/2027, réelle 15/10/2026',
      );
      await main.getByRole('link', { name: new RegExp(`^${gDwellings[0]!.ident}( |$)`) }).click();
      const section = office.getByRole('region', { name: 'Travaux et classe après travaux' });
      await expect
        .poll(() => textOf(section.getByRole('paragraph').first()))
        .toMatch(/Classe effective au .* : C \(classe visée de la dernière opération livrée\)/);
      await expectAccessible(office);
      expect(await plannedAt2028(office)).toEqual({ delivered: '2', planned: '2' });
    });

    it("le coordinateur affecte la subvention à l'opération ; la demande de versement de l'office la référence", async () => {
      await coordinator.goto(`${copil.baseUrl}/conventions-financieres/${agreementId}`);
      const main = coordinator.getByRole('main');
      await main.getByText('Affecter un montant à une opération').click();
      await main
        .getByLabel('Opération du programme')
        .selectOption({ label: 'OP-0003 — Réhabilitation Résidence des Tilleuls' });
      expect(await main.getByLabel('Montant affecté').inputValue()).toBe('300000,00');
      await main.getByRole('button', { name: "Enregistrer l'affectation" }).click();
      await main.getByRole('link', { name: 'OP-0003 — Réhabilitation Résidence des Tilleuls' }).waitFor();
      await office.goto(`${copil.baseUrl}/conventions-financieres/${agreementId}`);
      const form = office.getByRole('region', { name: 'Nouvelle demande de versement' });
      await form.getByLabel('Montant demandé').fill('100 000,00');
      await form
        .getByLabel('Opération concernée')
        .selectOption({ label: 'OP-0003 — Réhabilitation Résidence des Tilleuls' });
      await form.getByRole('button', { name: 'Créer la demande (brouillon)' }).click();
      await office
        .getByRole('main')
        .getByRole('link', { name: 'OP-0003 — Réhabilitation Résidence des Tilleuls' })
        .waitFor();
      await expectAccessible(office);
      await office.goto(operationUrl);
      expect(await textOf(office.getByRole('main').getByRole('list').filter({ hasText: 'Demande de' }))).toContain(
        'Demande de 100 000,00 € — Brouillon',
      );
    });

    it('le prévisionnel 2025 est saisi et comparé à la délibération 2025', async () => {
      await office.goto(`${copil.baseUrl}/conventions/${conventionId}/previsionnel`);
      const main = office.getByRole('main');
      await main.getByLabel('Année').fill('2025');
      await main.getByLabel('Classe G').fill('80');
      await main.getByLabel('Classe F').fill('220');
      await main.getByLabel('Logements en maintenance').fill('2400');
      await main.getByLabel('Adaptations de logements').fill('275');
      await main.getByLabel('Montant demandé en investissement (€)').fill('10 000 000,00');
      await main.getByLabel('Montant demandé en fonctionnement (€)').fill('5 000 000,00');
      await main.getByRole('button', { name: 'Enregistrer le prévisionnel' }).click();
      await expect.poll(() => textOf(main.getByRole('status').first())).toBe('Prévisionnel 2025 enregistré.');
      await main.getByRole('button', { name: 'Transmettre au Département' }).click();
      await expect
        .poll(() => textOf(main.getByRole('status').first()))
        .toBe('Prévisionnel 2025 transmis au Département.');
      await coordinator.goto(`${copil.baseUrl}/conventions/${conventionId}/previsionnel`);
      const row = coordinator
        .getByRole('table', { name: 'Prévu, voté et réalisé par année' })
        .getByRole('row')
        .filter({ has: coordinator.getByRole('rowheader', { name: '2025' }) });
      await row.waitFor();
      const cells = (await row.getByRole('cell').allTextContents()).map(plain);
      expect(cells.slice(0, 5)).toEqual([
        'Transmis au Département (en retard), dû le 30/11/2024',
        '300 / 0',
        '2400 / 0 (−100 par rapport à la référence)',
        '275 / 0',
        '10 000 000,00 € / 8 000 000,00 €',
      ]);
      // The convention's yearly baseline, with its source, beside the forecasts.
      const baseline = coordinator.getByRole('table', { name: 'Volumes annuels de référence de la convention' });
      expect((await baseline.getByRole('cell').allTextContents()).map(plain).filter((_, i) => i % 2 === 0)).toEqual([
        'de 250 à 300',
        'environ 2 500',
        'de 20 000 000,00 € à 25 000 000,00 €',
      ]);
      await expectAccessible(coordinator);
      // The Département returns it with a reason; the office reads the reason on its page (issue #19).
      const review = coordinator.getByRole('region', { name: 'Instruire les prévisionnels transmis' });
      await review.getByLabel('Motif du renvoi du prévisionnel 2025').fill('Détailler les adaptations.');
      await review.getByRole('button', { name: "Renvoyer le prévisionnel 2025 à l'office" }).click();
      await expect.poll(() => textOf(review.getByRole('status').first())).toBe("Prévisionnel 2025 renvoyé à l'office.");
      await office.goto(`${copil.baseUrl}/conventions/${conventionId}/previsionnel`);
      await office.getByRole('main').getByLabel('Année').fill('2025');
      await expect
        .poll(() => textOf(office.getByRole('main').getByRole('status').filter({ hasText: 'renvoyé' })))
        .toContain('Détailler les adaptations.');
    });
  },
);

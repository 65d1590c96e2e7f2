import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { createTestUser } from '../src/server/test/fixtures';
import { describeInBrowser, expectAccessible, login, useCopil, type RunningCopil, DEPARTMENT_SIRET } from './harness';

describeInBrowser(
  'Contrôles (article 5) : missions enregistrées par le Département, dossier de preuves téléchargé par un contrôleur',
  () => {
    const env = useCopil();
    let copil: RunningCopil;
    let coordinator: Page;
    let controller: Page;
    let conventionId: string;

    beforeAll(async () => {
      copil = env.copil;
      const db = copil.built.database.db;
      const departmentId = (
        await db
          .selectFrom('organisations')
          .select('id')
          .where('siret', '=', DEPARTMENT_SIRET)
          .executeTakeFirstOrThrow()
      ).id;
      conventionId = (
        await db
          .selectFrom('conventions')
          .select('id')
          .where('period_start', '=', '2024-01-01')
          .executeTakeFirstOrThrow()
      ).id;
      const coord = await createTestUser(db, {
        roles: ['coordinator'],
        organisationId: departmentId,
        displayName: 'Claire Delattre',
      });
      const ctrl = await createTestUser(db, {
        roles: ['controller'],
        organisationId: departmentId,
        displayName: 'Paul Vérin',
      });
      coordinator = await env.newPage();
      controller = await env.newPage();
      await login(coordinator, copil.baseUrl, coord.email, coord.password);
      await login(controller, copil.baseUrl, ctrl.email, ctrl.password);
    });

    const main = (page: Page) => page.getByRole('main');

    it('lets the coordination record a mission, with errors named by field', async () => {
      await coordinator.goto(`${copil.baseUrl}/conventions/${conventionId}/controles`);
      await main(coordinator).getByRole('heading', { name: 'Contrôles (article 5)', level: 1 }).waitFor();
      await main(coordinator).getByText('Aucune mission de contrôle enregistrée.').waitFor();
      const form = main(coordinator).getByRole('form', { name: 'Enregistrer une mission de contrôle' });
      await form.getByRole('button', { name: 'Enregistrer la mission' }).click();
      await form.getByRole('alert').first().waitFor();
      await form.getByLabel('Début').fill('2026-09-01');
      await form.getByLabel('Fin').fill('2026-09-15');
      await form.getByLabel('Contrôleur').fill('Inspection générale du Département');
      await form.getByLabel('Périmètre').fill('Conventions financières 2025 : pièces comptables');
      await form.getByLabel('Constats').fill('Pièces complètes.');
      await form.getByLabel('Rapport (facultatif)').setInputFiles(env.writePdf('rapport-controle.pdf'));
      await form.getByRole('button', { name: 'Enregistrer la mission' }).click();
      const table = main(coordinator).getByRole('table', { name: /Missions de contrôle/ });
      await table.waitFor();
      expect(await table.locator('tbody tr').first().textContent()).toContain('Inspection générale du Département');
      await table.getByRole('link', { name: 'rapport-controle.pdf' }).waitFor();
      await expectAccessible(coordinator);
    });

    it('shows the controller the missions read-only and hands them the evidence bundle as a zip with its manifest', async () => {
      await controller.goto(`${copil.baseUrl}/conventions/${conventionId}`);
      await main(controller)
        .getByRole('navigation', { name: 'Sections de la convention' })
        .getByRole('link', { name: 'Contrôles' })
        .click();
      await main(controller).getByRole('heading', { name: 'Contrôles (article 5)', level: 1 }).waitFor();
      await main(controller)
        .getByRole('table', { name: /Missions de contrôle/ })
        .getByText('Inspection générale du Département')
        .waitFor();
      expect(await main(controller).getByRole('form', { name: 'Enregistrer une mission de contrôle' }).count()).toBe(0);

      const form = main(controller).getByRole('form', { name: 'Dossier de preuves' });
      await form.getByLabel('Situation au').fill('2026-06-30');
      const button = form.getByRole('button', { name: 'Télécharger le dossier de preuves' });
      const [response, download] = await Promise.all([
        controller.waitForResponse((r) => r.url().includes('/evidence-bundle.zip')),
        controller.waitForEvent('download'),
        button.click(),
      ]);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/zip');
      expect(download.suggestedFilename()).toBe('dossier-de-preuves-2026-06-30.zip');
      const zip = await JSZip.loadAsync(await readFile((await download.path())!));
      const manifest = JSON.parse(await zip.file('manifeste.json')!.async('string')) as {
        asOf: string;
        files: { path: string }[];
      };
      expect(manifest.asOf).toBe('2026-06-30');
      expect(manifest.files.map((f) => f.path)).toEqual(
        expect.arrayContaining([
          'convention-telle-que-modifiee.json',
          'audit/journal.csv',
          'audit/verification-chaine.txt',
        ]),
      );
      expect(await zip.file('audit/verification-chaine.txt')!.async('string')).toContain('VALIDE');
      await form.getByText('Dossier prêt : dossier-de-preuves-2026-06-30.zip.').waitFor();
      await expect.poll(() => button.isEnabled()).toBe(true);
      await expectAccessible(controller);
    });
  },
);

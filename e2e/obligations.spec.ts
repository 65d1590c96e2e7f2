import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { todayInParis } from '../src/contracts/dates';
import { runReminders } from '../src/server/domains/obligations/reminders.service';
import { createTestUser } from '../src/server/test/fixtures';
import {
  describeInBrowser,
  expectAccessible,
  login,
  plain,
  useCopil,
  type RunningCopil,
  DEPARTMENT_SIRET,
  OFFICE_SIRET,
} from './harness';

const EVENT = 'Inauguration de la résidence Les Tilleuls';

describeInBrowser(
  'Obligations : calendrier, échéance, invitation validée avant impression, notifications, agenda',
  () => {
    const env = useCopil();
    let copil: RunningCopil;
    let coordinator: Page;
    let office: Page;
    let conventionId: string;

    beforeAll(async () => {
      copil = env.copil;
      const db = copil.built.database.db;
      const orgId = async (siret: string) =>
        (await db.selectFrom('organisations').select('id').where('siret', '=', siret).executeTakeFirstOrThrow()).id;
      conventionId = (
        await db
          .selectFrom('conventions')
          .select('id')
          .where('period_start', '=', '2024-01-01')
          .executeTakeFirstOrThrow()
      ).id;
      const coord = await createTestUser(db, {
        roles: ['coordinator'],
        organisationId: await orgId(DEPARTMENT_SIRET),
        displayName: 'Claire Delattre',
      });
      const manager = await createTestUser(db, {
        roles: ['office_manager'],
        organisationId: await orgId(OFFICE_SIRET),
        displayName: 'Olivier Martel',
      });
      coordinator = await env.newPage();
      office = await env.newPage();
      await login(coordinator, copil.baseUrl, coord.email, coord.password);
      await login(office, copil.baseUrl, manager.email, manager.password);
    });

    const main = (page: Page) => page.getByRole('main');

    it('shows the calendar as a month grid navigable by keyboard and as a list filtered by party', async () => {
      await coordinator.goto(`${copil.baseUrl}/conventions/${conventionId}/obligations`);
      await main(coordinator).getByRole('heading', { name: 'Calendrier des obligations', level: 1 }).waitFor();
      const grid = main(coordinator).getByRole('grid');
      await grid.waitFor();
      await expectAccessible(coordinator);
      const month = await main(coordinator).getByRole('heading', { level: 2 }).first().textContent();
      await grid.locator('td[tabindex="0"]').focus();
      await coordinator.keyboard.press('ArrowRight');
      expect(await coordinator.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^2 /);
      await coordinator.keyboard.press('PageDown');
      expect(await main(coordinator).getByRole('heading', { level: 2 }).first().textContent()).not.toBe(month);

      await main(coordinator).getByRole('button', { name: 'Liste' }).click();
      const table = main(coordinator).getByRole('table', { name: 'Toutes les échéances, par date due' });
      await table.waitFor();
      expect(await table.locator('tbody tr').count()).toBe(79);
      await main(coordinator).getByLabel('Partie').selectOption('landlord');
      await expect.poll(() => table.locator('tbody tr').count()).toBe(29);
      expect(await table.locator('tbody tr').first().textContent()).toContain(
        'Transmettre les tableaux de suivi semestriels',
      );
      await expectAccessible(coordinator);
    });

    it('opens an instance; the owing party marks it done with a document', async () => {
      await office.goto(`${copil.baseUrl}/conventions/${conventionId}/obligations`);
      await main(office).getByRole('button', { name: 'Liste' }).click();
      await main(office).getByLabel('Partie').selectOption('landlord');
      const table = main(office).getByRole('table', { name: 'Toutes les échéances, par date due' });
      await expect.poll(() => table.locator('tbody tr').count()).toBe(29);
      await table.getByRole('link', { name: 'Transmettre les tableaux de suivi semestriels' }).first().click();
      await main(office)
        .getByRole('heading', { name: 'Transmettre les tableaux de suivi semestriels — 1er semestre 2024', level: 1 })
        .waitFor();
      await main(office).getByRole('button', { name: 'Marquer faite' }).click();
      await main(office).getByRole('alert').waitFor();
      expect(await main(office).getByRole('alert').textContent()).toContain('Joignez la pièce');
      await main(office).getByLabel('Pièce justificative').setInputFiles(env.writePdf('tableau-2024-s1.pdf'));
      await main(office).getByLabel('Commentaire').fill('Transmis par courriel le 30 juillet.');
      await main(office).getByRole('button', { name: 'Marquer faite' }).click();
      await main(office).getByText('Échéance marquée faite.').waitFor();
      await main(office).getByText('Marquée faite le').waitFor();
      await expectAccessible(office);
    });

    it('takes an invitation through submit → changes asked → resubmit → validated', async () => {
      await office.goto(`${copil.baseUrl}/conventions/${conventionId}/communication`);
      await main(office).getByRole('heading', { name: 'Communication (article 6)', level: 1 }).waitFor();
      await main(office).getByLabel('Intitulé').fill(EVENT);
      await main(office).getByLabel('Date de l’événement').fill('2026-05-12');
      await main(office).getByRole('button', { name: 'Déclarer l’événement' }).click();
      const event = main(office).getByRole('region', { name: EVENT });
      await event.waitFor();
      await event.getByLabel('Projet d’invitation (PDF)').setInputFiles(env.writePdf('invitation-v1.pdf'));
      await event.getByRole('button', { name: 'Soumettre au Département' }).click();
      await event.getByText('Soumise, en attente de validation').waitFor();
      await expectAccessible(office);

      await coordinator.goto(`${copil.baseUrl}/conventions/${conventionId}/communication`);
      const review = main(coordinator).getByRole('region', { name: EVENT });
      await review.getByRole('button', { name: 'Demander des modifications' }).click();
      await review.getByRole('alert').waitFor();
      await review.getByLabel('Modifications demandées').fill('Logo du Département trop petit.');
      await review.getByRole('button', { name: 'Demander des modifications' }).click();
      await review.getByText('Modifications demandées', { exact: true }).first().waitFor();
      await expectAccessible(coordinator);

      await office.reload();
      await event.getByText('« Logo du Département trop petit. »', { exact: false }).waitFor();
      await event.getByLabel('Projet d’invitation (PDF)').setInputFiles(env.writePdf('invitation-v2.pdf'));
      await event.getByRole('button', { name: 'Soumettre au Département' }).click();
      await event.getByText('invitation-v2.pdf').waitFor();

      await coordinator.reload();
      await review.getByRole('button', { name: 'Valider avant impression' }).click();
      await review.getByText('Validée : prête pour l’impression').waitFor();
      expect(await review.getByRole('listitem').allTextContents()).toEqual([
        expect.stringContaining('Version 1'),
        expect.stringContaining('Version 2'),
      ]);

      // Article 6: the dated event put its invitation (done, late) and proof duties in the calendar.
      await office.goto(`${copil.baseUrl}/conventions/${conventionId}/obligations`);
      await main(office).getByRole('button', { name: 'Liste' }).click();
      const rows = main(office)
        .getByRole('table', { name: 'Toutes les échéances, par date due' })
        .locator('tbody tr')
        .filter({ hasText: 'Événement du 12/05/2026' });
      await expect.poll(() => rows.count()).toBe(2);
      expect((await rows.allTextContents()).map(plain)).toEqual([
        expect.stringMatching(/Soumettre chaque invitation officielle.*Fait/),
        expect.stringMatching(/Transmettre les justificatifs.*En retard/),
      ]);
    });

    it('shows reminders in the shell and manages the secret calendar link', async () => {
      await runReminders(copil.built.database.db, null, { publicUrl: copil.baseUrl, today: todayInParis() });
      await office.goto(`${copil.baseUrl}/compte/agenda`);
      await main(office).getByRole('heading', { name: 'Mon agenda des échéances', level: 1 }).waitFor();
      const bell = office.getByRole('button', { name: /^Notifications/ });
      await expect.poll(async () => Number(await bell.locator('.badge').textContent())).toBeGreaterThan(0);
      await bell.click();
      await office.locator('#notifications-liste').getByRole('link').first().waitFor();
      await expectAccessible(office);
      await office.keyboard.press('Escape');

      await main(office).getByRole('button', { name: 'Créer mon lien d’agenda' }).click();
      const link = main(office).getByLabel('Votre lien (affiché une seule fois)');
      await link.waitFor();
      const url = await link.inputValue();
      const response = await fetch(new URL(new URL(url).pathname, copil.baseUrl));
      expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      const ical = await response.text();
      expect(ical).toContain('BEGIN:VCALENDAR');
      // The communication event's duties are in the feed too (issue #19).
      expect(ical.replace(/\r\n[ \t]/g, '')).toContain(
        'Transmettre les justificatifs de la promotion du partenariat (Événement du 12/05/2026)',
      );
      await main(office).getByRole('button', { name: 'Révoquer le lien' }).click();
      await main(office).getByText('Lien révoqué').waitFor();
      expect((await fetch(new URL(new URL(url).pathname, copil.baseUrl))).status).toBe(404);
      await expectAccessible(office);
    });
  },
);

import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { todayInParis } from '../src/contracts/dates';
import { createTestUser } from '../src/server/test/fixtures';
import {
  describeInBrowser,
  expectAccessible,
  login,
  useCopil,
  type RunningCopil,
  DEPARTMENT_SIRET,
  OFFICE_SIRET,
} from './harness';

describeInBrowser('Article 3 : fait signalé → accusé de réception ; demande de garantie → examen → décision', () => {
  const env = useCopil();
  let copil: RunningCopil;
  let coordinator: Page;
  let office: Page;
  let conventionId: string;
  const today = todayInParis();

  beforeAll(async () => {
    copil = env.copil;
    const db = copil.built.database.db;
    const orgId = async (siret: string) =>
      (await db.selectFrom('organisations').select('id').where('siret', '=', siret).executeTakeFirstOrThrow()).id;
    conventionId = (
      await db.selectFrom('conventions').select('id').where('period_start', '=', '2024-01-01').executeTakeFirstOrThrow()
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

  it('the office reports a delay, the Département acknowledges it, and the dashboard counts it', async () => {
    await office.goto(`${copil.baseUrl}/conventions/${conventionId}/faits-signales`);
    await main(office).getByRole('heading', { name: 'Faits signalés au Département', level: 1 }).waitFor();
    await main(office).getByText('Signaler un fait').click();
    const form = main(office).getByRole('form', { name: 'Signaler un fait' });
    await form.getByRole('button', { name: 'Signaler au Département' }).click();
    await form.locator('.field-error').filter({ hasText: 'Objet : obligatoire.' }).waitFor();
    await form.getByLabel('Catégorie').selectOption('delay');
    await form.getByLabel('Objet').fill('Défaillance du lot menuiseries');
    await form.getByLabel('Description').fill('Liquidation judiciaire du titulaire : livraison décalée de six mois.');
    await form.getByLabel('Date du fait').fill(today);
    await form.getByRole('button', { name: 'Signaler au Département' }).click();
    await main(office).getByRole('status').filter({ hasText: 'Fait EVT-001 signalé au Département.' }).waitFor();
    await expectAccessible(office);

    await coordinator.goto(`${copil.baseUrl}/`);
    await main(coordinator).getByRole('link', { name: '1 fait signalé sans accusé de réception' }).click();
    await main(coordinator).getByRole('heading', { name: 'EVT-001 — Défaillance du lot menuiseries' }).waitFor();
    await main(coordinator).getByRole('button', { name: 'Accuser réception du fait EVT-001' }).click();
    await main(coordinator).getByRole('status').filter({ hasText: 'Réception du fait EVT-001 accusée.' }).waitFor();
    expect(
      await main(coordinator)
        .getByText(/Reçu, en suivi \(accusé de réception du/)
        .count(),
    ).toBe(1);
    await expectAccessible(coordinator);
  });

  it('the office files a guarantee request with its offer, the Département examines it and the Commission permanente grants it', async () => {
    await office.goto(`${copil.baseUrl}/conventions/${conventionId}/garanties`);
    await main(office).getByRole('heading', { name: 'Demandes de garantie', level: 2 }).waitFor();
    expect(
      await main(office)
        .getByText(/estimé : 178\s000\s000,00\s€ garantis à 20 %/)
        .count(),
    ).toBe(1);
    await main(office).getByText('Déposer une demande de garantie').click();
    const form = main(office).getByRole('form', { name: 'Nouvelle demande de garantie' });
    await form.getByLabel('Prêteur').fill('Banque des Territoires');
    await form.getByLabel("Numéro du contrat ou de l'offre de prêt").fill('OFFRE-2026-118');
    await form.getByLabel('Opération financée').fill('Résidence Les Tilleuls à Lens');
    await form.getByLabel('Montant du prêt').fill('2 400 000');
    await form.getByLabel('Quotité demandée (%)').fill('50');
    await form.getByLabel('Pièce jointe').setInputFiles(env.writePdf('offre-de-pret.pdf'));
    await form.getByRole('button', { name: 'Déposer la demande' }).click();
    await main(office).getByRole('status').filter({ hasText: 'Demande GAR-001 déposée.' }).waitFor();
    await expectAccessible(office);

    await coordinator.goto(`${copil.baseUrl}/`);
    await main(coordinator).getByRole('link', { name: "1 demande de garantie d'emprunt en examen" }).click();
    await main(coordinator).getByLabel("Notes d'examen (GAR-001)").fill('Quotité conforme au règlement départemental.');
    await main(coordinator).getByRole('button', { name: 'Mettre en examen' }).click();
    await main(coordinator).getByRole('status').filter({ hasText: 'Demande GAR-001 en examen.' }).waitFor();
    const decision = main(coordinator).getByRole('form', { name: 'Décision sur la demande GAR-001' });
    await decision.getByLabel('Instance').selectOption('commission_permanente');
    await decision.getByLabel('Date de la décision').fill(today);
    await decision.getByLabel('Référence de la délibération').fill('CP 2026-118');
    await decision.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await main(coordinator)
      .getByRole('status')
      .filter({ hasText: 'Demande GAR-001 accordée : la garantie est inscrite au registre.' })
      .waitFor();
    await main(coordinator).getByRole('rowheader', { name: 'OFFRE-2026-118' }).waitFor();
    await expectAccessible(coordinator);
  });
});

import type { Locator, Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { todayInParis } from '../src/contracts/dates';
import { forecastEnvelope } from '../src/server/domains/finance/forecast.rules';
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

const COORDINATOR = 'Claire Delattre';
const OFFICE_MANAGER = 'Olivier Martel';
const RETURN_REASON = "Joindre l'ordre de service de démarrage des travaux.";
const INVESTMENT = 'Investissement (autorisation de programme)';
const OPERATING = "Fonctionnement (autorisation d'engagement)";

/** The forecast the page shows today for an envelope of the seed (one 2024 allocation), from forecast.rules. */
function seedForecast(millions: number, allocated2024: number) {
  const f = forecastEnvelope({
    amountCents: BigInt(millions) * 100_000_000n,
    periodStart: '2024-01-01',
    periodEnd: '2033-12-31',
    allocations: [{ year: 2024, amountCents: BigInt(allocated2024) * 100_000_000n }],
    asOf: todayInParis(),
  });
  const euros = (cents: bigint) =>
    plain(new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(Number(cents) / 100));
  const years = f.remainingYears;
  return {
    pace: `Rythme annuel nécessaire ${years[0] === years.at(-1) ? years[0] : `${years[0]}–${years.at(-1)}`} : ${euros(f.requiredPaceCents!)}`,
    current: `Rythme actuel : ${euros(f.currentPaceCents!)} par an`,
    exhaustion: `Épuisement prévu en ${f.projectedExhaustionYear} au rythme actuel`,
    onTrack: f.onTrack,
  };
}

/** Text as read, with the non-breaking spaces of fr-FR number formats as plain spaces. */
const textOf = async (locator: Locator) => plain(await locator.textContent());

describeInBrowser(
  'Chaîne financière : convention financière, demande de versement, renvoi, validation, versement',
  () => {
    const env = useCopil();
    let copil: RunningCopil;
    let coordinator: Page;
    let office: Page;
    let pdfPath: string;
    let requestUrl: string;

    beforeAll(async () => {
      copil = env.copil;
      const db = copil.built.database.db;
      const orgId = async (siret: string) =>
        (await db.selectFrom('organisations').select('id').where('siret', '=', siret).executeTakeFirstOrThrow()).id;
      const coord = await createTestUser(db, {
        roles: ['coordinator'],
        organisationId: await orgId(DEPARTMENT_SIRET),
        displayName: COORDINATOR,
      });
      const manager = await createTestUser(db, {
        roles: ['office_manager'],
        organisationId: await orgId(OFFICE_SIRET),
        displayName: OFFICE_MANAGER,
      });
      pdfPath = env.writePdf('ordre-de-service-2024.pdf');
      coordinator = await env.newPage();
      office = await env.newPage();
      await login(coordinator, copil.baseUrl, coord.email, coord.password);
      await login(office, copil.baseUrl, manager.email, manager.password);
    });

    async function openSection(page: Page, section: string, heading: string) {
      await page.goto(copil.baseUrl);
      await page
        .getByRole('main')
        .getByRole('link', { name: /Convention de partenariat stratégique 2024-2033/ })
        .click();
      await page
        .getByRole('navigation', { name: 'Sections de la convention' })
        .getByRole('link', { name: section })
        .click();
      await page.getByRole('main').getByRole('heading', { name: heading, level: 1 }).waitFor();
    }
    const envelope = (page: Page, name: string) => page.getByRole('main').getByRole('region', { name });
    const figure = (region: Locator, term: string) =>
      region
        .locator('dl.totals > div')
        .filter({ has: region.page().locator('dt', { hasText: new RegExp(`^${term}$`) }) })
        .locator('dd');
    const status = (page: Page) => textOf(page.getByRole('main').locator('.request-status'));
    const refresh = async (page: Page) => {
      await page.goto(requestUrl);
      await page.getByRole('main').getByRole('heading', { name: 'Historique', level: 2 }).waitFor();
    };

    it('montre au coordinateur les enveloppes, leur reste à allouer, le rythme nécessaire et le graphique', async () => {
      await openSection(coordinator, 'Finances', 'Finances');
      const investment = envelope(coordinator, INVESTMENT);
      await investment.waitFor();
      expect(await textOf(figure(investment, 'Reste à allouer'))).toBe('96 000 000,00 €');
      expect(await textOf(figure(envelope(coordinator, OPERATING), 'Reste à allouer'))).toBe('45 000 000,00 €');
      const forecast = (
        await investment.getByRole('list', { name: 'Prévision investissement' }).getByRole('listitem').allTextContents()
      ).map(plain);
      // As of today: the years without an allocation are missed, the pace runs over the years that remain.
      const expected = seedForecast(100, 4);
      expect(forecast).toEqual(expect.arrayContaining([expected.pace, expected.current, expected.exhaustion]));
      expect(forecast.some((t) => t.startsWith('En retard'))).toBe(true);
      const operating = (
        await envelope(coordinator, OPERATING).getByRole('list', { name: 'Prévision fonctionnement' }).allTextContents()
      )
        .map(plain)
        .join(' ');
      const operatingExpected = seedForecast(50, 5);
      expect(operating).toContain(operatingExpected.pace);
      expect(operating).toContain(operatingExpected.onTrack ? 'Dans les temps' : 'En retard');
      // The chart is one image with a summary; its table gives the same figures.
      const chart = investment.getByRole('img', { name: /^Graphique en barres, par année de 2024 à 2033/ });
      expect(plain(await chart.getAttribute('aria-label'))).toContain('Total alloué : 4 000 000,00 €');
      const row2024 = investment
        .getByRole('table', { name: 'Montants par année — investissement' })
        .getByRole('row')
        .filter({ has: coordinator.getByRole('rowheader', { name: '2024' }) });
      expect((await row2024.getByRole('cell').allTextContents()).map(plain)).toEqual([
        '4 000 000,00 €',
        '0,00 €',
        '0,00 €',
        '0,00 €',
      ]);
      // Before the agreement, the 2024 allocation is flagged as not committed.
      expect(plain(await coordinator.getByRole('region', { name: 'Alertes de caducité' }).textContent())).toContain(
        "Délibération d'application 2024 : 4 000 000,00 € non engagés",
      );
      await expectAccessible(coordinator);
    });

    it('établit la convention financière 2024 d’investissement avec « Avance de 30 % et solde »', async () => {
      await envelope(coordinator, INVESTMENT)
        .getByRole('link', { name: 'Établir la convention financière 2024 — investissement' })
        .click();
      const main = coordinator.getByRole('main');
      await main
        .getByRole('heading', { name: 'Établir la convention financière 2024 — investissement', level: 1 })
        .waitFor();
      expect(await main.getByLabel('Montant de la convention').inputValue()).toBe('4 000 000,00');
      await main.getByLabel('Date de signature').fill('2024-03-15');
      await main.getByLabel('Objet').fill('Réhabilitation thermique de 205 logements de classe G (programme 2024).');
      await main.getByLabel('Date limite de justification').fill('2026-12-31');
      await main.getByRole('button', { name: 'Avance de 30 % et solde' }).click();
      const lines = main.getByRole('group', { name: /^Ligne \d$/ });
      expect(await lines.count()).toBe(2);
      expect(await lines.nth(0).getByLabel('Montant de la ligne').inputValue()).toBe('1 200 000,00');
      expect(await lines.nth(0).getByLabel('Pièces exigées').inputValue()).toBe('Ordre de service');
      expect(await lines.nth(1).getByLabel('Montant de la ligne').inputValue()).toBe('2 800 000,00');
      expect(await textOf(main.getByRole('group', { name: 'Échéancier de versement' }).getByRole('status'))).toBe(
        "Total de l'échéancier : 4 000 000,00 € pour un montant de 4 000 000,00 € : l'échéancier est équilibré.",
      );
      await expectAccessible(coordinator);
      await main.getByRole('button', { name: 'Établir la convention financière 2024 (investissement)' }).click();

      await main
        .getByRole('heading', { name: 'Convention financière 2024 — investissement', level: 1, exact: true })
        .waitFor();
      await expect.poll(() => textOf(main.getByRole('status'))).toBe('Convention financière établie.');
      const schedule = main.getByRole('region', { name: 'Échéancier' }).getByRole('row');
      expect(await textOf(schedule.nth(1).getByRole('rowheader'))).toBe('Avance de 30 %');
      const advance = (await schedule.nth(1).getByRole('cell').allTextContents()).map(plain);
      expect([advance[0], advance[1], advance[3]]).toEqual(['Avance', '1 200 000,00 €', 'Ordre de service']);
      expect((await schedule.nth(2).getByRole('cell').allTextContents()).map(plain).slice(0, 2)).toEqual([
        'Solde',
        '2 800 000,00 €',
      ]);
      await expectAccessible(coordinator);
    });

    it('l’office établit une demande de 1 200 000,00 € sur l’avance et la transmet sans la pièce', async () => {
      await openSection(office, 'Finances', 'Finances');
      const agreementLink = envelope(office, INVESTMENT).getByRole('link', {
        name: 'Convention financière 2024 — investissement',
      });
      await agreementLink.waitFor();
      // The office reads the envelopes but does not set them up.
      expect(await office.getByText("Enregistrer une délibération d'application (investissement)").count()).toBe(0);
      await agreementLink.click();
      const form = office.getByRole('region', { name: 'Nouvelle demande de versement' });
      await form.waitFor();
      expect(await form.getByLabel("Ligne de l'échéancier").locator('option:checked').textContent()).toContain(
        'Avance de 30 %',
      );
      await form.getByLabel('Montant demandé').fill('1 200 000,00');
      await form.getByLabel('Description').fill("Avance au démarrage des travaux de l'opération de réhabilitation.");
      await expectAccessible(office);
      await form.getByRole('button', { name: 'Créer la demande (brouillon)' }).click();

      await office
        .getByRole('main')
        .getByRole('heading', { name: 'Demande de versement — Avance de 30 %', level: 1 })
        .waitFor();
      requestUrl = office.url();
      expect(requestUrl).toMatch(/\/demandes-de-versement\/[0-9a-f-]{36}$/);
      expect(await status(office)).toBe('État : Brouillon');
      expect(await textOf(office.getByRole('main').locator('.missing'))).toBe('Pièces manquantes : Ordre de service.');
      await expectAccessible(office);
      await office.getByRole('button', { name: 'Transmettre au Département' }).click();
      await expect.poll(() => status(office)).toBe('État : Transmise');
      expect(await textOf(office.getByRole('main').getByRole('status').first())).toBe(
        'Demande transmise au Département.',
      );
    });

    it('le coordinateur la trouve dans la file « Transmise », ne peut la valider sans la pièce et la renvoie', async () => {
      await openSection(coordinator, 'Demandes de versement', 'Demandes de versement');
      const main = coordinator.getByRole('main');
      expect(await main.getByLabel('État').inputValue()).toBe('submitted');
      await expect.poll(() => textOf(main.getByRole('status'))).toBe("1 demande à l'état « Transmise ».");
      await expectAccessible(coordinator);
      await main.getByRole('link', { name: 'Demande « Avance de 30 % »' }).click();
      await main.getByRole('heading', { name: 'Demande de versement — Avance de 30 %', level: 1 }).waitFor();
      expect(coordinator.url()).toBe(requestUrl);

      const review = main.getByRole('region', { name: 'Instruire la demande' });
      await review.getByRole('button', { name: 'Valider (service fait constaté)' }).click();
      await expect
        .poll(() => textOf(review.getByRole('alert')))
        .toBe('Validation impossible : pièces exigées manquantes (Ordre de service).');
      expect(await status(coordinator)).toBe('État : Transmise');
      await expectAccessible(coordinator);

      // A return needs its reason, shown on the field.
      await review.getByRole('button', { name: 'Renvoyer pour complément' }).click();
      await expect.poll(() => review.getByLabel('Commentaire').getAttribute('aria-invalid')).toBe('true');
      await review.getByLabel('Commentaire').fill(RETURN_REASON);
      await review.getByRole('button', { name: 'Renvoyer pour complément' }).click();
      await expect.poll(() => status(coordinator)).toBe('État : Renvoyée pour complément');
      expect(
        await main
          .getByRole('region', { name: 'Instruire la demande' })
          .getByRole('button', { name: 'Rejeter' })
          .count(),
      ).toBe(1);
    });

    it('l’office joint l’ordre de service et retransmet', async () => {
      await refresh(office);
      const main = office.getByRole('main');
      expect(await status(office)).toBe('État : Renvoyée pour complément');
      expect(plain(await main.getByRole('region', { name: 'Historique' }).textContent())).toContain(
        `« ${RETURN_REASON} »`,
      );
      const attach = main.getByRole('form', { name: 'Joindre une pièce' });
      await attach.getByLabel('Pièce exigée justifiée').selectOption('Ordre de service');
      await attach.getByLabel('Fichier').setInputFiles(pdfPath);
      await attach.getByRole('button', { name: 'Joindre la pièce' }).click();
      await expect
        .poll(() => textOf(main.getByRole('status').first()))
        .toBe('Pièce « Ordre de service » jointe : ordre-de-service-2024.pdf.');
      const pieces = main.getByRole('region', { name: 'Pièces justificatives' });
      expect(await pieces.getByRole('link', { name: 'ordre-de-service-2024.pdf' }).getAttribute('href')).toMatch(
        /^\/api\/documents\/[0-9a-f-]{36}$/,
      );
      expect(plain(await pieces.textContent())).toContain('Toutes les pièces exigées sont jointes.');
      await expectAccessible(office);
      await main.getByRole('button', { name: 'Transmettre au Département' }).click();
      await expect.poll(() => status(office)).toBe('État : Transmise');
    });

    it('le coordinateur valide puis enregistre le versement ; l’historique nomme chaque étape', async () => {
      await refresh(coordinator);
      const main = coordinator.getByRole('main');
      await main
        .getByRole('region', { name: 'Instruire la demande' })
        .getByRole('button', { name: 'Valider (service fait constaté)' })
        .click();
      await expect.poll(() => status(coordinator)).toBe('État : Validée (service fait)');
      const payment = main.getByRole('region', { name: 'Enregistrer le versement' });
      await payment.getByLabel('Numéro de mandat').fill('M-2025-00412');
      await payment.getByLabel('Date du mandat').fill('2025-03-20');
      await expectAccessible(coordinator);
      await payment.getByRole('button', { name: 'Enregistrer le versement' }).click();
      await expect.poll(() => status(coordinator)).toBe('État : Payée');
      expect(plain(await main.textContent())).toContain('1 200 000,00 €, mandat n° M-2025-00412 du 20/03/2025');

      const steps = (
        await main.getByRole('region', { name: 'Historique' }).getByRole('listitem').allTextContents()
      ).map(plain);
      expect(steps.map((s) => s.replace(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2} — /, ''))).toEqual([
        `${OFFICE_MANAGER} : création, Brouillon`,
        `${OFFICE_MANAGER} : Brouillon → Transmise`,
        `${COORDINATOR} : Transmise → Renvoyée pour complément — « ${RETURN_REASON} »`,
        `${OFFICE_MANAGER} : Renvoyée pour complément → Transmise`,
        `${COORDINATOR} : Transmise → Validée (service fait)`,
        `${COORDINATOR} : Validée (service fait) → Payée — « Mandat M-2025-00412 du 20/03/2025 »`,
      ]);
      await expectAccessible(coordinator);
    });

    it('la page Finances montre 1 200 000,00 € versés, et le journal d’audit les événements de la demande depuis sa transmission', async () => {
      await openSection(coordinator, 'Finances', 'Finances');
      const investment = envelope(coordinator, INVESTMENT);
      await investment.waitFor();
      expect(await textOf(figure(investment, 'Versé'))).toBe('1 200 000,00 €');
      expect(await textOf(figure(investment, 'Engagé'))).toBe('4 000 000,00 €');
      expect(await textOf(figure(investment, 'Demandé'))).toBe('1 200 000,00 €');
      expect(plain(await coordinator.getByRole('region', { name: 'Alertes de caducité' }).textContent())).not.toContain(
        "Délibération d'application 2024 : 4 000 000,00 €",
      );
      const workbook = await coordinator
        .getByRole('link', { name: 'Classeur des finances (Excel, .xlsx)' })
        .getAttribute('href');
      expect((await coordinator.request.get(`${copil.baseUrl}${workbook}`)).status()).toBe(200);
      await expectAccessible(coordinator);

      await coordinator
        .getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('link', { name: "Journal d'audit" })
        .click();
      await coordinator.getByRole('heading', { name: "Journal d'audit", level: 1 }).waitFor();
      await coordinator.getByLabel('Objet').selectOption({ label: 'Demande de versement' });
      await coordinator.getByRole('button', { name: 'Filtrer' }).click();
      await expect
        .poll(() => textOf(coordinator.getByRole('main').getByRole('status')))
        .toBe('5 événements — page 1 sur 1');
      const rows = coordinator
        .getByRole('table')
        .getByRole('row')
        .filter({ has: coordinator.locator('td') });
      // The draft's creation stays the office's own (SECURITY.md, audit journal): the Département's
      // journal starts at the first transmission, like its list of requests.
      expect((await rows.locator('td:nth-child(5)').allTextContents()).reverse()).toEqual([
        'Transmission',
        'Renvoi pour complément',
        'Pièce jointe',
        'Transmission',
        'Validation',
      ]);
      const authors = (await rows.locator('td:nth-child(3)').allTextContents()).map((a) =>
        plain(a).replace(/ <.*>$/, ''),
      );
      expect(new Set(authors)).toEqual(new Set([COORDINATOR, OFFICE_MANAGER]));
      await expectAccessible(coordinator);
    });

    it('affiche l’encours garanti déclaré : 178 000 000,00 € au 31/12/2023, 20,00 % des garanties du Département', async () => {
      await openSection(coordinator, 'Garanties', "Garanties d'emprunt");
      const reported = coordinator.getByRole('region', { name: 'Encours déclaré' });
      expect(plain(await reported.textContent())).toContain(
        '178 000 000,00 € au 31/12/2023, 20,00 % des garanties du Département',
      );
      expect(await coordinator.getByText('Inscrire un emprunt garanti').count()).toBe(1);
      await expectAccessible(coordinator);
    });
  },
);

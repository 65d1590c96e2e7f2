import type { Locator, Page } from 'playwright-core';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { createTestUser } from '../src/server/test/fixtures';
import {
  describeInBrowser,
  expectAccessible,
  login,
  useCopil,
  type RunningCopil,
  OFFICE_SIRET,
  plain,
} from './harness';

const LANDLORD = 'Pas-de-Calais habitat';

const textOf = async (locator: Locator) => plain(await locator.textContent());

/** A recent-shape RPLS file (';', *_CODE columns, CRLF) as the landlord's export writes it; REG_CODE and DEP_CODE are columns Copil ignores. */
const HEADER = [
  'REG_CODE',
  'DEP_CODE',
  'EPCI_CODE',
  'DEPCOM',
  'QPV_CODE',
  'TYPECONST_CODE',
  'NBPIECE',
  'SURFHAB',
  'CONSTRUCT',
  'FINAN_CODE',
  'DPEDATE',
  'DPEENERGIE',
  'DPESERRE',
  'IDENT_REP',
  'IDENT_INT',
  'NOMVOIE',
];
const COMMUNES = ['62041', '62193', '62119', '62498', '62160'];
const CLASSES = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'D', 'C', 'E'];
type Row = string[];
function dwelling(i: number): Row {
  return [
    '32',
    '62',
    '',
    COMMUNES[i % COMMUNES.length]!,
    i % 7 === 0 ? 'QP062012' : '',
    i % 3 === 0 ? 'I' : 'C',
    String(1 + (i % 5)),
    `${30 + (i % 60)},${i % 10}`,
    String(1950 + (i % 70)),
    i % 4 === 0 ? 'PLAI' : 'PLUS',
    `${String(1 + (i % 12)).padStart(2, '0')}/2022`,
    CLASSES[i % CLASSES.length]!,
    CLASSES[(i * 3) % CLASSES.length]!,
    `062${String(i).padStart(10, '0')}`,
    `PDCH-${i}`,
    `RUE DES ÉCOLES ${i % 200}`,
  ];
}
const ENERGY = HEADER.indexOf('DPEENERGIE');
const rplsCsv = (rows: Row[]) => Buffer.from([HEADER, ...rows].map((r) => r.join(';')).join('\r\n') + '\r\n', 'utf8');
const range = (from: number, count: number) => Array.from({ length: count }, (_, k) => dwelling(from + k));

describeInBrowser(
  'Patrimoine : import RPLS avec progression, rapport, erreurs et import des seules lignes valides',
  () => {
    const env = useCopil();
    let copil: RunningCopil;
    let office: Page;
    let officeId: string;

    beforeAll(async () => {
      copil = env.copil;
      const db = copil.built.database.db;
      officeId = (
        await db.selectFrom('organisations').select('id').where('siret', '=', OFFICE_SIRET).executeTakeFirstOrThrow()
      ).id;
      const manager = await createTestUser(db, {
        roles: ['office_manager'],
        organisationId: officeId,
        displayName: 'Olivier Martel',
      });
      office = await env.newPage();
      await login(office, copil.baseUrl, manager.email, manager.password);
    });

    const main = () => office.getByRole('main');
    const dwellings = async () =>
      (
        await sql<{ n: number }>`select count(*)::int as n from dwellings where organisation_id = ${officeId}`.execute(
          copil.built.database.db,
        )
      ).rows[0]!.n;
    const figure = (region: Locator, term: string) =>
      region
        .locator('dl > div')
        .filter({ has: office.locator('dt', { hasText: new RegExp(`^${term}$`) }) })
        .locator('dd');
    const figures = async (region: Locator, terms: string[]) =>
      Promise.all(terms.map((t) => textOf(figure(region, t))));
    async function upload(name: string, content: Buffer) {
      const form = main().getByRole('form', { name: 'Importer un fichier' });
      await form.getByLabel('Fichier à importer').setInputFiles({ name, mimeType: 'text/csv', buffer: content });
      await form.getByRole('button', { name: 'Importer le fichier' }).click();
    }
    const report = () => main().getByRole('region', { name: /^Rapport d'import/ });

    it('ouvre la page d’import du bailleur, avec le modèle xlsx à télécharger', async () => {
      await office
        .getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('link', { name: 'Patrimoine' })
        .click();
      await main()
        .getByRole('heading', { name: `Patrimoine — ${LANDLORD}`, level: 1 })
        .waitFor();
      await office
        .getByRole('navigation', { name: 'Sections du patrimoine' })
        .getByRole('link', { name: 'Imports' })
        .click();
      await main()
        .getByRole('heading', { name: `Imports du patrimoine — ${LANDLORD}`, level: 1 })
        .waitFor();
      expect((await textOf(main())).toLowerCase()).toContain('données de démonstration');
      const form = main().getByRole('form', { name: 'Importer un fichier' });
      expect(await form.getByRole('radio', { name: /^Ne rien importer/ }).isChecked()).toBe(true);
      const template = await main()
        .getByRole('link', { name: /^Télécharger le modèle d'import/ })
        .getAttribute('href');
      const response = await office.request.get(`${copil.baseUrl}${template}`);
      expect([response.status(), response.headers()['content-type']]).toEqual([
        200,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ]);
      expect(await textOf(main().getByRole('region', { name: 'Imports précédents' }))).toContain(
        'Aucun import pour le moment.',
      );
      await expectAccessible(office);
    });

    it('importe un fichier RPLS : la barre de progression suit l’import, puis le rapport donne créés, modifiés, inchangés, absents', async () => {
      const file = rplsCsv(range(0, 2500));
      // A slow link, so that the import lasts long enough to follow it.
      const cdp = await office.context().newCDPSession(office);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: 48 * 1024,
      });
      const started = Date.now();
      await upload('rpls-2025.csv', file);
      const bar = main().getByRole('progressbar', { name: 'Import en cours' });
      await bar.waitFor();
      expect([await bar.getAttribute('aria-valuemin'), await bar.getAttribute('aria-valuemax')]).toEqual(['0', '100']);
      // The server's status endpoint is polled: the rows read appear in words and in the bar's text.
      await expect
        .poll(() => bar.getAttribute('aria-valuetext'), { timeout: 20_000, interval: 100 })
        .toMatch(/lignes? lues?/);
      const now = Number(await bar.getAttribute('aria-valuenow'));
      expect(now).toBeGreaterThanOrEqual(0);
      expect(now).toBeLessThanOrEqual(100);
      expect(await textOf(main().locator('.progress-text'))).toBe(plain(await bar.getAttribute('aria-valuetext')));
      await expectAccessible(office);

      await report().waitFor({ timeout: 30_000 });
      console.log(
        `import de 2 500 lignes (${file.length} octets, envoi limité à 48 ko/s) : ${Date.now() - started} ms`,
      );
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
      expect(await textOf(report().getByRole('status'))).toBe(
        'Import terminé : 2 500 logements importés depuis « rpls-2025.csv ».',
      );
      expect(
        await figures(report(), ['Créés', 'Modifiés', 'Inchangés', 'Absents du fichier', 'Démonstration remplacée']),
      ).toEqual(['2 500', '0', '0', '0', '39 658']);
      expect(await textOf(report())).toContain('Colonnes ignorées : REG_CODE, DEP_CODE.');
      expect(await dwellings()).toBe(2500);
      await expectAccessible(office);
    });

    it('un second import rapporte 1 créé, 1 modifié, 2 498 inchangés et 1 absent', async () => {
      const rows = range(0, 2499);
      rows[0]![ENERGY] = 'B';
      rows.push(dwelling(2500));
      await upload('rpls-2026.csv', rplsCsv(rows));
      await expect
        .poll(() => textOf(report().getByRole('status')), { timeout: 30_000 })
        .toBe('Import terminé : 2 500 logements importés depuis « rpls-2026.csv ».');
      expect(await figures(report(), ['Créés', 'Modifiés', 'Inchangés', 'Absents du fichier'])).toEqual([
        '1',
        '1',
        '2 498',
        '1',
      ]);
      expect(await textOf(report().getByRole('group'))).toContain('0620000002499');
      const history = main().getByRole('region', { name: 'Imports précédents' }).getByRole('table');
      await expect.poll(() => history.locator('tbody tr').count()).toBe(2);
      expect(await dwellings()).toBe(2501);
    });

    it('un fichier avec une classe « H » : l’erreur avec sa ligne et sa colonne, rien d’importé, puis l’import des seules lignes valides', async () => {
      const rows = range(3000, 6);
      rows[3]![ENERGY] = 'H';
      await upload('rpls-erreur.csv', rplsCsv(rows));
      const alert = report().getByRole('alert');
      await expect
        .poll(() => textOf(alert), { timeout: 30_000 })
        .toMatch(/^1 erreur sur 1 ligne : rien n'a été importé\. Ligne 5, colonne DPEENERGIE : classe « H » inconnue/);
      expect(await report().getByRole('heading', { level: 2 }).textContent()).toBe(
        "Rapport d'import : rien n'a été importé",
      );
      expect(await figures(report(), ['Lignes valides', 'Lignes en erreur'])).toEqual(['5', '1']);
      const errors = main().getByRole('region', { name: 'Erreurs du fichier' });
      const row = errors
        .getByRole('table')
        .getByRole('row')
        .filter({ has: office.getByRole('rowheader', { name: '5', exact: true }) });
      expect((await row.getByRole('cell').allTextContents()).map(plain).slice(0, 2)).toEqual(['DPEENERGIE', '« H »']);
      expect(await dwellings()).toBe(2501);
      const errorFile = await errors
        .getByRole('link', { name: /^Télécharger toutes les erreurs/ })
        .getAttribute('href');
      const csv = await office.request.get(`${copil.baseUrl}${errorFile}`);
      expect(csv.status()).toBe(200);
      expect(await csv.text()).toMatch(/Ligne;Colonne;Valeur;Erreur\r?\n5;DPEENERGIE;H;/);
      await expectAccessible(office);

      // The explicit choice: import only the valid rows of the same file.
      await report().getByRole('button', { name: 'Importer seulement les 5 lignes valides' }).click();
      await expect
        .poll(() => textOf(report().getByRole('status')), { timeout: 30_000 })
        .toBe('Import terminé : 5 logements importés depuis « rpls-erreur.csv » ; 1 ligne en erreur ignorée.');
      expect(await figures(report(), ['Créés', 'Lignes en erreur'])).toEqual(['5', '1']);
      await expect
        .poll(() =>
          main()
            .getByRole('region', { name: 'Erreurs du fichier' })
            .getByRole('rowheader', { name: '5', exact: true })
            .count(),
        )
        .toBe(1);
      expect(await dwellings()).toBe(2506);
      await expectAccessible(office);
    });

    it('un fichier de 60 erreurs : la page montre les premières, le lien donne toutes les erreurs (issue #20)', async () => {
      const rows = range(4000, 60);
      for (const row of rows) row[ENERGY] = 'H';
      await upload('rpls-60-erreurs.csv', rplsCsv(rows));
      await expect
        .poll(() => textOf(report().getByRole('alert')), { timeout: 30_000 })
        .toMatch(/^60 erreurs sur 60 lignes : rien n'a été importé\./);
      const errors = main().getByRole('region', { name: 'Erreurs du fichier' });
      await expect.poll(() => errors.getByRole('table').locator('tbody tr').count()).toBe(50);
      const link = errors.getByRole('link', { name: 'Télécharger toutes les erreurs (CSV pour Excel, 60 lignes)' });
      const csv = await office.request.get(`${copil.baseUrl}${await link.getAttribute('href')}`);
      expect(csv.status()).toBe(200);
      expect((await csv.text()).trim().split(/\r?\n/)).toHaveLength(61);
      expect(await dwellings()).toBe(2506);
    });

    it('la vue d’ensemble ne parle plus de données de démonstration', async () => {
      await office
        .getByRole('navigation', { name: 'Sections du patrimoine' })
        .getByRole('link', { name: "Vue d'ensemble" })
        .click();
      const figures = main().getByRole('region', { name: 'Chiffres clés' });
      await figures.waitFor();
      expect(await textOf(figure(figures, 'Logements'))).toBe('2 506');
      expect((await textOf(main())).toLowerCase()).not.toContain('données de démonstration');
      await expectAccessible(office);
    });
  },
);

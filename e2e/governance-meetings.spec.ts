import type { Locator, Page } from 'playwright-core';
import { beforeAll, expect, it, vi } from 'vitest';
import { docxText, normalise, pdfText } from '../src/server/test/documents';
import { describeInBrowser, expectAccessible, useCopil, type RunningCopil } from './harness';

const ACTION = 'Transmettre les tableaux de suivi des opérations au 30 juin';
const FOLLOW_UP = 'Tableaux reçus pour 3 opérations sur 5';

// Pages of a 27-member board with an axe scan each: more than the default minute on two busy cores.
vi.setConfig({ testTimeout: 120_000 });

const textOf = async (locator: Locator) => normalise((await locator.textContent()) ?? '');

describeInBrowser(
  'Gouvernance : un COTECH, ses participants des deux parties et une action suivie à la réunion suivante',
  () => {
    const env = useCopil();
    let copil: RunningCopil;
    let page: Page;
    let conventionId: string;

    beforeAll(async () => {
      copil = env.copil;
      conventionId = await env.referenceConventionId();
      ({ page } = await env.signedIn('department', ['coordinator'], 'Claire Delattre'));
    });

    async function newMeeting(heldOn: string, place: string) {
      const main = page.getByRole('main');
      const form = main.getByRole('form', { name: 'Nouvelle réunion' });
      await form.getByLabel('Date de la réunion').fill(heldOn);
      await form.getByLabel('Lieu').fill(place);
      await form.getByRole('button', { name: 'Créer la réunion' }).press('Enter');
    }

    it('crée une réunion du COTECH avec les quatre objets de l’article 4 pour ordre du jour', async () => {
      await page.goto(`${copil.baseUrl}/conventions/${conventionId}`);
      await page
        .getByRole('navigation', { name: 'Sections de la convention' })
        .getByRole('link', { name: 'Instances' })
        .click();
      const main = page.getByRole('main');
      await main.getByRole('link', { name: 'Comité technique', exact: true }).click();
      await main.getByRole('heading', { name: 'Comité technique', level: 1 }).waitFor();
      expect(await textOf(main.getByRole('region', { name: 'Réunions' }))).toContain('Aucune réunion enregistrée.');
      const agenda = await main
        .getByRole('form', { name: 'Nouvelle réunion' })
        .getByLabel('Ordre du jour')
        .inputValue();
      expect(agenda.split('\n')).toHaveLength(4);
      expect(agenda.split('\n')[0]).toBe('La préparation de la réunion annuelle du comité de pilotage');
      await expectAccessible(page);
      await newMeeting('2024-07-04', 'Arras, Hôtel du Département');

      await main.getByRole('heading', { name: 'Comité technique — réunion du 04/07/2024', level: 1 }).waitFor();
      const items = (
        await main.getByRole('region', { name: 'Ordre du jour' }).getByRole('listitem').allTextContents()
      ).map(normalise);
      expect(items).toHaveLength(4);
      expect(items[3]).toMatch(/^Le suivi de l'exécution financière des différentes conventions/);
    });

    it('enregistre les participants des deux parties, le compte rendu, une décision et une action', async () => {
      const main = page.getByRole('main');
      const participant = main.getByRole('form', { name: 'Ajouter un participant' });
      await participant.getByLabel('Civilité').selectOption('Mme');
      await participant.getByLabel('Prénom').fill('Claire');
      await participant.getByRole('textbox', { name: 'Nom', exact: true }).fill('DELATTRE');
      await participant.getByLabel('Organisation').selectOption({ label: 'Département du Pas-de-Calais' });
      await participant.getByLabel('Fonction').fill('Chargée de mission habitat');
      await participant.getByRole('button', { name: 'Ajouter le participant' }).press('Enter');
      await expect
        .poll(() => textOf(participant.getByRole('status')))
        .toBe('Mme Claire DELATTRE ajoutée aux participants.');
      // A person already known in the convention (the office's director general, rapporteur of the seed's session).
      await participant.getByLabel('Personne').selectOption({ label: 'M. Bruno FONTALIRAND' });
      await participant.getByRole('button', { name: 'Ajouter le participant' }).press('Enter');
      await expect
        .poll(() => textOf(participant.getByRole('status')))
        .toBe('M. Bruno FONTALIRAND ajouté aux participants.');
      const rows = main.getByRole('region', { name: 'Participants' }).getByRole('table').getByRole('row');
      expect((await rows.nth(1).getByRole('cell').allTextContents()).map(normalise)).toEqual([
        'Département du Pas-de-Calais',
        'Chargée de mission habitat',
        'Présent',
      ]);
      expect(await textOf(rows.nth(2).getByRole('rowheader'))).toBe('M. Bruno FONTALIRAND');
      expect((await rows.nth(2).getByRole('cell').allTextContents()).map(normalise)[0]).toBe('Pas-de-Calais habitat');

      await main
        .getByLabel('Compte rendu de la réunion')
        .fill('Point sur les opérations cofinancées en 2024 et préparation du COPIL.');
      await main.getByRole('button', { name: 'Enregistrer le compte rendu' }).press('Enter');
      await expect
        .poll(() => textOf(main.getByRole('region', { name: 'Compte rendu' }).getByRole('status')))
        .toBe('Compte rendu enregistré.');

      const decision = main.getByRole('form', { name: 'Ajouter une décision' });
      await decision.getByLabel('Décision').fill('Le COPIL se réunira en novembre 2024.');
      await decision.getByLabel("Point de l'ordre du jour").selectOption({ index: 1 });
      await decision.getByRole('button', { name: 'Ajouter la décision' }).press('Enter');
      await expect
        .poll(() => textOf(main.getByRole('region', { name: 'Relevé de décisions' }).getByRole('listitem')))
        .toBe('Point 1 : Le COPIL se réunira en novembre 2024.');

      const action = main.getByRole('form', { name: 'Décider une action' });
      await action.getByRole('textbox', { name: 'Action', exact: true }).fill(ACTION);
      await action.getByLabel('Responsable', { exact: true }).selectOption({ label: 'M. Bruno FONTALIRAND' });
      await action.getByLabel('Échéance').fill('2024-07-31');
      await action.getByRole('button', { name: "Enregistrer l'action" }).press('Enter');
      const decided = main
        .getByRole('region', { name: 'Actions décidées' })
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: ACTION }) });
      await decided.waitFor();
      expect((await decided.getByRole('cell').allTextContents()).map(normalise)).toEqual([
        'M. Bruno FONTALIRAND, Pas-de-Calais habitat',
        '31/07/2024 (en retard)',
        'À faire',
      ]);
      await expectAccessible(page);
    });

    it('reprend l’action à la réunion suivante et en enregistre le suivi', async () => {
      const main = page.getByRole('main');
      await main.getByRole('link', { name: '← Comité technique' }).click();
      await main.getByRole('heading', { name: 'Comité technique', level: 1 }).waitFor();
      await newMeeting('2025-01-16', 'Arras, siège de Pas-de-Calais habitat');
      await main.getByRole('heading', { name: 'Comité technique — réunion du 16/01/2025', level: 1 }).waitFor();
      expect(await main.getByRole('link', { name: 'Réunion précédente' }).getAttribute('href')).toMatch(
        /^\/reunions\//,
      );

      const followUp = main.getByRole('region', { name: 'Suivi des actions des réunions précédentes' });
      await followUp.getByRole('heading', { name: ACTION, level: 3 }).waitFor();
      expect(await textOf(followUp)).toContain(
        'Responsable : M. Bruno FONTALIRAND, Pas-de-Calais habitat · Échéance : 31/07/2024 (en retard) · Statut : À faire · Décidée le 04/07/2024',
      );
      const form = followUp.getByRole('form', { name: `Suivi : ${ACTION}` });
      await form.getByLabel('Nouveau statut').selectOption({ label: 'En cours' });
      await form.getByLabel('Commentaire').fill(FOLLOW_UP);
      await page.keyboard.press('Enter');
      await expect.poll(() => textOf(form.getByRole('status'))).toBe(`Suivi de « ${ACTION} » enregistré.`);
      await expect
        .poll(() => textOf(followUp.getByRole('list', { name: `Historique : ${ACTION}` })))
        .toMatch(new RegExp(`— En cours : ${FOLLOW_UP} \\(.*Claire Delattre.*, à cette réunion\\)$`));
      expect(await textOf(followUp)).toContain('Statut : En cours');
      await expectAccessible(page);

      // The body's list of actions follows it too.
      await main.getByRole('link', { name: '← Comité technique' }).click();
      const row = main
        .getByRole('region', { name: 'Actions' })
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: ACTION }) });
      await row.waitFor();
      expect((await row.getByRole('cell').allTextContents()).map(normalise).slice(2, 4)).toEqual([
        'En cours',
        '04/07/2024',
      ]);
      await expectAccessible(page);
    });

    it('tient les membres permanents du COPIL, désigne ses coprésidents et télécharge le compte rendu', async () => {
      await page.goto(`${copil.baseUrl}/conventions/${conventionId}`);
      await page
        .getByRole('navigation', { name: 'Sections de la convention' })
        .getByRole('link', { name: 'Instances' })
        .click();
      const main = page.getByRole('main');
      await main.getByRole('link', { name: 'Comité de pilotage', exact: true }).click();
      await main.getByRole('heading', { name: 'Comité de pilotage', level: 1 }).waitFor();
      const standing = main.getByRole('region', { name: 'Membres permanents' });
      await standing.getByText('Aucun membre permanent.').waitFor();
      const add = standing.getByRole('form', { name: 'Ajouter un membre permanent' });
      await add.getByLabel('Civilité').selectOption('Mme');
      await add.getByLabel('Prénom').fill('Nadia');
      await add.getByRole('textbox', { name: 'Nom', exact: true }).fill('LEBLANC');
      await add.getByLabel('Fonction').fill('Coordinatrice');
      await add.getByLabel('Organisation').selectOption({ label: 'Département du Pas-de-Calais' });
      await add.getByLabel('Service').fill('Direction accompagnement des territoires (DAT)');
      await add.getByLabel('Rôle').fill('Coordination du suivi global de la convention');
      await add.getByRole('button', { name: 'Ajouter le membre permanent' }).press('Enter');
      await expect
        .poll(() => textOf(add.getByRole('status')))
        .toBe('Mme Nadia LEBLANC ajoutée aux membres permanents.');
      const row = standing.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /LEBLANC/ }) });
      expect((await row.getByRole('cell').allTextContents()).map(normalise).slice(0, 3)).toEqual([
        'Département du Pas-de-Calais',
        'Direction accompagnement des territoires (DAT)',
        'Coordination du suivi global de la convention',
      ]);
      await expectAccessible(page);

      // A new meeting invites the standing members (the box is ticked by default).
      await newMeeting('2024-11-21', 'Arras, Hôtel du Département');
      await main.getByRole('heading', { name: 'Comité de pilotage — réunion du 21/11/2024', level: 1 }).waitFor();
      expect(
        await textOf(main.getByRole('region', { name: 'Participants' }).getByRole('table').getByRole('row').nth(1)),
      ).toContain('Mme Nadia LEBLANC');

      const chairs = main.getByRole('region', { name: 'Coprésidence' });
      const form = chairs.getByRole('form', { name: 'Désigner les coprésidents' });
      const department = form.getByRole('group', { name: 'Coprésident pour le Département' });
      await department.getByLabel('Personne').selectOption({ label: 'Nouvelle personne…' });
      await department.getByLabel('Civilité').selectOption('M.');
      await department.getByLabel('Prénom').fill('Daniel');
      await department.getByRole('textbox', { name: 'Nom', exact: true }).fill('MACIEJASZ');
      await department.getByLabel('Fonction').fill('Vice-Président du Département');
      await form
        .getByRole('group', { name: 'Coprésident pour le bailleur' })
        .getByLabel('Personne')
        .selectOption({ label: 'M. Jean-Louis COTTIGNY' });
      await form.getByRole('button', { name: 'Enregistrer les coprésidents' }).press('Enter');
      await expect.poll(() => textOf(form.getByRole('status'))).toBe('Coprésidents enregistrés.');
      expect(await textOf(chairs.getByRole('definition').first())).toBe(
        'M. Daniel MACIEJASZ, Vice-Président du Département',
      );
      expect(await textOf(chairs.getByRole('definition').nth(1))).toBe('M. Jean-Louis COTTIGNY');
      await expectAccessible(page);

      const download = async (name: string) => {
        const href = await main.getByRole('link', { name }).getAttribute('href');
        const response = await page.request.get(`${copil.baseUrl}${href}`);
        expect(response.status()).toBe(200);
        return { type: response.headers()['content-type'], body: await response.body() };
      };
      const expected = [
        'COMPTE RENDU DE LA RÉUNION DU COMITÉ DE PILOTAGE',
        'Réunion coprésidée par Monsieur Daniel MACIEJASZ, Vice-Président du Département et Monsieur Jean-Louis COTTIGNY.',
        'Pour Département du Pas-de-Calais, présents : Madame Nadia LEBLANC, Coordinatrice ; Monsieur Daniel MACIEJASZ, Vice-Président du Département.',
      ];
      const pdf = await download('Télécharger le compte rendu (PDF)');
      expect(pdf.type).toBe('application/pdf');
      const pdfContent = normalise(pdfText(pdf.body));
      for (const line of expected) expect(pdfContent).toContain(line);
      const docx = await download('Télécharger le compte rendu (DOCX, à modifier)');
      const docxContent = normalise(docxText(docx.body));
      for (const line of expected) expect(docxContent).toContain(line);
    });
  },
);

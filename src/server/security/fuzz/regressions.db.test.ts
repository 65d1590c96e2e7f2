import { afterAll, beforeAll, expect, it } from 'vitest';
import { encode, fixtureRows, rplsCsv } from '../../domains/housing/import/rpls.fixtures';
import { buildTestApp, describeEachEngine, expectProblem, type TestApp } from '../../test/engines';
import { prepareWalk, type Walk } from '../matrix-walk';

/**
 * The 500s and untranslated answers the hostile-input properties found, each pinned by one plain
 * request so that a regression names itself without a generator.
 */
describeEachEngine('hostile-input regressions', (engine) => {
  let built: TestApp;
  let walk: Walk;

  beforeAll(async () => {
    built = await buildTestApp(engine);
    walk = await prepareWalk(built.app, engine.db, built.initialAdmin!);
  });
  afterAll(async () => {
    await built?.close();
  });

  it('refuses text PostgreSQL cannot store, naming the field, instead of a 500', async () => {
    const admin = walk.users.admin!;
    const url = `/api/members/${walk.ids.get('members')}/spellings`;
    for (const spelling of ['Dupont\u0000', 'Dupont\ud800']) {
      const problem = expectProblem(await admin.inject('POST', url, { spelling }), 400, 'VALIDATION_FAILED');
      expect(problem.errors).toEqual([
        {
          field: 'spelling',
          message: expect.stringMatching(
            /^Le champ « spelling » contient un caractère nul ou un caractère Unicode incomplet/,
          ),
        },
      ]);
    }
    expectProblem(await admin.inject('GET', '/api/audit?q=%00'), 400, 'VALIDATION_FAILED');
    // Whole characters, however exotic, are stored as they are.
    expect((await admin.inject('POST', url, { spelling: 'Dupont 😀 \u202e' })).statusCode).toBe(201);
  });

  it('refuses a partial update that changes nothing, instead of a 500', async () => {
    const admin = walk.users.admin!;
    const officeManager = walk.users.officeManager!;
    const nothing = (response: Awaited<ReturnType<typeof admin.inject>>) =>
      expect(expectProblem(response, 400, 'VALIDATION_FAILED').detail).toMatch(/^Aucune modification/);
    nothing(await admin.inject('PATCH', `/api/sessions/${walk.ids.get('sessions')}`, {}));
    nothing(await officeManager.inject('PATCH', `/api/meetings/${walk.ids.get('meetings')}`, {}));
  });

  it('refuses a form without boundary, or cut short, on every upload route, instead of a 500 or no answer', async () => {
    const user = walk.users.admin!;
    const b = '----copil-regression';
    const head = Buffer.from(
      `--${b}\r\nContent-Disposition: form-data; name="file"; filename="rpls.csv"\r\nContent-Type: text/csv\r\n\r\n`,
    );
    const cut = Buffer.concat([head, encode(rplsCsv(fixtureRows(3)), 'utf-8')]);
    const bigCut = Buffer.concat([head, encode(rplsCsv(fixtureRows(3_000)), 'utf-8')]);
    const uploads = [
      `/api/stocks/${walk.ids.get('stocks')}/imports`,
      `/api/progress-tables/${walk.ids.get('progress-tables')}/xlsx`,
      `/api/conventions/${walk.ids.get('conventions')}/documents`,
    ];
    for (const url of uploads) {
      for (const [payload, contentType] of [
        [cut, 'multipart/form-data'],
        [cut, `multipart/form-data; boundary=${b}`],
        [bigCut, `multipart/form-data; boundary=${b}`],
      ] as const) {
        const response = await user.inject('POST', url, payload, { headers: { 'content-type': contentType } });
        expect(expectProblem(response, 400, 'MALFORMED_REQUEST').detail, url).toMatch(
          /^Le formulaire envoyé \(multipart\/form-data\) est incomplet ou mal formé/,
        );
      }
    }
  });

  it('answers the router’s own refusals in French, as RFC 9457 problems', async () => {
    const admin = walk.users.admin!;
    expect(
      expectProblem(await admin.inject('GET', `/api/conventions/${'a'.repeat(300)}`), 400, 'MALFORMED_REQUEST').detail,
    ).toBe('Adresse invalide : un paramètre du chemin est trop long.');
    expect(
      expectProblem(await admin.inject('GET', '/api/conventions/%E0%A4%A'), 400, 'MALFORMED_REQUEST').detail,
    ).toMatch(/^Adresse mal formée/);
  });
});

import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  buildTestApp,
  describeEachEngine,
  expectProblem,
  loginAs,
  type InjectResponse,
  type LoggedIn,
  type TestApp,
} from '../../test/engines';
import { createTestOrganisation, createTestUser } from '../../test/fixtures';

/** A small but well-formed PDF (one empty page), with a binary comment line to check byte fidelity. */
function minimalPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((n) => `${String(n).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A multipart/form-data body with one "file" part, built by hand. */
function multipart(filename: string, bytes: Buffer, partType = 'application/octet-stream') {
  const boundary = `----copil${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${partType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, bytes, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

type TreeNode = {
  id: string;
  code: string;
  party: string;
  status: { status: string; evidenceDocument: { id: string } | null } | null;
  canSet: boolean;
};
type Tree = {
  year: number;
  years: number[];
  objectives: { code: string; axes: { commitments: TreeNode[] }[] }[];
  partnerCommitments: { code: string; commitments: TreeNode[] }[];
};

/** The conventions domain through HTTP: detail, objectives, statuses, amendments, termination, documents. */
describeEachEngine('conventions API', (engine) => {
  let built: TestApp;
  let admin: LoggedIn;
  let officeAgent: LoggedIn;
  let officeManager: LoggedIn;
  let departmentAgent: LoggedIn;
  let coordinator: LoggedIn;
  let outsider: LoggedIn;
  let conventionId: string;
  let departmentId: string;
  let officeId: string;
  const commitments = new Map<string, TreeNode>();
  const seen: InjectResponse[] = [];
  const pdf = minimalPdf();
  let documentId: string;

  const call = async (promise: Promise<InjectResponse>) => {
    const response = await promise;
    seen.push(response);
    return response;
  };
  const upload = (who: LoggedIn, id: string, filename: string, bytes: Buffer, options: { csrf?: boolean } = {}) => {
    const { payload, headers } = multipart(filename, bytes);
    return call(who.inject('POST', `/api/conventions/${id}/documents`, payload, { headers, ...options }));
  };
  const documentCount = async () => (await engine.db.selectFrom('documents').select('id').execute()).length;
  const fields = (response: InjectResponse, status: number, code: string) =>
    (expectProblem(response, status, code).errors ?? []).map((e) => e.field);

  beforeAll(async () => {
    built = await buildTestApp(engine);
    admin = await loginAs(built.app, built.initialAdmin!.email, built.initialAdmin!.password);
    const orgs = await engine.db.selectFrom('organisations').select(['id', 'siret']).execute();
    departmentId = orgs.find((o) => o.siret === '22620001200012')!.id;
    officeId = orgs.find((o) => o.siret === '34407767200022')!.id;
    const other = await createTestOrganisation(engine.db, { kind: 'landlord', name: 'Office voisin' });
    const login = async (roles: Parameters<typeof createTestUser>[1]['roles'], organisationId: string) => {
      const user = await createTestUser(engine.db, { roles, organisationId });
      return loginAs(built.app, user.email, user.password);
    };
    officeAgent = await login(['office_agent'], officeId);
    officeManager = await login(['office_manager'], officeId);
    departmentAgent = await login(['department_agent'], departmentId);
    coordinator = await login(['coordinator'], departmentId);
    outsider = await login(['office_manager', 'office_agent'], other.id);
    const list = (await call(officeAgent.inject('GET', '/api/conventions'))).json<
      { id: string; periodStart: string }[]
    >();
    conventionId = list.find((c) => c.periodStart === '2024-01-01')!.id;
  });
  afterAll(async () => built?.close());

  it('GET /api/conventions/:id?asOf= gives the convention as of that day', async () => {
    const response = await call(officeAgent.inject('GET', `/api/conventions/${conventionId}?asOf=2025-06-01`));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: conventionId,
      asOf: '2025-06-01',
      periodStart: '2024-01-01',
      periodEnd: '2033-12-31',
      years: [2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033],
      previousConvention: {
        periodStart: '2021-01-01',
        periodEnd: '2023-12-31',
        signatureDate: '2021-09-10',
        reviewArticle: '1',
      },
      can: { side: 'landlord', recordAmendment: false, sendTerminationNotice: false },
    });
    expect(
      fields(
        await call(officeAgent.inject('GET', `/api/conventions/${conventionId}?asOf=2025-02-30`)),
        400,
        'VALIDATION_FAILED',
      ),
    ).toEqual(['asOf']);
    expectProblem(await call(outsider.inject('GET', `/api/conventions/${conventionId}`)), 404, 'NOT_FOUND');
  });

  it('GET /objectives?year=2025 gives the tree with what the user may set', async () => {
    const response = await call(officeAgent.inject('GET', `/api/conventions/${conventionId}/objectives?year=2025`));
    expect(response.statusCode).toBe(200);
    const tree = response.json<Tree>();
    expect(tree.year).toBe(2025);
    expect(tree.objectives.map((o) => o.code)).toEqual(['1', '2', '3', '4']);
    expect(tree.partnerCommitments.map((a) => a.code)).toEqual(['A3.1', 'A3.2']);
    for (const node of [...tree.objectives.flatMap((o) => o.axes), ...tree.partnerCommitments].flatMap(
      (a) => a.commitments,
    ))
      commitments.set(node.code, node);
    expect(commitments.size).toBe(55);
    expect([commitments.get('1.1.a')!.canSet, commitments.get('1.3.c')!.canSet]).toEqual([true, false]);
    expect(
      fields(
        await call(officeAgent.inject('GET', `/api/conventions/${conventionId}/objectives?year=2040`)),
        400,
        'VALIDATION_FAILED',
      ),
    ).toEqual(['year']);
    expect(
      fields(
        await call(officeAgent.inject('GET', `/api/conventions/${conventionId}/objectives?year=abc`)),
        400,
        'VALIDATION_FAILED',
      ),
    ).toEqual(['year']);
    expectProblem(
      await call(outsider.inject('GET', `/api/conventions/${conventionId}/objectives?year=2025`)),
      404,
      'NOT_FOUND',
    );
  });

  it('POST /api/commitments/:id/statuses: 201 for the responsible side, 403 for the other, 400 naming the field', async () => {
    const own = `/api/commitments/${commitments.get('1.1.a')!.id}/statuses`;
    const created = await call(
      officeAgent.inject('POST', own, { year: 2025, status: 'in_progress', comment: 'Chantier lancé' }),
    );
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      year: 2025,
      status: 'in_progress',
      comment: 'Chantier lancé',
      evidenceDocument: null,
    });
    const theirs = `/api/commitments/${commitments.get('1.3.c')!.id}/statuses`;
    expect(
      expectProblem(
        await call(officeAgent.inject('POST', theirs, { year: 2025, status: 'in_progress' })),
        403,
        'FORBIDDEN',
      ).detail,
    ).toMatch(/Département/);
    expect((await call(departmentAgent.inject('POST', theirs, { year: 2025, status: 'in_progress' }))).statusCode).toBe(
      201,
    );
    expectProblem(
      await call(departmentAgent.inject('POST', own, { year: 2025, status: 'in_progress' })),
      403,
      'FORBIDDEN',
    );

    expect(
      fields(await call(officeAgent.inject('POST', own, { year: 2025, status: 'done' })), 400, 'VALIDATION_FAILED'),
    ).toEqual(['status']);
    expect(
      fields(
        await call(officeAgent.inject('POST', own, { year: 1999, status: 'in_progress' })),
        400,
        'VALIDATION_FAILED',
      ),
    ).toEqual(['year']);
    expect(
      fields(
        await call(officeAgent.inject('POST', own, { year: 2034, status: 'in_progress' })),
        400,
        'VALIDATION_FAILED',
      ),
    ).toEqual(['year']);
    expect(
      fields(
        await call(
          officeAgent.inject('POST', own, { year: 2025, status: 'achieved', evidenceUrl: 'ftp://example.test/x' }),
        ),
        400,
        'VALIDATION_FAILED',
      ),
    ).toEqual(['evidenceUrl']);
    expect(
      fields(await call(officeAgent.inject('POST', own, { year: 2025, status: 'achieved' })), 400, 'VALIDATION_FAILED'),
    ).toEqual(['comment']);
    expectProblem(await call(outsider.inject('POST', own, { year: 2025, status: 'in_progress' })), 404, 'NOT_FOUND');
    expectProblem(
      await call(officeAgent.inject('POST', own, { year: 2025, status: 'in_progress' }, { csrf: false })),
      403,
      'CSRF_TOKEN_INVALID',
    );

    const detail = await call(departmentAgent.inject('GET', `/api/commitments/${commitments.get('1.1.a')!.id}`));
    expect(detail.statusCode).toBe(200);
    expect(detail.json<{ history: unknown[]; canSet: boolean }>()).toMatchObject({
      history: [{ status: 'in_progress' }],
      canSet: false,
    });
  });

  it('POST /api/conventions/:id/amendments: 201, 422 naming changes.0, 409, 403', async () => {
    const url = `/api/conventions/${conventionId}/amendments`;
    const body = {
      number: 1,
      object: 'Communication',
      signedOn: '2026-05-20',
      effectiveOn: '2026-06-01',
      changes: [{ field: 'article_text', articleNumber: '6', body: 'Nouvelle rédaction de l’article 6.' }],
    };
    const created = await call(coordinator.inject('POST', url, body));
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({ id: expect.any(String) });
    const bad = await call(
      coordinator.inject('POST', url, {
        ...body,
        number: 2,
        changes: [{ field: 'article_text', articleNumber: '42', body: 'x' }],
      }),
    );
    expect(fields(bad, 422, 'INVARIANT_VIOLATED')).toEqual(['changes.0']);
    expect(fields(await call(coordinator.inject('POST', url, { ...body })), 409, 'CONFLICT')).toEqual(['number']);
    expectProblem(await call(officeManager.inject('POST', url, { ...body, number: 2 })), 403, 'FORBIDDEN');
    expect(
      fields(
        await call(coordinator.inject('POST', url, { ...body, number: 2, changes: [] })),
        400,
        'VALIDATION_FAILED',
      ),
    ).toEqual(['changes']);
    const list = await call(officeAgent.inject('GET', url));
    expect(list.json()).toMatchObject([
      { number: 1, changes: [{ change: { field: 'article_text', articleNumber: '6' }, previous: { number: '6' } }] },
    ]);
    const after = (await call(officeAgent.inject('GET', `/api/conventions/${conventionId}?asOf=2026-06-01`))).json<{
      articles: { number: string; body: string }[];
    }>();
    expect(after.articles.find((a) => a.number === '6')!.body).toBe('Nouvelle rédaction de l’article 6.');
  });

  it('termination endpoints: 201 with the earliest date, 409 for a second notice, 422 too early, withdrawal kept', async () => {
    const url = `/api/conventions/${conventionId}/termination-notices`;
    const body = { sentOn: '2025-11-30', reason: 'Engagements non tenus', registeredLetterRef: 'RAR 123' };
    const created = await call(officeManager.inject('POST', url, body));
    expect(created.statusCode).toBe(201);
    const notice = created.json<{ id: string; earliestEffectiveOn: string; sendingOrganisationId: string }>();
    expect(notice).toMatchObject({ earliestEffectiveOn: '2026-02-28', sendingOrganisationId: officeId });
    expectProblem(await call(coordinator.inject('POST', url, body)), 409, 'CONFLICT');
    expectProblem(await call(departmentAgent.inject('POST', url, body)), 403, 'FORBIDDEN');
    expect(
      fields(await call(officeManager.inject('POST', url, { ...body, reason: '' })), 400, 'VALIDATION_FAILED'),
    ).toEqual(['reason']);
    const early = await call(
      officeManager.inject('POST', `/api/termination-notices/${notice.id}/terminate`, { effectiveOn: '2026-02-27' }),
    );
    expect(expectProblem(early, 422, 'INVARIANT_VIOLATED').detail).toContain('28/02/2026');
    const withdrawn = await call(
      officeManager.inject('POST', `/api/termination-notices/${notice.id}/withdraw`, {
        withdrawnOn: '2025-12-15',
        reason: 'Accord trouvé',
      }),
    );
    expect(withdrawn.statusCode).toBe(200);
    expectProblem(
      await call(
        officeManager.inject('POST', `/api/termination-notices/${notice.id}/withdraw`, {
          withdrawnOn: '2025-12-16',
          reason: 'Encore',
        }),
      ),
      409,
      'CONFLICT',
    );
    expectProblem(
      await call(
        officeManager.inject('POST', `/api/termination-notices/${notice.id}/terminate`, { effectiveOn: '2026-03-01' }),
      ),
      422,
      'INVARIANT_VIOLATED',
    );
    const list = await call(coordinator.inject('GET', url));
    expect(list.json()).toMatchObject([
      { id: notice.id, withdrawnOn: '2025-12-15', withdrawalReason: 'Accord trouvé', terminatedOn: null },
    ]);
    expectProblem(await call(outsider.inject('GET', url)), 404, 'NOT_FOUND');
  });

  it('uploads a PDF as multipart/form-data: 201 with its size, and an audit event', async () => {
    const before = await documentCount();
    const response = await upload(officeAgent, conventionId, 'bilan 2025.pdf', pdf);
    expect(response.statusCode).toBe(201);
    const doc = response.json<{ id: string; filename: string; contentType: string; sizeBytes: number }>();
    expect(doc).toEqual({
      id: expect.any(String),
      filename: 'bilan 2025.pdf',
      contentType: 'application/pdf',
      sizeBytes: pdf.length,
    });
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    documentId = doc.id;
    expect(await documentCount()).toBe(before + 1);
    const event = await engine.db
      .selectFrom('audit_events')
      .select(['entity_type', 'action'])
      .where('entity_id', '=', doc.id)
      .executeTakeFirstOrThrow();
    expect(event).toEqual({ entity_type: 'document', action: 'create' });
    // Larger than the JSON body limit (1 MiB) but within the 10 MiB allowed for a document.
    const big = Buffer.concat([pdf, Buffer.alloc(2 * 1024 * 1024, 0x20)]);
    expect((await upload(departmentAgent, conventionId, 'annexe.pdf', big)).json()).toMatchObject({
      sizeBytes: big.length,
    });
  });

  it('refuses what is not an accepted document, too large a file, and an upload without the CSRF token', async () => {
    const before = await documentCount();
    const fake = await upload(officeAgent, conventionId, 'x.pdf', Buffer.from('MZ\x90\x00 pas un PDF', 'latin1'));
    expect(expectProblem(fake, 415, 'UNSUPPORTED_MEDIA_TYPE').detail).toMatch(/\.pdf/);
    expectProblem(
      await upload(officeAgent, conventionId, 'outil.exe', Buffer.from('MZ\x90\x00', 'latin1')),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    const huge = Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024, 0x20)]);
    expectProblem(await upload(officeAgent, conventionId, 'enorme.pdf', huge), 413, 'PAYLOAD_TOO_LARGE');
    expectProblem(
      await upload(officeAgent, conventionId, 'bilan.pdf', pdf, { csrf: false }),
      403,
      'CSRF_TOKEN_INVALID',
    );
    expectProblem(await upload(outsider, conventionId, 'bilan.pdf', pdf), 404, 'NOT_FOUND');
    expectProblem(
      await call(officeAgent.inject('POST', `/api/conventions/${conventionId}/documents`, { file: 'x' })),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    expect(await documentCount()).toBe(before);
  });

  it('GET /api/documents/:id downloads the same bytes as an attachment; another landlord gets 404', async () => {
    const response = await call(departmentAgent.inject('GET', `/api/documents/${documentId}`));
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload.equals(pdf)).toBe(true);
    expect(response.headers['content-type']).toMatch(/^application\/pdf/);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''bilan%202025\.pdf$/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expectProblem(await call(outsider.inject('GET', `/api/documents/${documentId}`)), 404, 'NOT_FOUND');
    expectProblem(
      await call(officeAgent.inject('GET', '/api/documents/00000000-0000-4000-8000-00000000abcd')),
      404,
      'NOT_FOUND',
    );
  });

  it('takes the document as the evidence of a status, and refuses a document of another convention', async () => {
    const url = `/api/commitments/${commitments.get('1.1.a')!.id}/statuses`;
    const withEvidence = await call(
      officeAgent.inject('POST', url, { year: 2025, status: 'achieved', evidenceDocumentId: documentId }),
    );
    expect(withEvidence.statusCode).toBe(201);
    expect(withEvidence.json()).toMatchObject({
      status: 'achieved',
      evidenceDocument: { id: documentId, filename: 'bilan 2025.pdf', sizeBytes: pdf.length },
    });
    const tree = (
      await call(departmentAgent.inject('GET', `/api/conventions/${conventionId}/objectives?year=2025`))
    ).json<Tree>();
    const node = tree.objectives
      .flatMap((o) => o.axes)
      .flatMap((a) => a.commitments)
      .find((c) => c.code === '1.1.a')!;
    expect(node.status).toMatchObject({ status: 'achieved', evidenceDocument: { id: documentId } });

    const other = await call(
      admin.inject('POST', '/api/conventions', {
        title: 'Convention test',
        periodStart: '2024-01-01',
        periodEnd: '2026-12-31',
        jurisdiction: 'TA de Lille',
        departmentId,
        landlordId: officeId,
      }),
    );
    expect(other.statusCode).toBe(201);
    const foreign = await upload(departmentAgent, other.json<{ id: string }>().id, 'autre.pdf', pdf);
    expect(foreign.statusCode).toBe(201);
    const refused = await call(
      officeAgent.inject('POST', url, {
        year: 2025,
        status: 'achieved',
        evidenceDocumentId: foreign.json<{ id: string }>().id,
      }),
    );
    expect(fields(refused, 400, 'VALIDATION_FAILED')).toEqual(['evidenceDocumentId']);
    expect(
      fields(
        await call(officeAgent.inject('POST', url, { year: 2025, status: 'achieved', evidenceDocumentId: 'nope' })),
        400,
        'VALIDATION_FAILED',
      ),
    ).toEqual(['evidenceDocumentId']);
  });

  it('answered every error as application/problem+json, and nothing with a 500', () => {
    expect(seen.length).toBeGreaterThan(50);
    expect(seen.filter((r) => r.statusCode >= 500).map((r) => r.body)).toEqual([]);
    const errors = seen.filter((r) => r.statusCode >= 400);
    expect(errors.length).toBeGreaterThan(25);
    for (const r of errors) {
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(r.json()).toMatchObject({ status: r.statusCode, code: expect.any(String), detail: expect.any(String) });
    }
  });
});

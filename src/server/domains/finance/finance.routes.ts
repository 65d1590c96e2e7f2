import { idParams } from '../../kernel/params';
import { z } from 'zod';
import {
  agreementView,
  createAffectationBody,
  createAgreementBody,
  createAllocationBody,
  createBalanceBody,
  createGuaranteeBody,
  createReimbursementBody,
  createRevisionBody,
  financeOverview,
  guaranteesOverview,
} from '../../../contracts/finance';
import { problemSchema } from '../../../contracts/problem';
import type { AppContext, ZodApp } from '../../platform/http/context';
import { sendFile } from '../../platform/http/files';
import { principalOf } from '../../kernel/request-auth';
import * as agreements from './agreements.service';
import * as envelopes from './envelopes.service';
import * as exportsService from './exports.service';
import * as guarantees from './guarantees.service';

const created = z.object({ id: z.string() });
/** A dated act is recorded even outside the window its clause sets; the answer then says so. */
const createdWithWarning = created.extend({ warning: z.string().nullable() });
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema };

/** Sends an export as a download: never sniffed, never cached. */
export function financeRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/conventions/:id/finance', {
    schema: {
      tags: ['Finances'],
      summary: 'Enveloppes AP/AE : voté, alloué, engagé, demandé, versé, reste ; par année ; prévision et alertes',
      params: idParams,
      response: { 200: financeOverview, 404: problemSchema },
    },
    handler: async (request) => envelopes.getFinanceOverview(ctx.db, principalOf(request), request.params.id),
  });

  app.post('/api/envelopes/:id/revisions', {
    schema: {
      tags: ['Finances'],
      summary: 'Réviser une enveloppe par délibération (jamais sous le montant déjà alloué)',
      params: idParams,
      body: createRevisionBody,
      response: { 201: created, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await envelopes.reviseEnvelope(ctx.db, principalOf(request), request.params.id, request.body)),
  });

  app.post('/api/envelopes/:id/allocations', {
    schema: {
      tags: ['Finances'],
      summary: "Enregistrer la délibération d'application d'une année (Σ ≤ enveloppe révisée)",
      params: idParams,
      body: createAllocationBody,
      response: { 201: createdWithWarning, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await envelopes.createAllocation(ctx.db, principalOf(request), request.params.id, request.body)),
  });

  app.get('/api/conventions/:id/funding-agreements', {
    schema: {
      tags: ['Finances'],
      summary: 'Conventions financières annuelles et leurs échéanciers',
      params: idParams,
      response: { 200: z.array(agreementView) },
    },
    handler: async (request) => agreements.listAgreements(ctx.db, principalOf(request), request.params.id),
  });

  app.post('/api/allocations/:id/funding-agreement', {
    schema: {
      tags: ['Finances'],
      summary: "Établir la convention financière d'une délibération d'application (échéancier = montant exact)",
      params: idParams,
      body: createAgreementBody,
      response: { 201: agreementView, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await agreements.createAgreement(ctx.db, principalOf(request), request.params.id, request.body)),
  });

  app.get('/api/funding-agreements/:id', {
    schema: {
      tags: ['Finances'],
      summary: 'Une convention financière : échéancier, affectations, totaux, reversements',
      params: idParams,
      response: { 200: agreementView, 404: problemSchema },
    },
    handler: async (request) => agreements.getAgreement(ctx.db, principalOf(request), request.params.id),
  });

  app.post('/api/funding-agreements/:id/affectations', {
    schema: {
      tags: ['Finances'],
      summary: 'Affecter un montant à une opération (Σ ≤ convention)',
      params: idParams,
      body: createAffectationBody,
      response: { 201: agreementView, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await agreements.addAffectation(ctx.db, principalOf(request), request.params.id, request.body)),
  });

  app.post('/api/funding-agreements/:id/reimbursements', {
    schema: {
      tags: ['Finances'],
      summary: 'Émettre un titre de recette pour une somme non justifiée',
      params: idParams,
      body: createReimbursementBody,
      response: { 201: agreementView, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await agreements.addReimbursement(ctx.db, principalOf(request), request.params.id, request.body)),
  });

  app.get('/api/conventions/:id/guarantees', {
    schema: {
      tags: ['Garanties'],
      summary: "Registre des garanties d'emprunt et encours garanti à une date",
      params: idParams,
      querystring: z.object({ asOf: z.iso.date('Date invalide (AAAA-MM-JJ).').optional() }),
      response: { 200: guaranteesOverview },
    },
    handler: async (request) =>
      guarantees.getGuarantees(ctx.db, principalOf(request), request.params.id, request.query.asOf),
  });

  app.post('/api/conventions/:id/guarantees', {
    schema: {
      tags: ['Garanties'],
      summary: 'Inscrire un emprunt garanti',
      params: idParams,
      body: createGuaranteeBody,
      response: { 201: created, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await guarantees.createGuarantee(ctx.db, principalOf(request), request.params.id, request.body)),
  });

  app.put('/api/guarantees/:id/balances', {
    schema: {
      tags: ['Garanties'],
      summary: 'Capital restant dû à une date',
      params: idParams,
      body: createBalanceBody,
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      await guarantees.recordBalance(ctx.db, principalOf(request), request.params.id, request.body);
      return reply.code(204).send(null);
    },
  });

  app.get('/api/conventions/:id/exports/scdl-subventions.csv', {
    schema: {
      tags: ['Finances'],
      summary:
        'Données essentielles des conventions de subvention (décret 2017-779) au format SCDL subventions 2.1.1 : CSV, virgule, UTF-8',
      params: idParams,
      response: { 404: problemSchema, 422: problemSchema },
    },
    handler: async (request, reply) =>
      sendFile(reply, await exportsService.exportScdl(ctx.db, principalOf(request), request.params.id)),
  });

  app.get('/api/conventions/:id/exports/finances.xlsx', {
    schema: {
      tags: ['Finances'],
      summary:
        'Classeur des finances : enveloppes, délibérations, conventions financières, échéanciers, demandes de versement, garanties',
      params: idParams,
      response: { 404: problemSchema },
    },
    handler: async (request, reply) =>
      sendFile(reply, await exportsService.exportFinanceWorkbook(ctx.db, principalOf(request), request.params.id)),
  });

  app.get('/api/conventions/:id/exports/finances.csv', {
    schema: {
      tags: ['Finances'],
      summary: 'Un tableau des finances en CSV pour Excel (point-virgule, UTF-8 avec BOM)',
      params: idParams,
      querystring: z.object({
        table: z.enum(exportsService.financeTables, `Tableau inconnu : ${exportsService.financeTables.join(', ')}.`),
      }),
      response: { 400: problemSchema, 404: problemSchema },
    },
    handler: async (request, reply) =>
      sendFile(
        reply,
        await exportsService.exportFinanceTable(ctx.db, principalOf(request), request.params.id, request.query.table),
      ),
  });
}

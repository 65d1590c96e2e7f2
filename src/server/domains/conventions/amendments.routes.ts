import { idParams } from '../../kernel/params';
import { z } from 'zod';
import {
  amendment,
  createAmendmentBody,
  createNoticeBody,
  terminateBody,
  terminationNotice,
  withdrawNoticeBody,
} from '../../../contracts/convention-content';
import { problemSchema } from '../../../contracts/problem';
import type { AppContext, ZodApp } from '../../platform/http/context';
import { principalOf } from '../../kernel/request-auth';
import * as amendments from './amendments.service';
import * as termination from './termination.service';

export function amendmentsRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/conventions/:id/amendments', {
    schema: {
      tags: ['Avenants'],
      summary: 'Avenants d’une convention et leurs modifications',
      params: idParams,
      response: { 200: z.array(amendment) },
    },
    handler: async (request) => amendments.listAmendments(ctx.db, principalOf(request), request.params.id),
  });

  app.post('/api/conventions/:id/amendments', {
    schema: {
      tags: ['Avenants'],
      summary: 'Enregistrer un avenant (refusé s’il casse une règle)',
      params: idParams,
      body: createAmendmentBody,
      response: { 201: z.object({ id: z.string() }), 400: problemSchema, 409: problemSchema, 422: problemSchema },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await amendments.createAmendment(ctx.db, principalOf(request), request.params.id, request.body)),
  });

  app.get('/api/conventions/:id/termination-notices', {
    schema: {
      tags: ['Résiliation'],
      summary: 'Mises en demeure et résiliation (article 9)',
      params: idParams,
      response: { 200: z.array(terminationNotice) },
    },
    handler: async (request) => termination.listNotices(ctx.db, principalOf(request), request.params.id),
  });

  app.post('/api/conventions/:id/termination-notices', {
    schema: {
      tags: ['Résiliation'],
      summary: 'Enregistrer une mise en demeure ; calcule la date d’effet au plus tôt',
      params: idParams,
      body: createNoticeBody,
      response: { 201: terminationNotice, 400: problemSchema, 409: problemSchema },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await termination.createNotice(ctx.db, principalOf(request), request.params.id, request.body)),
  });

  app.post('/api/termination-notices/:id/withdraw', {
    schema: {
      tags: ['Résiliation'],
      summary: 'Retirer une mise en demeure (gardée dans l’historique)',
      params: idParams,
      body: withdrawNoticeBody,
      response: { 200: terminationNotice, 400: problemSchema, 409: problemSchema },
    },
    handler: async (request) =>
      termination.withdrawNotice(ctx.db, principalOf(request), request.params.id, request.body),
  });

  app.post('/api/termination-notices/:id/terminate', {
    schema: {
      tags: ['Résiliation'],
      summary: 'Enregistrer la résiliation (au plus tôt mise en demeure + 3 mois)',
      params: idParams,
      body: terminateBody,
      response: { 200: terminationNotice, 422: problemSchema },
    },
    handler: async (request) =>
      termination.terminate(ctx.db, principalOf(request), request.params.id, request.body.effectiveOn),
  });
}

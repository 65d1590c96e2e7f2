import { idParams } from '../../kernel/params';
import {
  commitmentDetail,
  objectivesQuery,
  objectivesTree,
  setStatusBody,
  statusEntry,
} from '../../../contracts/convention-content';
import { problemSchema } from '../../../contracts/problem';
import type { AppContext, ZodApp } from '../../platform/http/context';
import { principalOf } from '../../kernel/request-auth';
import * as service from './commitments.service';

const tags = ['Objectifs et engagements'];

export function commitmentsRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/conventions/:id/objectives', {
    schema: {
      tags,
      summary: 'Objectifs → axes → engagements, avec l’état de chaque engagement pour une année',
      params: idParams,
      querystring: objectivesQuery,
      response: { 200: objectivesTree, 400: problemSchema, 404: problemSchema },
    },
    handler: async (request) =>
      service.getObjectivesTree(ctx.db, principalOf(request), request.params.id, request.query.year),
  });

  app.get('/api/commitments/:id', {
    schema: {
      tags,
      summary: 'Un engagement, son état par année et son historique',
      params: idParams,
      response: { 200: commitmentDetail, 404: problemSchema },
    },
    handler: async (request) => service.getCommitment(ctx.db, principalOf(request), request.params.id),
  });

  app.post('/api/commitments/:id/statuses', {
    schema: {
      tags,
      summary: 'Renseigner l’état d’un engagement pour une année (partie responsable)',
      params: idParams,
      body: setStatusBody,
      response: { 201: statusEntry, 400: problemSchema, 403: problemSchema },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await service.setCommitmentStatus(ctx.db, principalOf(request), request.params.id, request.body)),
  });
}

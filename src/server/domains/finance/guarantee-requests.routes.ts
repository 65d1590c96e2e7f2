import { idParams } from '../../kernel/params';
import { principalOf } from '../../kernel/request-auth';
import {
  createGuaranteeRequestBody,
  decideGuaranteeRequestBody,
  examineGuaranteeRequestBody,
  guaranteeRequestsList,
  guaranteeRequestView,
} from '../../../contracts/guarantee-requests';
import { problemSchema } from '../../../contracts/problem';
import type { AppContext, ZodApp } from '../../platform/http/context';
import * as service from './guarantee-requests.service';

const tags = ['Garanties'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema };

/** Article 3.1: guarantee requests filed by the office, examined and decided by the Département. */
export function guaranteeRequestsRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/conventions/:id/guarantee-requests', {
    schema: {
      tags,
      summary: "Demandes de garantie d'emprunt de l'office : pièces, examen, décision",
      params: idParams,
      response: { 200: guaranteeRequestsList, 404: problemSchema },
    },
    handler: async (request) => service.listGuaranteeRequests(ctx.db, principalOf(request), request.params.id),
  });

  app.post('/api/conventions/:id/guarantee-requests', {
    schema: {
      tags,
      summary:
        "Déposer une demande de garantie d'emprunt (responsable de l'office), avec ses pièces déposées par /api/conventions/{id}/documents",
      params: idParams,
      body: createGuaranteeRequestBody,
      response: { 201: guaranteeRequestView, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await service.fileGuaranteeRequest(ctx.db, principalOf(request), request.params.id, request.body)),
  });

  app.post('/api/guarantee-requests/:id/examination', {
    schema: {
      tags,
      summary: "Mettre en examen une demande de garantie, ou compléter les notes d'examen (Département)",
      params: idParams,
      body: examineGuaranteeRequestBody,
      response: { 200: guaranteeRequestView, ...errors },
    },
    handler: async (request) =>
      service.examineGuaranteeRequest(ctx.db, principalOf(request), request.params.id, request.body),
  });

  app.post('/api/guarantee-requests/:id/decision', {
    schema: {
      tags,
      summary:
        'Décision de la Commission permanente ou du Conseil départemental ; accordée, la garantie entre au registre',
      params: idParams,
      body: decideGuaranteeRequestBody,
      response: { 200: guaranteeRequestView, ...errors },
    },
    handler: async (request) =>
      service.decideGuaranteeRequest(ctx.db, principalOf(request), request.params.id, request.body),
  });
}

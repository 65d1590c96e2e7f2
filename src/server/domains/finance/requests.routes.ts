import { idParams } from '../../kernel/params';
import { z } from 'zod';
import {
  attachDocumentBody,
  createRequestBody,
  paymentBody,
  requestSummary,
  requestsQuery,
  requestView,
  transitionBody,
} from '../../../contracts/finance';
import { problemSchema } from '../../../contracts/problem';
import type { AppContext, ZodApp } from '../../platform/http/context';
import { principalOf } from '../../kernel/request-auth';
import * as requests from './requests.service';

const tags = ['Demandes de versement'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema };

export function requestsRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/conventions/:id/payment-requests', {
    schema: {
      tags,
      summary: "Demandes de versement d'une convention (file d'instruction), par état",
      params: idParams,
      querystring: requestsQuery,
      response: { 200: z.array(requestSummary) },
    },
    handler: async (request) =>
      requests.listRequests(ctx.db, principalOf(request), request.params.id, request.query.status),
  });

  app.post('/api/funding-agreements/:id/payment-requests', {
    schema: {
      tags,
      summary: "Établir une demande de versement sur une ligne de l'échéancier (office)",
      params: idParams,
      body: createRequestBody,
      response: { 201: requestView, ...errors },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await requests.createRequest(ctx.db, principalOf(request), request.params.id, request.body)),
  });

  app.get('/api/payment-requests/:id', {
    schema: {
      tags,
      summary: 'Une demande : pièces, pièces manquantes, historique, versement',
      params: idParams,
      response: { 200: requestView, 404: problemSchema },
    },
    handler: async (request) => requests.getRequest(ctx.db, principalOf(request), request.params.id),
  });

  app.post('/api/payment-requests/:id/documents', {
    schema: {
      tags,
      summary: 'Joindre une pièce déposée à la demande, pour une pièce exigée',
      params: idParams,
      body: attachDocumentBody,
      response: { 200: requestView, ...errors },
    },
    handler: async (request) => requests.attachDocument(ctx.db, principalOf(request), request.params.id, request.body),
  });

  app.post('/api/payment-requests/:id/transitions', {
    schema: {
      tags,
      summary: 'Transmettre, renvoyer pour complément, valider (service fait) ou rejeter',
      params: idParams,
      body: transitionBody,
      response: { 200: requestView, ...errors },
    },
    handler: async (request) =>
      requests.transition(
        ctx.db,
        principalOf(request),
        request.params.id,
        request.body.action,
        request.body.comment ?? null,
      ),
  });

  app.post('/api/payment-requests/:id/payment', {
    schema: {
      tags,
      summary: 'Enregistrer le versement (mandat) d’une demande validée',
      params: idParams,
      body: paymentBody,
      response: { 200: requestView, ...errors },
    },
    handler: async (request) => requests.pay(ctx.db, principalOf(request), request.params.id, request.body),
  });
}

import { idParams } from '../../kernel/params';
import { z } from 'zod';
import {
  dwellingOperations,
  operationBody,
  operationList,
  operationsQuery,
  operationView,
} from '../../../contracts/operations';
import { problemSchema } from '../../../contracts/problem';
import type { AppContext, ZodApp } from '../../platform/http/context';
import { sendFile } from '../../platform/http/files';
import { principalOf } from '../../kernel/request-auth';
import { exportOperations } from './exports.service';
import * as operations from './operations.service';
import { forecastsRoutes } from './forecasts.routes';
import { progressRoutes } from './progress.routes';

const tags = ['Opérations'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema };

/** Operations of a convention and the dwellings' operations; progress tables and forecasts in their own files. */
export function operationsRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/conventions/:id/operations', {
    schema: {
      tags,
      summary: "Opérations d'une convention, filtrées par nature, état, EPCI, année de livraison",
      params: idParams,
      querystring: operationsQuery,
      response: { 200: operationList, 400: problemSchema, 404: problemSchema },
    },
    handler: async (request) =>
      operations.listOperations(ctx.db, principalOf(request), request.params.id, request.query),
  });

  app.get('/api/conventions/:id/exports/operations.xlsx', {
    schema: {
      tags,
      summary: 'Exporter la liste des opérations (xlsx), avec les mêmes filtres',
      params: idParams,
      querystring: operationsQuery,
    },
    handler: async (request, reply) =>
      sendFile(reply, await exportOperations(ctx.db, principalOf(request), request.params.id, request.query)),
  });

  app.post('/api/conventions/:id/operations', {
    schema: {
      tags,
      summary: 'Créer une opération (office) : logements, classes visées, phases, coûts, plan de financement',
      description:
        'Refusé, sans rien enregistrer : phases dans le désordre ou livraison avant le début, classe visée moins bonne que la classe actuelle, logement déjà dans une autre réhabilitation en cours (409), financements supérieurs au coût.',
      params: idParams,
      body: operationBody,
      response: { 201: operationView, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await operations.createOperation(ctx.db, principalOf(request), request.params.id, request.body)),
  });

  app.get('/api/operations/:id', {
    schema: {
      tags,
      summary: 'Une opération : phases, logements, financements, demandes de versement',
      params: idParams,
      response: { 200: operationView, 404: problemSchema },
    },
    handler: async (request) => operations.getOperation(ctx.db, principalOf(request), request.params.id),
  });

  app.put('/api/operations/:id', {
    schema: {
      tags,
      summary: 'Modifier une opération (office), avec les mêmes contrôles',
      params: idParams,
      body: operationBody,
      response: { 200: operationView, ...errors },
    },
    handler: async (request) =>
      operations.updateOperation(ctx.db, principalOf(request), request.params.id, request.body),
  });

  app.get('/api/dwellings/:id/operations', {
    schema: {
      tags,
      summary:
        "Classe retenue d'un logement à une date (classe visée de la dernière opération livrée, sinon classe DPE) et ses opérations",
      params: idParams,
      querystring: z.object({ asOf: z.iso.date('Date invalide (AAAA-MM-JJ).').optional() }),
      response: { 200: dwellingOperations, 404: problemSchema },
    },
    handler: async (request) =>
      operations.getDwellingOperations(ctx.db, principalOf(request), request.params.id, request.query.asOf),
  });

  progressRoutes(app, ctx);
  forecastsRoutes(app, ctx);
}

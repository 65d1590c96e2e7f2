import { idParams } from '../../kernel/params';
import { enterValueBody, indicatorDetail, indicatorsOverview, indicatorsQuery } from '../../../contracts/indicators';
import { problemSchema } from '../../../contracts/problem';
import type { AppContext, ZodApp } from '../../platform/http/context';
import { principalOf } from '../../kernel/request-auth';
import { sendFile } from '../../platform/http/files';
import * as exportsService from './exports.service';
import * as service from './indicators.service';

const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 422: problemSchema };

export function indicatorsRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/conventions/:id/indicators', {
    schema: {
      tags: ['Indicateurs'],
      summary: 'Indicateurs de la convention par objectif : cibles annuelles, valeurs, écart à la cible',
      params: idParams,
      querystring: indicatorsQuery,
      response: { 200: indicatorsOverview, 404: problemSchema },
    },
    handler: async (request) =>
      service.listIndicators(ctx.db, principalOf(request), request.params.id, request.query.year),
  });

  app.get('/api/indicators/:id', {
    schema: {
      tags: ['Indicateurs'],
      summary: 'Un indicateur, ses cibles et tout l’historique de ses valeurs',
      params: idParams,
      response: { 200: indicatorDetail, 404: problemSchema },
    },
    handler: async (request) => service.getIndicator(ctx.db, principalOf(request), request.params.id),
  });

  app.post('/api/indicators/:id/values', {
    schema: {
      tags: ['Indicateurs'],
      summary: 'Saisir la valeur d’une période (partie responsable ; journalisé, jamais écrasé)',
      params: idParams,
      body: enterValueBody,
      response: { 201: indicatorDetail, ...errors },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.enterValue(ctx.db, principalOf(request), request.params.id, request.body)),
  });

  app.get('/api/conventions/:id/exports/indicateurs.xlsx', {
    schema: {
      tags: ['Indicateurs'],
      summary: 'Tableau des indicateurs en xlsx : indicateurs, cibles et valeurs par année, toutes les saisies',
      params: idParams,
      response: { 404: problemSchema },
    },
    handler: async (request, reply) =>
      sendFile(reply, await exportsService.exportIndicatorsWorkbook(ctx.db, principalOf(request), request.params.id)),
  });
}

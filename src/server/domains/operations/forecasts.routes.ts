import { idParams } from '../../kernel/params';
import { forecastBody, forecastOverview, forecastReviewBody, yearParams } from '../../../contracts/operations-progress';
import { problemSchema } from '../../../contracts/problem';
import type { AppContext, ZodApp } from '../../platform/http/context';
import { principalOf } from '../../kernel/request-auth';
import * as forecasts from './forecasts.service';

const tags = ['Prévisionnel de novembre'];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };

export function forecastsRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/conventions/:id/volume-forecasts', {
    schema: {
      tags,
      summary: 'Prévisionnels par année, comparés au voté (délibération) et au réalisé',
      params: idParams,
      response: { 200: forecastOverview, 404: problemSchema },
    },
    handler: async (request) => forecasts.getForecasts(ctx.db, principalOf(request), request.params.id),
  });

  app.put('/api/conventions/:id/volume-forecasts/:year', {
    schema: {
      tags,
      summary: "Enregistrer le prévisionnel d'une année (office), tant qu'il n'est pas transmis",
      params: yearParams,
      body: forecastBody,
      response: { 200: forecastOverview, ...errors },
    },
    handler: async (request) =>
      forecasts.saveForecast(ctx.db, principalOf(request), request.params.id, request.params.year, request.body),
  });

  app.post('/api/conventions/:id/volume-forecasts/:year/submit', {
    schema: {
      tags,
      summary: "Transmettre le prévisionnel d'une année au Département (dû le 30 novembre de l'année précédente)",
      params: yearParams,
      response: { 200: forecastOverview, ...errors },
    },
    handler: async (request) =>
      forecasts.submitForecast(ctx.db, principalOf(request), request.params.id, request.params.year),
  });

  app.post('/api/conventions/:id/volume-forecasts/:year/review', {
    schema: {
      tags,
      summary:
        "Accepter le prévisionnel transmis, ou le renvoyer à l'office avec un motif (coordinateur du Département)",
      params: yearParams,
      body: forecastReviewBody,
      response: { 200: forecastOverview, ...errors },
    },
    handler: async (request) =>
      forecasts.reviewForecast(ctx.db, principalOf(request), request.params.id, request.params.year, request.body),
  });
}

import { idParams } from '../../kernel/params';
import { z } from 'zod';
import {
  calendarQuery,
  createDutyBody,
  dutyView,
  instanceView,
  markDoneBody,
  updateDutyBody,
} from '../../../contracts/obligations';
import { problemSchema } from '../../../contracts/problem';
import type { AppContext, ZodApp } from '../../platform/http/context';
import { principalOf } from '../../kernel/request-auth';
import * as service from './obligations.service';

const tags = ['Obligations : calendrier'];
export const errors = {
  400: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};

export function obligationsRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/conventions/:id/duties', {
    schema: {
      tags,
      summary: 'Obligations de la convention : partie, article, récurrence, preuve attendue, délais de rappel',
      params: idParams,
      response: { 200: z.array(dutyView), 404: problemSchema },
    },
    handler: async (request) => service.listDuties(ctx.db, principalOf(request), request.params.id),
  });

  app.post('/api/conventions/:id/duties', {
    schema: {
      tags,
      summary: 'Ajouter une obligation (administrateur) ; ses échéances sont créées sur toute la période',
      params: idParams,
      body: createDutyBody,
      response: { 201: dutyView, ...errors },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.createDuty(ctx.db, principalOf(request), request.params.id, request.body)),
  });

  app.patch('/api/duties/:id', {
    schema: {
      tags,
      summary: 'Modifier une obligation (administrateur) ; les échéances non faites suivent, celles faites restent',
      params: idParams,
      body: updateDutyBody,
      response: { 200: dutyView, ...errors },
    },
    handler: async (request) => service.updateDuty(ctx.db, principalOf(request), request.params.id, request.body),
  });

  app.get('/api/conventions/:id/calendar', {
    schema: {
      tags,
      summary:
        "Échéances de la convention avec leur statut du jour ou d'une date donnée (asOf : à venir, échéance proche, en retard, fait) et leur preuve ; filtres : période d'échéance, partie, statut",
      params: idParams,
      querystring: calendarQuery,
      response: { 200: z.array(instanceView), 400: problemSchema, 404: problemSchema },
    },
    handler: async (request) => service.listCalendar(ctx.db, principalOf(request), request.params.id, request.query),
  });

  app.get('/api/duty-instances/:id', {
    schema: {
      tags,
      summary: 'Une échéance : obligation, période, date due (reportée au jour ouvré), statut, preuve',
      params: idParams,
      response: { 200: instanceView, 404: problemSchema },
    },
    handler: async (request) => service.getInstance(ctx.db, principalOf(request), request.params.id),
  });

  app.post('/api/duty-instances/:id/done', {
    schema: {
      tags,
      summary: "Marquer une échéance faite, avec une pièce de la convention (partie qui doit l'obligation seulement)",
      params: idParams,
      body: markDoneBody,
      response: { 200: instanceView, ...errors },
    },
    handler: async (request) => service.markDone(ctx.db, principalOf(request), request.params.id, request.body),
  });
}

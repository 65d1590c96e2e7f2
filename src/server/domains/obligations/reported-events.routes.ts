import { z } from 'zod';
import { idParams } from '../../kernel/params';
import { principalOf } from '../../kernel/request-auth';
import {
  closeEventBody,
  eventNoteBody,
  reportedEventsList,
  reportedEventView,
  reportEventBody,
} from '../../../contracts/reported-events';
import { problemSchema } from '../../../contracts/problem';
import type { AppContext, ZodApp } from '../../platform/http/context';
import { errors } from './obligations.routes';
import * as service from './reported-events.service';

const tags = ['Obligations : faits signalés (article 3.2)'];

export function reportedEventsRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/conventions/:id/reported-events', {
    schema: {
      tags,
      summary: "Faits signalés par l'office au Département : accusé de réception, suivi, clôture",
      params: idParams,
      response: { 200: reportedEventsList, 404: problemSchema },
    },
    handler: async (request) => service.listReportedEvents(ctx.db, principalOf(request), request.params.id),
  });

  app.post('/api/conventions/:id/reported-events', {
    schema: {
      tags,
      summary:
        'Signaler un fait (incident, retard, évolution du coût…) concernant une opération, un engagement ou le programme',
      params: idParams,
      body: reportEventBody,
      response: { 201: reportedEventView, ...errors },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.reportEvent(ctx.db, principalOf(request), request.params.id, request.body)),
  });

  app.post('/api/reported-events/:id/acknowledgement', {
    schema: {
      tags,
      summary: 'Accuser réception du fait signalé (Département)',
      params: idParams,
      body: z.object({}).optional(),
      response: { 200: reportedEventView, ...errors },
    },
    handler: async (request) => service.acknowledgeEvent(ctx.db, principalOf(request), request.params.id),
  });

  app.post('/api/reported-events/:id/notes', {
    schema: {
      tags,
      summary: 'Ajouter une note de suivi (office ou Département)',
      params: idParams,
      body: eventNoteBody,
      response: { 200: reportedEventView, ...errors },
    },
    handler: async (request) => service.addEventNote(ctx.db, principalOf(request), request.params.id, request.body),
  });

  app.post('/api/reported-events/:id/closure', {
    schema: {
      tags,
      summary: 'Clore le suivi du fait, avec une note (Département)',
      params: idParams,
      body: closeEventBody,
      response: { 200: reportedEventView, ...errors },
    },
    handler: async (request) => service.closeEvent(ctx.db, principalOf(request), request.params.id, request.body),
  });
}

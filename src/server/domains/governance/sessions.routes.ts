import { idParams } from '../../kernel/params';
import { z } from 'zod';
import { sessionSummary } from '../../../contracts/governance';
import {
  agendaItemInput,
  attendanceBody,
  createSessionBody,
  minutesApprovalBody,
  recusalsBody,
  secondConvocationBody,
  sessionView,
  updateAgendaItemBody,
  updateSessionBody,
  voteBody,
} from '../../../contracts/governance-sessions';
import { problemSchema } from '../../../contracts/problem';
import type { AppContext, ZodApp } from '../../platform/http/context';
import { principalOf } from '../../kernel/request-auth';
import { errors } from './bodies.routes';
import * as service from './sessions.service';

const tags = ['Gouvernance : séances'];

/** Sessions of deliberative bodies: agenda, attendance and proxies, recusals, votes, closing, second convocation, minutes. */
export function sessionsRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/bodies/:id/sessions', {
    schema: {
      tags,
      summary: "Séances (et réunions) d'une instance",
      params: idParams,
      response: { 200: z.array(sessionSummary), 404: problemSchema },
    },
    handler: async (request) => service.listSessions(ctx.db, principalOf(request), request.params.id),
  });

  app.post('/api/bodies/:id/sessions', {
    schema: {
      tags,
      summary:
        "Créer une séance d'une instance délibérante, avec son ordre du jour ; avertit si la convocation est trop tardive",
      params: idParams,
      body: createSessionBody,
      response: { 201: sessionView, ...errors },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.createSession(ctx.db, principalOf(request), request.params.id, request.body)),
  });

  app.get('/api/sessions/:id', {
    schema: {
      tags,
      summary:
        'Une séance : présences, pouvoirs, quorum à l’ouverture et par point, votes, résultat et sa formule, avertissements',
      params: idParams,
      response: { 200: sessionView, 404: problemSchema },
    },
    handler: async (request) => service.getSession(ctx.db, principalOf(request), request.params.id),
  });

  app.patch('/api/sessions/:id', {
    schema: {
      tags,
      summary: "Modifier la date, le lieu, la convocation ou le président d'une séance prévue",
      params: idParams,
      body: updateSessionBody,
      response: { 200: sessionView, ...errors },
    },
    handler: async (request) => service.updateSession(ctx.db, principalOf(request), request.params.id, request.body),
  });

  app.post('/api/sessions/:id/items', {
    schema: {
      tags,
      summary: "Ajouter un point à l'ordre du jour (rapporteur, rapport, projet de délibération, matière, code ACTES)",
      params: idParams,
      body: agendaItemInput,
      response: { 201: sessionView, ...errors },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.addItem(ctx.db, principalOf(request), request.params.id, request.body)),
  });

  app.patch('/api/agenda-items/:id', {
    schema: {
      tags,
      summary: 'Modifier un point non encore voté',
      params: idParams,
      body: updateAgendaItemBody,
      response: { 200: sessionView, ...errors },
    },
    handler: async (request) => service.updateItem(ctx.db, principalOf(request), request.params.id, request.body),
  });

  app.put('/api/sessions/:id/attendance', {
    schema: {
      tags,
      summary:
        'Présences : présent, représenté (pouvoir à un membre présent), excusé, absent ; arrivée et départ par point. Pouvoir refusé (422) : donné par un présent, à un absent, second pouvoir au même mandataire',
      params: idParams,
      body: attendanceBody,
      response: { 200: sessionView, ...errors },
    },
    handler: async (request) => service.recordAttendance(ctx.db, principalOf(request), request.params.id, request.body),
  });

  app.put('/api/agenda-items/:id/recusals', {
    schema: {
      tags,
      summary: 'Membres ne prenant pas part aux débats et au vote du point, avec leur motif',
      params: idParams,
      body: recusalsBody,
      response: { 200: sessionView, ...errors },
    },
    handler: async (request) => service.recordRecusals(ctx.db, principalOf(request), request.params.id, request.body),
  });

  app.put('/api/agenda-items/:id/vote', {
    schema: {
      tags,
      summary:
        'Vote du point, par membre ou en totaux (pour, contre, abstention, ne prend pas part) ; quorum du point exigé (422) ; résultat calculé',
      params: idParams,
      body: voteBody,
      response: { 200: sessionView, ...errors },
    },
    handler: async (request) => service.recordVote(ctx.db, principalOf(request), request.params.id, request.body),
  });

  app.delete('/api/agenda-items/:id/vote', {
    schema: {
      tags,
      summary: "Supprimer le vote d'un point (séance non close)",
      params: idParams,
      response: { 200: sessionView, ...errors },
    },
    handler: async (request) => service.clearVote(ctx.db, principalOf(request), request.params.id),
  });

  app.post('/api/sessions/:id/close', {
    schema: {
      tags,
      summary:
        'Clore la séance : délibérations numérotées par instance et par année ; sans quorum ni vote, séance enregistrée « quorum non atteint », points reportés',
      params: idParams,
      response: { 200: sessionView, ...errors },
    },
    handler: async (request) => service.closeSession(ctx.db, principalOf(request), request.params.id),
  });

  app.post('/api/sessions/:id/second-convocation', {
    schema: {
      tags,
      summary:
        'Seconde convocation après une séance sans quorum : nouvelle séance reprenant les points reportés, sans condition de quorum si le règlement le prévoit',
      params: idParams,
      body: secondConvocationBody,
      response: { 201: sessionView, ...errors },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.convokeAgain(ctx.db, principalOf(request), request.params.id, request.body)),
  });

  app.post('/api/sessions/:id/minutes-approval', {
    schema: {
      tags,
      summary:
        'Approbation du procès-verbal : les délibérations de la séance deviennent non modifiables (rectifications seulement)',
      params: idParams,
      body: minutesApprovalBody,
      response: { 200: sessionView, ...errors },
    },
    handler: async (request) => service.approveMinutes(ctx.db, principalOf(request), request.params.id, request.body),
  });
}

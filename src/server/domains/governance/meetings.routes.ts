import { idParams } from '../../kernel/params';
import { z } from 'zod';
import {
  actionItemsQuery,
  actionItemView,
  coChairsBody,
  standingMembersBody,
  standingMembersView,
  createActionItemBody,
  createMeetingBody,
  meetingDecisionBody,
  meetingView,
  participantsBody,
  updateActionItemBody,
  updateMeetingBody,
} from '../../../contracts/governance-sessions';
import { problemSchema } from '../../../contracts/problem';
import type { AppContext, ZodApp } from '../../platform/http/context';
import { principalOf } from '../../kernel/request-auth';
import { errors } from './bodies.routes';
import { sendFile } from '../../platform/http/files';
import * as people from './meeting-people.service';
import * as service from './meetings.service';
import * as membership from './membership.service';
import { minutesFile } from './minutes.service';

const tags = ['Gouvernance : COPIL et COTECH'];

export function meetingsRoutes(app: ZodApp, ctx: AppContext) {
  app.post('/api/bodies/:id/meetings', {
    schema: {
      tags,
      summary:
        "Créer une réunion de COPIL, COTECH ou réunion thématique ; sans ordre du jour fourni, celui de l'instance (pour le COTECH : ses quatre objets de l'article 4)",
      params: idParams,
      body: createMeetingBody,
      response: { 201: meetingView, ...errors },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.createMeeting(ctx.db, principalOf(request), request.params.id, request.body)),
  });

  app.get('/api/meetings/:id', {
    schema: {
      tags,
      summary:
        'Une réunion : ordre du jour, participants des deux parties, compte rendu, décisions, actions décidées et actions à suivre des réunions précédentes',
      params: idParams,
      response: { 200: meetingView, 404: problemSchema },
    },
    handler: async (request) => service.getMeeting(ctx.db, principalOf(request), request.params.id),
  });

  app.patch('/api/meetings/:id', {
    schema: {
      tags,
      summary: 'Modifier la date, le lieu ou le compte rendu',
      params: idParams,
      body: updateMeetingBody,
      response: { 200: meetingView, ...errors },
    },
    handler: async (request) => service.updateMeeting(ctx.db, principalOf(request), request.params.id, request.body),
  });

  app.put('/api/meetings/:id/participants', {
    schema: {
      tags,
      summary: 'Participants (membre connu ou nom : une graphie connue retrouve la personne)',
      params: idParams,
      body: participantsBody,
      response: { 200: meetingView, ...errors },
    },
    handler: async (request) =>
      service.setParticipants(ctx.db, principalOf(request), request.params.id, request.body.participants),
  });

  app.post('/api/meetings/:id/decisions', {
    schema: {
      tags,
      summary: 'Ajouter une décision au relevé de décisions',
      params: idParams,
      body: meetingDecisionBody,
      response: { 201: meetingView, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await service.addMeetingDecision(ctx.db, principalOf(request), request.params.id, request.body)),
  });

  app.post('/api/meetings/:id/action-items', {
    schema: {
      tags,
      summary: 'Décider une action : responsable, échéance',
      params: idParams,
      body: createActionItemBody,
      response: { 201: meetingView, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await service.createActionItem(ctx.db, principalOf(request), request.params.id, request.body)),
  });

  app.get('/api/bodies/:id/action-items', {
    schema: {
      tags,
      summary: "Actions d'une instance, avec leur historique de suivi",
      params: idParams,
      querystring: actionItemsQuery,
      response: { 200: z.array(actionItemView), 400: problemSchema, 404: problemSchema },
    },
    handler: async (request) =>
      service.listActionItems(ctx.db, principalOf(request), request.params.id, request.query.status),
  });

  app.patch('/api/action-items/:id', {
    schema: {
      tags,
      summary: 'Suivre une action : statut, échéance, commentaire, réunion où le point a été fait',
      params: idParams,
      body: updateActionItemBody,
      response: { 200: actionItemView, ...errors },
    },
    handler: async (request) => service.updateActionItem(ctx.db, principalOf(request), request.params.id, request.body),
  });

  app.put('/api/meetings/:id/co-chairs', {
    schema: {
      tags,
      summary:
        'Coprésidents du COPIL (article 4) : un pour le Département, un pour le bailleur, membre connu ou nommé ; chacun est participant de la réunion',
      params: idParams,
      body: coChairsBody,
      response: { 200: meetingView, ...errors },
    },
    handler: async (request) => people.setCoChairs(ctx.db, principalOf(request), request.params.id, request.body),
  });

  app.post('/api/meetings/:id/standing-members', {
    schema: {
      tags,
      summary:
        "Inviter à la réunion les membres permanents de l'instance (présents ; les participants déjà listés restent)",
      params: idParams,
      response: { 200: meetingView, ...errors },
    },
    handler: async (request) => people.inviteStandingMembers(ctx.db, principalOf(request), request.params.id),
  });

  app.get('/api/meetings/:id/minutes.pdf', {
    schema: {
      tags,
      summary:
        'Compte rendu de la réunion en PDF : coprésidents, participants, ordre du jour, compte rendu, décisions, actions',
      params: idParams,
      response: { 404: problemSchema },
    },
    handler: async (request, reply) =>
      sendFile(reply, await minutesFile(ctx.db, principalOf(request), request.params.id, 'pdf')),
  });

  app.get('/api/meetings/:id/minutes.docx', {
    schema: {
      tags,
      summary: 'Compte rendu de la réunion en DOCX (à modifier)',
      params: idParams,
      response: { 404: problemSchema },
    },
    handler: async (request, reply) =>
      sendFile(reply, await minutesFile(ctx.db, principalOf(request), request.params.id, 'docx')),
  });

  app.get('/api/bodies/:id/standing-members', {
    schema: {
      tags,
      summary: "Membres permanents d'une instance (personne, organisation, service, rôle)",
      params: idParams,
      response: { 200: standingMembersView, 404: problemSchema },
    },
    handler: async (request) => membership.getStandingMembers(ctx.db, principalOf(request), request.params.id),
  });

  app.put('/api/bodies/:id/standing-members', {
    schema: {
      tags,
      summary:
        "Membres permanents d'une instance, tenus par le coordinateur du Département ; ils pré-remplissent les participants d'une réunion",
      params: idParams,
      body: standingMembersBody,
      response: { 200: standingMembersView, ...errors },
    },
    handler: async (request) =>
      membership.setStandingMembers(ctx.db, principalOf(request), request.params.id, request.body.members),
  });
}

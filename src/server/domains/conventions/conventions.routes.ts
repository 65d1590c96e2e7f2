import { z } from 'zod';
import { conventionHeader, conventionSummary, createOrganisationBody, organisation } from '../../../contracts/conventions';
import { problemSchema } from '../../../contracts/problem';
import type { AppContext, ZodApp } from '../../platform/http/context';
import { principalOf } from '../../platform/http/session-auth';
import * as service from './conventions.service';

const idParams = z.object({ id: z.uuid('Identifiant invalide.') });

export function conventionsRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/organisations', {
    schema: { tags: ['Organisations'], summary: 'Liste des organisations (administrateur)', response: { 200: z.array(organisation) } },
    handler: async (request) => service.listOrganisations(ctx.db, principalOf(request)),
  });

  app.post('/api/organisations', {
    schema: {
      tags: ['Organisations'],
      summary: 'Créer une organisation (SIRET contrôlé)',
      body: createOrganisationBody,
      response: { 201: organisation, 400: problemSchema, 409: problemSchema },
    },
    handler: async (request, reply) => reply.code(201).send(await service.createOrganisation(ctx.db, principalOf(request), request.body)),
  });

  app.get('/api/conventions', {
    schema: { tags: ['Conventions'], summary: 'Conventions visibles par l’utilisateur', response: { 200: z.array(conventionSummary) } },
    handler: async (request) => service.listConventions(ctx.db, principalOf(request)),
  });

  app.get('/api/conventions/:id', {
    schema: {
      tags: ['Conventions'],
      summary: 'En-tête d’une convention : parties, signataires, période, statut',
      params: idParams,
      response: { 200: conventionHeader, 404: problemSchema },
    },
    handler: async (request) => service.getConventionHeader(ctx.db, principalOf(request), request.params.id),
  });
}

import { z } from 'zod';
import { feedView } from '../../../contracts/obligations';
import type { AppContext, ZodApp } from '../../platform/http/context';
import { principalOf } from '../../kernel/request-auth';
import * as service from './feed.service';

const tags = ['Obligations : agenda iCalendar'];
const feedParams = z.object({ file: z.string().regex(/^[A-Za-z0-9_-]{20,100}\.ics$/, 'Lien d’agenda invalide.') });

export function feedRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/account/calendar-feed', {
    schema: {
      tags,
      summary: 'Mon lien d’agenda : actif ou non (le lien lui-même ne se montre qu’à sa création)',
      response: { 200: feedView },
    },
    handler: async (request) => service.getFeed(ctx.db, principalOf(request)),
  });

  app.post('/api/account/calendar-feed', {
    schema: {
      tags,
      summary: 'Créer ou régénérer mon lien d’agenda secret ; l’ancien cesse aussitôt de fonctionner',
      response: { 200: feedView },
    },
    handler: async (request) => service.regenerateFeed(ctx.db, principalOf(request), ctx.config.publicUrl),
  });

  app.delete('/api/account/calendar-feed', {
    schema: { tags, summary: 'Révoquer mon lien d’agenda', response: { 200: feedView } },
    handler: async (request) => service.revokeFeed(ctx.db, principalOf(request)),
  });

  // Public: a calendar application has no session; the unguessable token is the credential.
  app.get('/api/calendar/:file', {
    config: { public: true },
    schema: {
      tags,
      summary:
        'Flux iCalendar (RFC 5545) des échéances, par lien secret (sans session) ; 404 si le lien est inconnu ou révoqué',
      params: feedParams,
      produces: ['text/calendar'],
    },
    handler: async (request, reply) => {
      const body = await service.renderFeed(ctx.db, request.params.file.slice(0, -4), ctx.config.publicUrl);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .send(body);
    },
  });
}

import { idParams } from '../../kernel/params';
import { notificationList } from '../../../contracts/obligations';
import { problemSchema } from '../../../contracts/problem';
import type { AppContext, ZodApp } from '../../platform/http/context';
import { principalOf } from '../../kernel/request-auth';
import * as service from './reminders.service';

const tags = ['Obligations : notifications'];

export function notificationsRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/notifications', {
    schema: {
      tags,
      summary: 'Mes notifications (rappels d’échéance et retards), les plus récentes d’abord, et le nombre de non lues',
      response: { 200: notificationList },
    },
    handler: async (request) => service.listNotifications(ctx.db, principalOf(request)),
  });

  app.post('/api/notifications/:id/read', {
    schema: {
      tags,
      summary: 'Marquer une notification lue',
      params: idParams,
      response: { 200: notificationList, 404: problemSchema },
    },
    handler: async (request) => service.markNotificationsRead(ctx.db, principalOf(request), request.params.id),
  });

  app.post('/api/notifications/read-all', {
    schema: { tags, summary: 'Marquer toutes mes notifications lues', response: { 200: notificationList } },
    handler: async (request) => service.markNotificationsRead(ctx.db, principalOf(request), null),
  });
}

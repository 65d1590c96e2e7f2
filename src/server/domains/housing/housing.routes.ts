import { idParams } from '../../kernel/params';
import { z } from 'zod';
import {
  calendarList,
  calendarVersionView,
  createCalendarVersionBody,
  dwellingPage,
  dwellingsFilters,
  dwellingsQuery,
  dwellingDetail,
  retireDwellingBody,
  establishmentBody,
  establishmentList,
  establishmentView,
  stockListItem,
  stockSummary,
  trajectoryQuery,
  trajectoryView,
} from '../../../contracts/housing';
import { problemSchema } from '../../../contracts/problem';
import type { AppContext, ZodApp } from '../../platform/http/context';
import { sendFile } from '../../platform/http/files';
import { principalOf } from '../../kernel/request-auth';
import * as calendar from './calendar.service';
import * as exports from './exports.service';
import * as housing from './housing.service';
import { importRoutes } from './import/import.routes';
import * as trajectory from './trajectory.service';

const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema };
const tags = ['Patrimoine'];

/**
 * The housing API: a landlord's stock (figures, dwellings, establishments), the legal letting-ban
 * calendar, the compliance trajectory, and the stock imports (import/import.routes.ts). A stock is
 * addressed by its landlord organisation's id.
 */
export function housingRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/stocks', {
    schema: {
      tags,
      summary:
        'Les patrimoines que la personne connectée peut voir (son bailleur, ceux avec qui son organisation a une convention ; tous pour l’administrateur)',
      response: { 200: z.array(stockListItem) },
    },
    handler: async (request) => housing.listStocks(ctx.db, principalOf(request)),
  });

  app.get('/api/stocks/:id', {
    schema: {
      tags,
      summary:
        "Chiffres du patrimoine d'un bailleur : logements, collectif / individuel, étiquettes DPE (énergie, GES, retenue = la pire des deux), sans DPE, communes, EPCI, QPV, établissements, dernier import ; indique s'il s'agit de données de démonstration",
      params: idParams,
      response: { 200: stockSummary, 404: problemSchema },
    },
    handler: async (request) => housing.getStockSummary(ctx.db, principalOf(request), request.params.id),
  });

  app.get('/api/stocks/:id/dwellings', {
    schema: {
      tags,
      summary:
        'Logements du patrimoine, paginés ; filtres : commune, EPCI, QPV (in/out), classes retenues (liste « E,F,G »), type de construction, recherche sur les identifiants et l’adresse',
      params: idParams,
      querystring: dwellingsQuery,
      response: { 200: dwellingPage, 400: problemSchema, 404: problemSchema },
    },
    handler: async (request) => housing.listDwellings(ctx.db, principalOf(request), request.params.id, request.query),
  });

  const exportFormat = z.object({ format: z.enum(['xlsx', 'csv'], 'Format : xlsx ou csv.') });

  app.get('/api/stocks/:id/exports/dwellings/:format', {
    schema: {
      tags,
      summary: 'Les logements (avec les filtres de la liste) en xlsx ou en CSV pour Excel (« ; », UTF-8 avec BOM)',
      params: idParams.extend(exportFormat.shape),
      querystring: dwellingsFilters,
      response: { 400: problemSchema, 404: problemSchema },
    },
    handler: async (request, reply) =>
      sendFile(
        reply,
        await exports.exportDwellings(
          ctx.db,
          principalOf(request),
          request.params.id,
          request.query,
          request.params.format,
        ),
      ),
  });

  app.get('/api/stocks/:id/exports/trajectory/:format', {
    schema: {
      tags,
      summary: 'La trajectoire en xlsx (échéances, puis par commune, EPCI, QPV et type) ou en CSV (échéances)',
      params: idParams.extend(exportFormat.shape),
      response: { 400: problemSchema, 404: problemSchema },
    },
    handler: async (request, reply) =>
      sendFile(
        reply,
        await exports.exportTrajectory(ctx.db, principalOf(request), request.params.id, request.params.format),
      ),
  });

  app.get('/api/dwellings/:id', {
    schema: { tags, summary: 'Un logement', params: idParams, response: { 200: dwellingDetail, 404: problemSchema } },
    handler: async (request) => housing.getDwelling(ctx.db, principalOf(request), request.params.id),
  });

  app.post('/api/dwellings/:id/retirement', {
    schema: {
      tags,
      summary:
        'Sortir un logement du parc (vente, démolition, fusion) à une date : il quitte la trajectoire à partir de cette date (agents de l’office, administrateur)',
      params: idParams,
      body: retireDwellingBody,
      response: { 200: dwellingDetail, ...errors },
    },
    handler: async (request) => housing.retireDwelling(ctx.db, principalOf(request), request.params.id, request.body),
  });

  app.get('/api/stocks/:id/trajectory', {
    schema: {
      tags,
      summary:
        'Trajectoire de mise en conformité selon la version du calendrier en vigueur à la date « asOf » (aujourd’hui par défaut) : pour chaque échéance, logements interdits à la location, dont livrés, programmés, non programmés, et rythme annuel nécessaire ; « by » ajoute le détail par commune, EPCI, QPV ou type de construction',
      params: idParams,
      querystring: trajectoryQuery,
      response: { 200: trajectoryView, 400: problemSchema, 404: problemSchema },
    },
    handler: async (request) =>
      trajectory.getTrajectory(ctx.db, principalOf(request), request.params.id, request.query),
  });

  app.get('/api/stocks/:id/establishments', {
    schema: {
      tags,
      summary: 'Établissements du bailleur : résidences autonomie, foyers (lits), béguinages (logements), gestionnaire',
      params: idParams,
      response: { 200: establishmentList, 404: problemSchema },
    },
    handler: async (request) => housing.listEstablishments(ctx.db, principalOf(request), request.params.id),
  });

  app.post('/api/stocks/:id/establishments', {
    schema: {
      tags,
      summary: 'Ajouter un établissement (agents de l’office, administrateur)',
      params: idParams,
      body: establishmentBody,
      response: { 201: establishmentView, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await housing.createEstablishment(ctx.db, principalOf(request), request.params.id, request.body)),
  });

  app.put('/api/establishments/:id', {
    schema: {
      tags,
      summary: 'Modifier un établissement',
      params: idParams,
      body: establishmentBody,
      response: { 200: establishmentView, ...errors },
    },
    handler: async (request) =>
      housing.updateEstablishment(ctx.db, principalOf(request), request.params.id, request.body),
  });

  app.delete('/api/establishments/:id', {
    schema: { tags, summary: 'Supprimer un établissement', params: idParams, response: { 204: z.null(), ...errors } },
    handler: async (request, reply) => {
      await housing.deleteEstablishment(ctx.db, principalOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  });

  app.get('/api/letting-ban-calendars', {
    schema: {
      tags: ['Calendrier légal'],
      summary:
        'Versions datées du calendrier d’interdiction de location (métropole, outre-mer) et celle en vigueur à « asOf »',
      querystring: z.object({ asOf: z.iso.date('Date invalide (AAAA-MM-JJ).').optional() }),
      response: { 200: calendarList },
    },
    handler: async (request) => calendar.listCalendars(ctx.db, principalOf(request), request.query.asOf),
  });

  app.post('/api/letting-ban-calendars', {
    schema: {
      tags: ['Calendrier légal'],
      summary:
        'Ajouter une version datée du calendrier (administrateur) : échéances par territoire, chaque classe interdite à partir d’une date ; la trajectoire suit la version en vigueur',
      body: createCalendarVersionBody,
      response: { 201: calendarVersionView, ...errors },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await calendar.addCalendarVersion(ctx.db, principalOf(request), request.body)),
  });

  importRoutes(app, ctx);
}

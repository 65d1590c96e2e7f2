import { idParams } from '../../../kernel/params';
import { z } from 'zod';
import {
  importErrorPage,
  importErrorsQuery,
  importModes,
  importQuery,
  stockImportView,
  type ImportMode,
} from '../../../../contracts/housing';
import { problemSchema } from '../../../../contracts/problem';
import { AppError } from '../../../platform/errors';
import type { AppContext, ZodApp } from '../../../platform/http/context';
import { CSV_TYPE, sendFile, XLSX_TYPE } from '../../../platform/http/files';
import { principalOf } from '../../../kernel/request-auth';
import { receiveFile } from '../../../platform/http/uploads';
import { fileTooLarge } from './encoding';
import * as imports from './import.service';
import { buildImportTemplate } from './template';

const tags = ['Patrimoine : imports'];

/** The mode comes in the query string, or as a form field sent before the file (a form's select). */
function modeOf(query: ImportMode | undefined, field: unknown): ImportMode {
  const value = (field as { value?: unknown } | undefined)?.value;
  if (query !== undefined || value === undefined || value === '') return query ?? 'all_or_nothing';
  if ((importModes as readonly unknown[]).includes(value)) return value as ImportMode;
  throw new AppError('VALIDATION_FAILED', 'Mode inconnu : all_or_nothing (par défaut) ou valid_rows_only.', {
    fieldErrors: [{ field: 'mode', message: 'Mode inconnu.' }],
  });
}

export function importRoutes(app: ZodApp, ctx: AppContext) {
  app.post('/api/stocks/:id/imports', {
    schema: {
      tags,
      summary:
        'Importer le patrimoine (multipart, champ « file ») : RPLS en CSV « ; » (UTF-8 ou Latin-1, formes récente, ancienne et _red) ou modèle xlsx',
      description: [
        `Fichier de ${imports.MAX_STOCK_FILE_BYTES / 1024 / 1024} Mo au plus, lu en flux. Chaque ligne est vérifiée ; toute erreur est rapportée avec sa ligne, sa colonne et sa raison.`,
        'Tout ou rien : un fichier dont une ligne est invalide n’importe rien (400, `importId` et `errorFile` dans la réponse), sauf avec `mode=valid_rows_only` (paramètre d’adresse, ou champ « mode » du formulaire placé avant le fichier), qui importe les lignes valides et rapporte les autres.',
        'Un nouvel import met à jour les logements par identifiant (IDENT_REP, sinon IDENT_INT) et rapporte les logements créés, modifiés, inchangés et absents (signalés, jamais supprimés). Le premier import remplace le patrimoine de démonstration.',
        'Pendant l’import, GET /api/stock-imports/{id} donne la progression (octets, lignes lues).',
      ].join('\n\n'),
      consumes: ['multipart/form-data'],
      params: idParams,
      querystring: importQuery,
      response: {
        201: stockImportView,
        400: problemSchema,
        403: problemSchema,
        404: problemSchema,
        413: problemSchema,
        415: problemSchema,
      },
    },
    handler: async (request, reply) => {
      if (!request.isMultipart())
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Envoyez le fichier en multipart/form-data, champ « file ».');
      const length = Number(request.headers['content-length']);
      const bytesExpected = Number.isFinite(length) && length > 0 ? length : null;
      if (bytesExpected !== null && bytesExpected > imports.MAX_STOCK_FILE_BYTES + 64 * 1024)
        throw fileTooLarge(imports.MAX_STOCK_FILE_BYTES);
      const file = await receiveFile(request, { limits: { fileSize: imports.MAX_STOCK_FILE_BYTES + 1, files: 1 } });
      try {
        const mode = modeOf(request.query.mode, file.fields.mode);
        const view = await imports.importStock(ctx.db, principalOf(request), request.params.id, {
          filename: file.filename,
          stream: file.file,
          bytesExpected,
          mode,
        });
        return reply.code(201).send(view);
      } finally {
        if (!file.file.readableEnded && !file.file.destroyed) file.file.resume();
      }
    },
  });

  app.get('/api/stocks/:id/imports', {
    schema: {
      tags,
      summary: 'Les imports du patrimoine, du plus récent au plus ancien',
      params: idParams,
      response: { 200: z.array(stockImportView), 404: problemSchema },
    },
    handler: async (request) => imports.listImports(ctx.db, principalOf(request), request.params.id),
  });

  app.get('/api/stock-imports/template.xlsx', {
    schema: { tags, summary: 'Le modèle xlsx d’import (feuille Logements + notice des colonnes)' },
    handler: async (_request, reply) =>
      sendFile(reply, {
        filename: 'modele-import-patrimoine-copil.xlsx',
        contentType: XLSX_TYPE,
        content: await buildImportTemplate(),
      }),
  });

  app.get('/api/stock-imports/:id', {
    schema: {
      tags,
      summary: 'Un import : état, progression (pour la barre de progression), comptes, premières erreurs',
      params: idParams,
      response: { 200: stockImportView, 404: problemSchema },
    },
    handler: async (request) => imports.getImport(ctx.db, principalOf(request), request.params.id),
  });

  app.get('/api/stock-imports/:id/errors', {
    schema: {
      tags,
      summary:
        'Les erreurs d’un import (ligne, colonne, valeur, message), paginées ; les 1 000 premières sont conservées, toutes sont comptées',
      params: idParams,
      querystring: importErrorsQuery,
      response: { 200: importErrorPage, 404: problemSchema },
    },
    handler: async (request) =>
      imports.listImportErrors(ctx.db, principalOf(request), request.params.id, request.query),
  });

  app.get('/api/stock-imports/:id/errors.csv', {
    schema: { tags, summary: 'Le fichier des erreurs d’un import (CSV « ; » pour Excel)', params: idParams },
    handler: async (request, reply) => {
      const file = await imports.importErrorFile(ctx.db, principalOf(request), request.params.id);
      return sendFile(reply, { filename: file.filename, contentType: CSV_TYPE, content: file.content });
    },
  });
}

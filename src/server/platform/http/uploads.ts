import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors';

/**
 * Receiving the one file of a multipart form (field « file »). Found by the fuzz tests: a form
 * without its boundary answered a 500, and a form cut short before the file's closing boundary
 * handed over a file stream already destroyed, which a reader then waited on forever.
 */
export function incompleteUpload(): AppError {
  return new AppError(
    'MALFORMED_REQUEST',
    'Le formulaire envoyé (multipart/form-data) est incomplet ou mal formé : envoyez le fichier à nouveau.',
    {
      fieldErrors: [{ field: 'file', message: 'Envoi incomplet ou mal formé.' }],
    },
  );
}

/** busboy's own errors are plain Errors, known only by their text. */
export const isMalformedMultipart = (error: unknown) =>
  error instanceof Error && /^Multipart: Boundary not found|unexpected end of multipart data/i.test(error.message);

export async function receiveFile(
  request: FastifyRequest,
  options?: Parameters<FastifyRequest['file']>[0],
): Promise<MultipartFile> {
  if (!request.isMultipart())
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Envoyez le fichier en multipart/form-data, champ « file ».');
  const file = await request.file(options).catch((error: unknown) => {
    throw isMalformedMultipart(error) ? incompleteUpload() : error;
  });
  if (!file)
    throw new AppError('VALIDATION_FAILED', 'Aucun fichier reçu.', {
      fieldErrors: [{ field: 'file', message: 'Choisissez un fichier.' }],
    });
  if (file.file.destroyed && !file.file.readableEnded) throw incompleteUpload();
  return file;
}

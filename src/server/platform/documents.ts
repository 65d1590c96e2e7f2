import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './db/schema';
import { AppError } from './errors';

type Q = Kysely<Database> | Transaction<Database>;

/**
 * Documents (evidence, supporting documents) are stored in the database, so every instance sees
 * them and a backup of the database holds them. Their type is decided from their content, not
 * their name: a file whose bytes do not match an accepted kind is refused before anything is written.
 */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

interface Kind {
  contentType: string;
  extensions: string[];
  matches(bytes: Buffer): boolean;
}

const startsWith = (bytes: Buffer, signature: number[]) => signature.every((b, i) => bytes[i] === b);
const isZip = (bytes: Buffer) => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
const isText = (bytes: Buffer) => !bytes.includes(0) && Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes);

const kinds: Kind[] = [
  {
    contentType: 'application/pdf',
    extensions: ['pdf'],
    matches: (b) => startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d]),
  },
  {
    contentType: 'image/png',
    extensions: ['png'],
    matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'], matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    matches: isZip,
  },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    matches: isZip,
  },
  { contentType: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'], matches: isZip },
  { contentType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'], matches: isZip },
  { contentType: 'text/csv', extensions: ['csv'], matches: isText },
];

export const ACCEPTED_EXTENSIONS = kinds.flatMap((k) => k.extensions);

/** The content type of an accepted file, or an AppError naming what is wrong. */
export function checkDocument(filename: string, bytes: Buffer): string {
  const extension = filename.toLowerCase().split('.').pop() ?? '';
  if (bytes.length === 0)
    throw new AppError('VALIDATION_FAILED', 'Le fichier est vide.', {
      fieldErrors: [{ field: 'file', message: 'Fichier vide.' }],
    });
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      `Le fichier dépasse la taille maximale de ${MAX_DOCUMENT_BYTES / 1024 / 1024} Mo.`,
      {
        fieldErrors: [{ field: 'file', message: 'Fichier trop volumineux.' }],
      },
    );
  }
  const kind = kinds.find((k) => k.extensions.includes(extension));
  if (!kind) {
    const message = `Type de fichier non accepté (.${extension}). Formats acceptés : ${ACCEPTED_EXTENSIONS.join(', ')}.`;
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', message, { fieldErrors: [{ field: 'file', message }] });
  }
  if (!kind.matches(bytes)) {
    const message = `Le contenu du fichier ne correspond pas à son extension .${extension}.`;
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', message, { fieldErrors: [{ field: 'file', message }] });
  }
  return kind.contentType;
}

/** A name safe to store and to send back in Content-Disposition. */
export function cleanFilename(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? 'document';
  const cleaned = [...base]
    .filter((ch) => ch.charCodeAt(0) >= 32 && ch.charCodeAt(0) !== 127 && ch !== '"')
    .join('')
    .trim();
  return (cleaned || 'document').slice(0, 200);
}

export async function insertDocument(
  db: Q,
  v: {
    filename: string;
    contentType: string;
    bytes: Buffer;
    conventionId: string | null;
    organisationId: string | null;
    uploadedBy: string;
  },
) {
  return db
    .insertInto('documents')
    .values({
      filename: v.filename,
      content_type: v.contentType,
      size_bytes: v.bytes.length,
      sha256: createHash('sha256').update(v.bytes).digest('hex'),
      content: v.bytes,
      convention_id: v.conventionId,
      organisation_id: v.organisationId,
      uploaded_by: v.uploadedBy,
      uploaded_at: new Date(),
    })
    .returning(['id', 'filename', 'content_type', 'size_bytes', 'sha256'])
    .executeTakeFirstOrThrow();
}

export function findDocument(db: Q, id: string) {
  return db
    .selectFrom('documents')
    .select(['id', 'filename', 'content_type', 'size_bytes', 'sha256', 'convention_id', 'organisation_id'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function readDocumentContent(db: Q, id: string): Promise<Buffer> {
  const row = await db.selectFrom('documents').select('content').where('id', '=', id).executeTakeFirstOrThrow();
  return Buffer.from(row.content);
}

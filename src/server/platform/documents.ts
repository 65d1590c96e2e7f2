import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './db/schema';
import { BoundedArchive, type ArchiveLimits } from './archive';
import { AppError } from './errors';

type Q = Kysely<Database> | Transaction<Database>;

/**
 * Documents (evidence, supporting documents) are stored in the database, so every instance sees
 * them and a backup of the database holds them. Their type is decided from their content, not
 * their name: a file whose bytes do not match an accepted kind is refused before anything is written
 * (signature, HTML or XML markup in a PDF, CSV or image, the parts of an office document's zip).
 */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

interface Kind {
  contentType: string;
  extensions: string[];
  matches(bytes: Buffer): boolean;
  /** For the office formats: the parts their zip must hold (checked on its central directory). */
  parts?: string[];
  /** For OpenDocument: the content of its stored `mimetype` entry. */
  mimetype?: string;
}

const startsWith = (bytes: Buffer, signature: number[]) => signature.every((b, i) => bytes[i] === b);
const isZip = (bytes: Buffer) => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
const isText = (bytes: Buffer) => !bytes.includes(0) && Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes);

/**
 * Markup a browser would render or run: an HTML page (or SVG, XML) named .csv, or appended to a
 * `%PDF-` header (issue #17: both were accepted). Searched in the whole file (10 Mo at most).
 */
const MARKUP = /<\s*(!doctype|html|head|body|script|iframe|frameset|frame|object|embed|svg|meta|\?xml)(?=[\s/>])/i;

/** The first tag of markup found in the bytes (« <html »), or null. */
export function markupIn(bytes: Buffer): string | null {
  const found = MARKUP.exec(bytes.toString('latin1'));
  return found ? `<${found[1]!.toLowerCase()}` : null;
}

const kinds: Kind[] = [
  {
    contentType: 'application/pdf',
    extensions: ['pdf'],
    matches: (b) => /^%PDF-\d\.\d/.test(b.subarray(0, 8).toString('latin1')),
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
    parts: ['[Content_Types].xml', 'xl/workbook.xml'],
  },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    matches: isZip,
    parts: ['[Content_Types].xml', 'word/document.xml'],
  },
  {
    contentType: 'application/vnd.oasis.opendocument.spreadsheet',
    extensions: ['ods'],
    matches: isZip,
    parts: ['mimetype', 'content.xml'],
    mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
  },
  {
    contentType: 'application/vnd.oasis.opendocument.text',
    extensions: ['odt'],
    matches: isZip,
    parts: ['mimetype', 'content.xml'],
    mimetype: 'application/vnd.oasis.opendocument.text',
  },
  { contentType: 'text/csv', extensions: ['csv'], matches: isText },
];

/** The media types a stored document may have, as its download declares them (OpenAPI). */
export const DOCUMENT_TYPES: readonly string[] = kinds.map((k) => k.contentType);

/**
 * An office document is stored, not parsed, but its zip is still opened with the bounded reader:
 * its central directory must list the parts of its format, within the same limits as an import.
 */
const DOCUMENT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 512 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
};

async function checkOfficeArchive(kind: Kind, extension: string, bytes: Buffer): Promise<void> {
  const wording = { subject: `Le document .${extension}`, consequence: "il n'a pas été enregistré" };
  const archive = await BoundedArchive.open({ buffer: bytes }, DOCUMENT_ARCHIVE_LIMITS, wording);
  try {
    const missing = (kind.parts ?? []).find((part) => !archive.has(part));
    const mimetype = kind.mimetype && !missing ? (await archive.readEntry('mimetype')).toString('latin1').trim() : null;
    if (missing || (kind.mimetype && mimetype !== kind.mimetype)) {
      const message = `Le contenu du fichier ne correspond pas à son extension .${extension} : ${missing ? `partie « ${missing} » absente` : `type « ${mimetype} » au lieu de « ${kind.mimetype} »`}.`;
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', message, { fieldErrors: [{ field: 'file', message }] });
    }
  } finally {
    archive.close();
  }
}

export const ACCEPTED_EXTENSIONS = kinds.flatMap((k) => k.extensions);

/** The content type of an accepted file, or an AppError naming what is wrong. */
export async function checkDocument(filename: string, bytes: Buffer): Promise<string> {
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
  if (kind.parts) await checkOfficeArchive(kind, extension, bytes);
  else {
    const markup = markupIn(bytes);
    if (markup) {
      const message = `Le contenu du fichier ne correspond pas à son extension .${extension} : il contient du HTML ou du XML (balise « ${markup} »), qu'un navigateur afficherait ou exécuterait.`;
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', message, { fieldErrors: [{ field: 'file', message }] });
    }
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

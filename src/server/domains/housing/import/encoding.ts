import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import iconv from 'iconv-lite';
import { markupIn } from '../../../platform/documents';
import { AppError } from '../../../platform/errors';

/**
 * The byte side of an import: a meter that counts, hashes and caps the upload, and a decoder that
 * tells UTF-8 from Latin-1 (Windows-1252, as French Excel writes it) while streaming. Detection
 * waits for the first non-ASCII byte (ASCII reads the same in both) and decides there, so memory
 * stays flat whatever the file size. A binary file (NUL bytes, a known signature) is refused.
 */

export type TextEncoding = 'utf-8' | 'windows-1252';
export const encodingLabels: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'windows-1252': 'Latin-1 (Windows-1252)',
};

const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} Mo`;

export function fileTooLarge(maxBytes: number): AppError {
  return new AppError(
    'PAYLOAD_TOO_LARGE',
    `Le fichier dépasse la taille maximale de ${mib(maxBytes)} pour un import de patrimoine ; rien n'a été importé.`,
    {
      fieldErrors: [{ field: 'file', message: `Fichier trop volumineux (${mib(maxBytes)} au plus).` }],
    },
  );
}

/** Counts and hashes the bytes that pass; fails with a 413 past `maxBytes`. */
export class ByteMeter extends Transform {
  bytes = 0;
  private readonly hash = createHash('sha256');
  constructor(private readonly maxBytes: number) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) return callback(fileTooLarge(this.maxBytes));
    this.hash.update(chunk);
    callback(null, chunk);
  }
  digest(): string {
    return this.hash.digest('hex');
  }
}

const signatures: { bytes: number[]; what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'une archive ZIP (un classeur xlsx ou ods renommé ?)' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'un document PDF' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'un classeur Excel 97-2003 (.xls)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'une image PNG' },
  { bytes: [0xff, 0xd8, 0xff], what: 'une image JPEG' },
  { bytes: [0x1f, 0x8b], what: 'une archive gzip' },
];

function notText(detail: string): AppError {
  const message = `Le fichier n'est pas un fichier texte CSV : ${detail}. Enregistrez-le en « CSV (séparateur : point-virgule) », en UTF-8 ou en Latin-1 ; rien n'a été importé.`;
  return new AppError('UNSUPPORTED_MEDIA_TYPE', message, { fieldErrors: [{ field: 'file', message }] });
}

/** What a file's first bytes say it is, when it is not text; null otherwise. */
export function binaryKind(head: Buffer): string | null {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
    return 'il est encodé en UTF-16, non pris en charge';
  const known = signatures.find((s) => s.bytes.every((b, i) => head[i] === b));
  if (known) return `son contenu est ${known.what}`;
  const nul = head.indexOf(0);
  if (nul >= 0) return `il contient des octets nuls (contenu binaire, octet ${nul + 1})`;
  // An HTML page (or SVG, XML) saved as .csv (issue #17): refused by content, like the documents.
  const markup = markupIn(head);
  if (markup) return `c'est une page HTML ou un document XML (balise « ${markup} »)`;
  return null;
}

const isAscii = (chunk: Buffer) => {
  for (const byte of chunk) if (byte > 0x7f) return false;
  return true;
};

/** Bytes in, text out; `encoding` is known once the first non-ASCII byte has been seen (else UTF-8). */
export class SniffingDecoder extends Transform {
  encoding: TextEncoding | null = null;
  private started = false;
  private offset = 0;
  private utf8: TextDecoder | null = null;
  private latin1: ReturnType<typeof iconv.getDecoder> | null = null;

  constructor() {
    super({ readableObjectMode: false, decodeStrings: true });
    this.setEncoding('utf8');
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    try {
      callback(null, this.decode(chunk));
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback) {
    try {
      const tail = this.utf8 ? this.utf8.decode() : this.latin1 ? (this.latin1.end() ?? '') : '';
      callback(null, tail);
    } catch {
      callback(this.mixed());
    }
  }

  private decode(chunk: Buffer): string {
    if (!this.started) {
      this.started = true;
      const kind = binaryKind(chunk);
      if (kind) throw notText(kind);
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
        this.choose('utf-8');
        chunk = chunk.subarray(3);
        this.offset += 3;
      }
    }
    const nul = chunk.indexOf(0);
    if (nul >= 0) throw notText(`il contient des octets nuls (contenu binaire, octet ${this.offset + nul + 1})`);
    const at = this.offset;
    this.offset += chunk.length;
    if (this.encoding === null) {
      if (isAscii(chunk)) return chunk.toString('latin1');
      this.choose(looksUtf8(chunk) ? 'utf-8' : 'windows-1252');
    }
    if (this.utf8) {
      try {
        return this.utf8.decode(chunk, { stream: true });
      } catch {
        throw this.mixed(at);
      }
    }
    return this.latin1!.write(chunk);
  }

  private choose(encoding: TextEncoding) {
    this.encoding = encoding;
    if (encoding === 'utf-8') this.utf8 = new TextDecoder('utf-8', { fatal: true });
    else this.latin1 = iconv.getDecoder('win1252');
  }

  private mixed(at?: number): AppError {
    const where = at === undefined ? 'en fin de fichier' : `après l'octet ${at}`;
    const message = `Encodage incohérent : le fichier commence en UTF-8 puis contient des caractères Latin-1 (${where}). Enregistrez-le d'un seul tenant en UTF-8 ; rien n'a été importé.`;
    return new AppError('VALIDATION_FAILED', message, { fieldErrors: [{ field: 'file', message }] });
  }
}

/** True when the chunk is valid UTF-8 (a multi-byte sequence cut at its end is allowed). */
export function looksUtf8(chunk: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(chunk, { stream: true });
    return true;
  } catch {
    return false;
  }
}

import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import yauzl from 'yauzl';
import { AppError } from './errors';

/**
 * Bounded reading of an uploaded archive (xlsx, or any zip): the one way the server opens a zip it
 * was sent. Issue #17: a 7.8 MB workbook that inflates to 3 GiB aborted Node; a 3.1 MB one made
 * exceljs write a 3 GiB temporary file in /tmp; the progress-table upload took 3.7 GB of memory.
 *
 * - The central directory is read first, before any byte is inflated (yauzl): entry count,
 *   declared uncompressed size of each entry and of all of them, and compression ratio are checked
 *   against the caller's limits; an archive over any limit is refused at once.
 * - Entries are then inflated as streams through a hard byte budget (per entry and in total); yauzl
 *   also fails an entry whose actual size differs from what the central directory declares, so a
 *   directory that lies about sizes is stopped as soon as its declared size is passed.
 * - Nothing is written to disk here. An upload that must be read with random access (the stock
 *   import, up to 100 MB) is spooled by its caller into a per-request directory made by
 *   `createUploadDirectory`, removed whatever happens (`removeStaleUploadDirectories` at start-up
 *   removes those of a killed process).
 *
 * yauzl (pinned, Node ≥ 12) is used rather than a hand-written reader: it validates the central
 * directory, ZIP64 records, file names and entry sizes, and streams each entry.
 */

export interface ArchiveLimits {
  /** Most entries the central directory may list. */
  maxEntries: number;
  /** Most uncompressed bytes of one entry (declared, and actually inflated). */
  maxEntryBytes: number;
  /** Most uncompressed bytes of all entries together (declared, and actually inflated). */
  maxTotalBytes: number;
  /** Highest uncompressed/compressed ratio of an entry larger than `ratioFloorBytes`. */
  maxRatio: number;
  /** Small entries (a few repeated XML tags) compress very well and are not checked for ratio. */
  ratioFloorBytes: number;
}

/** How the errors name the file and say what follows (« rien n'a été importé »). */
export interface ArchiveWording {
  /** « Le classeur xlsx » */
  subject: string;
  /** « rien n'a été importé » */
  consequence: string;
}

export interface ArchiveEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

const MiB = 1024 * 1024;
export const formatBytes = (n: number) =>
  n >= 1024 * MiB
    ? `${(n / 1024 / MiB).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Gio`
    : `${Math.round(n / MiB)} Mio`;

/**
 * The archive's central directory (already checked against the limits) and bounded streams over
 * its entries. `close()` releases the file or buffer; it is safe to call twice.
 */
export class BoundedArchive {
  private inflated = 0;
  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly raw: Map<string, yauzl.Entry>,
    readonly entries: ArchiveEntry[],
    private readonly limits: ArchiveLimits,
    private readonly wording: ArchiveWording,
  ) {}

  static async open(
    source: { file: string } | { buffer: Buffer },
    limits: ArchiveLimits,
    wording: ArchiveWording,
  ): Promise<BoundedArchive> {
    const options: yauzl.Options = {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
      strictFileNames: false,
      decodeStrings: true,
    };
    let zip: yauzl.ZipFile;
    try {
      zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
        const done = (error: Error | null, z: yauzl.ZipFile) => (error ? reject(error) : resolve(z));
        if ('file' in source) yauzl.open(source.file, options, done);
        else yauzl.fromBuffer(source.buffer, options, done);
      });
    } catch (error) {
      throw unreadable(wording, error);
    }
    try {
      if (zip.entryCount > limits.maxEntries)
        throw tooLarge(
          wording,
          `l'archive compte ${zip.entryCount.toLocaleString('fr-FR')} éléments (${limits.maxEntries.toLocaleString('fr-FR')} au plus)`,
        );
      const raw = new Map<string, yauzl.Entry>();
      const entries: ArchiveEntry[] = [];
      let declared = 0;
      for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
        const { fileName: name, compressedSize, uncompressedSize } = entry;
        if (entry.isEncrypted()) throw unreadable(wording, new Error(`encrypted entry ${name}`), name);
        if (uncompressedSize > limits.maxEntryBytes)
          throw tooLarge(
            wording,
            `l'élément « ${name} » se décompresse en ${formatBytes(uncompressedSize)} (${formatBytes(limits.maxEntryBytes)} au plus)`,
          );
        declared += uncompressedSize;
        if (declared > limits.maxTotalBytes)
          throw tooLarge(
            wording,
            `l'archive se décompresse en plus de ${formatBytes(limits.maxTotalBytes)} (limite atteinte à l'élément « ${name} »)`,
          );
        if (uncompressedSize > limits.ratioFloorBytes && uncompressedSize > compressedSize * limits.maxRatio)
          throw tooLarge(
            wording,
            `l'élément « ${name} » est compressé ${Math.round(uncompressedSize / Math.max(1, compressedSize)).toLocaleString('fr-FR')} fois (${limits.maxRatio} fois au plus : bombe de décompression)`,
          );
        if (raw.has(name)) throw unreadable(wording, new Error(`duplicate entry ${name}`), name);
        raw.set(name, entry);
        entries.push({ name, compressedSize, uncompressedSize });
      }
      return new BoundedArchive(zip, raw, entries, limits, wording);
    } catch (error) {
      zip.close();
      if (error instanceof AppError) throw error;
      throw unreadable(wording, error);
    }
  }

  has(name: string): boolean {
    return this.raw.has(name);
  }

  /** The inflated bytes of one entry, as a stream that fails (AppError) past the byte budget. */
  async openEntry(name: string): Promise<Readable> {
    const entry = this.raw.get(name);
    if (!entry) throw unreadable(this.wording, new Error(`no entry ${name}`), name);
    const stream = await new Promise<Readable>((resolve, reject) =>
      this.zip.openReadStream(entry, (error, s) => (error ? reject(error) : resolve(s))),
    ).catch((error: unknown) => {
      throw unreadable(this.wording, error, name);
    });
    let entryBytes = 0;
    const budget = new Transform({
      transform: (chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) => {
        entryBytes += chunk.length;
        this.inflated += chunk.length;
        if (entryBytes > this.limits.maxEntryBytes || entryBytes > entry.uncompressedSize)
          return callback(
            tooLarge(
              this.wording,
              `l'élément « ${name} » se décompresse en plus que les ${formatBytes(Math.min(this.limits.maxEntryBytes, entry.uncompressedSize))} annoncés ou permis`,
            ),
          );
        if (this.inflated > this.limits.maxTotalBytes)
          return callback(
            tooLarge(this.wording, `l'archive se décompresse en plus de ${formatBytes(this.limits.maxTotalBytes)}`),
          );
        callback(null, chunk);
      },
    });
    stream.on('error', (error) =>
      budget.destroy(error instanceof AppError ? error : sizeMismatchOrUnreadable(this.wording, error, name)),
    );
    budget.on('close', () => stream.destroy());
    return stream.pipe(budget);
  }

  /** One entry entirely in memory (bounded by the limits). */
  async readEntry(name: string): Promise<Buffer> {
    const parts: Buffer[] = [];
    for await (const chunk of await this.openEntry(name)) parts.push(chunk as Buffer);
    return Buffer.concat(parts);
  }

  close(): void {
    if (this.zip.isOpen) this.zip.close();
  }
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const onEntry = (entry: yauzl.Entry) => done(null, entry);
    const onEnd = () => done(null, null);
    const onError = (error: Error) => done(error, null);
    const done = (error: Error | null, entry: yauzl.Entry | null) => {
      zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
      if (error) reject(error);
      else resolve(entry);
    };
    zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
    zip.readEntry();
  });
}

function tooLarge(wording: ArchiveWording, detail: string): AppError {
  const message = `${wording.subject} est refusé : ${detail} ; ${wording.consequence}.`;
  return new AppError('PAYLOAD_TOO_LARGE', message, { fieldErrors: [{ field: 'file', message }] });
}

function unreadable(wording: ArchiveWording, cause: unknown, entry?: string): AppError {
  const where = entry ? ` (élément « ${entry} »)` : '';
  const message = `${wording.subject} est endommagé ou n'est pas une archive zip lisible${where} (fichier tronqué, chiffré ou autre format renommé) ; ${wording.consequence}.`;
  return new AppError('UNSUPPORTED_MEDIA_TYPE', message, { fieldErrors: [{ field: 'file', message }], cause });
}

/** yauzl's own size check (« too many bytes in the stream »): a central directory that lied. */
function sizeMismatchOrUnreadable(wording: ArchiveWording, cause: unknown, entry: string): AppError {
  if (cause instanceof Error && /(too many|not enough) bytes in the stream/.test(cause.message))
    return tooLarge(
      wording,
      `l'élément « ${entry} » ne se décompresse pas en la taille que l'archive annonce (archive falsifiée)`,
    );
  return unreadable(wording, cause, entry);
}

/** A per-request directory for a spooled upload: private (0700), removed by `remove()`. */
export interface UploadDirectory {
  path: string;
  remove(): Promise<void>;
}

const UPLOAD_DIR_PREFIX = 'copil-upload-';

export async function createUploadDirectory(): Promise<UploadDirectory> {
  const dir = await mkdtemp(path.join(tmpdir(), UPLOAD_DIR_PREFIX));
  return { path: dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * At start-up: the upload directories a killed process left behind (older than `olderThanMs`, so
 * another instance's upload in progress on the same machine is left alone).
 */
export async function removeStaleUploadDirectories(olderThanMs = 6 * 60 * 60 * 1000): Promise<number> {
  const root = tmpdir();
  let removed = 0;
  for (const name of await readdir(root).catch(() => [] as string[])) {
    if (!name.startsWith(UPLOAD_DIR_PREFIX)) continue;
    const dir = path.join(root, name);
    const info = await stat(dir).catch(() => null);
    if (info && Date.now() - info.mtimeMs > olderThanMs) {
      await rm(dir, { recursive: true, force: true });
      removed++;
    }
  }
  return removed;
}

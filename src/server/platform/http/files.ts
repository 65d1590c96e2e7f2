import type { FastifyReply } from 'fastify';
import { DOWNLOAD_CSP } from './security-headers';

/** A file Copil hands out (an export, an extract): its name, type and content. */
export interface ExportFile<T extends string | Buffer = string | Buffer> {
  filename: string;
  contentType: string;
  content: T;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';

/** Sends a file as a download, never rendered in the page, never cached by a shared cache. */
export function sendFile(reply: FastifyReply, file: ExportFile) {
  return reply
    .header('content-type', file.contentType)
    .header(
      'content-disposition',
      `attachment; filename="${file.filename}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
    )
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', DOWNLOAD_CSP)
    .header('cache-control', 'private, no-store')
    .send(file.content);
}

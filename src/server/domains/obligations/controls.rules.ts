import { createHash } from 'node:crypto';
import { actionLabels, entityTypeLabels, type ChainVerification } from '../../../contracts/audit';
import { toCsv } from '../../platform/spreadsheets';
import type { StoredEvent } from '../audit/audit.queries';

/**
 * The evidence bundle of Article 5, in pure functions: file names safe in a zip, JSON that keeps
 * money exact (bigint cents as strings), the audit trail as CSV, the chain check as a sentence,
 * and the manifest listing every file with its SHA-256 so a controller can prove nothing changed.
 */

export interface BundleFile {
  path: string;
  content: Buffer;
}

export const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/** A file name usable inside a zip on every system: no folder separator, no control character. */
export function safeName(name: string): string {
  const cleaned = [...name]
    .map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? '_' : c))
    .join('')
    .trim();
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'piece' : cleaned.slice(0, 150);
}

/** JSON that a person can read: indented, bigint as text (cents are exact), dates as ISO strings. */
export function readableJson(value: unknown): Buffer {
  const text = JSON.stringify(
    value,
    (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v instanceof Uint8Array ? undefined : v),
    2,
  );
  return Buffer.from(text + '\n', 'utf8');
}

export function auditCsv(events: StoredEvent[]): Buffer {
  const header = [
    'Numéro',
    'Date et heure (UTC)',
    'Auteur',
    'Objet',
    'Identifiant',
    'Action',
    'Avant',
    'Après',
    'Empreinte précédente',
    'Empreinte',
  ];
  const rows = events.map((e) => [
    e.id.toString(),
    e.occurredAt.toISOString(),
    e.actorLabel,
    entityTypeLabels[e.entityType] ?? e.entityType,
    e.entityId,
    actionLabels[e.action] ?? e.action,
    e.before === null ? '' : JSON.stringify(e.before),
    e.after === null ? '' : JSON.stringify(e.after),
    e.prevHash,
    e.hash,
  ]);
  return Buffer.from(toCsv([header, ...rows]), 'utf8');
}

/** The chain check in words, for the file next to the journal. */
export function chainReport(result: ChainVerification, asOf: string): string {
  if (result.valid)
    return `Chaîne d'empreintes du journal d'audit au ${asOf} : VALIDE (${result.checkedEvents} événements vérifiés).\n`;
  return [
    `Chaîne d'empreintes du journal d'audit au ${asOf} : ROMPUE.`,
    `Premier maillon rompu : événement n° ${result.firstBrokenEventId ?? 'inconnu'}.`,
    `Motif : ${result.reason ?? 'non précisé'}`,
    `Événements vérifiés avant la rupture : ${result.checkedEvents}.`,
    '',
  ].join('\n');
}

/** The manifest: every other file of the bundle with its size and SHA-256, in the bundle's order. */
export function manifest(
  files: BundleFile[],
  header: { conventionTitle: string; asOf: string; generatedAt: string; generatedBy: string },
): Buffer {
  return readableJson({
    ...header,
    files: files.map((f) => ({ path: f.path, bytes: f.content.length, sha256: sha256(f.content) })),
  });
}

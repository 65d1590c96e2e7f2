import { loadConventionAccess } from '../../kernel/convention-scope';
import { actorOf, type Principal } from '../../kernel/principal';
import type { DocumentInfo } from '../../../contracts/convention-content';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import {
  checkDocument,
  cleanFilename,
  findDocument,
  insertDocument,
  readDocumentContent,
} from '../../platform/documents';
import { forbidden, notFound } from '../../platform/errors';
import { canUploadEvidence } from './conventions.policy';

/** Evidence for a convention (a commitment's status, later a payment request…), checked by content. */
export async function uploadDocument(
  db: Db,
  principal: Principal,
  conventionId: string,
  file: { filename: string; bytes: Buffer },
): Promise<DocumentInfo> {
  const { side } = await loadConventionAccess(db, principal, conventionId);
  if (!canUploadEvidence(principal, side))
    throw forbidden('Seuls les agents des parties à la convention déposent des pièces.');
  const filename = cleanFilename(file.filename);
  const contentType = await checkDocument(filename, file.bytes);
  return db.transaction().execute(async (trx) => {
    const doc = await insertDocument(trx, {
      filename,
      contentType,
      bytes: file.bytes,
      conventionId,
      organisationId: principal.organisationId,
      uploadedBy: principal.id,
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'document',
      entityId: doc.id,
      action: 'create',
      after: { conventionId, filename, contentType, sizeBytes: doc.size_bytes, sha256: doc.sha256 },
    });
    return { id: doc.id, filename: doc.filename, contentType: doc.content_type, sizeBytes: doc.size_bytes };
  });
}

/** A document is readable by whoever may read its convention. */
export async function downloadDocument(db: Db, principal: Principal, id: string) {
  const doc = await findDocument(db, id);
  if (!doc || !doc.convention_id) throw notFound('Document');
  await loadConventionAccess(db, principal, doc.convention_id);
  return { filename: doc.filename, contentType: doc.content_type, content: await readDocumentContent(db, id) };
}

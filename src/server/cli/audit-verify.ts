import { readFileSync } from 'node:fs';
import { checkpointsExport } from '../../contracts/audit';
import { checkpointsFromExport, verifyWholeChain, type AnchorOptions } from '../domains/audit/audit.service';
import { auditSigningKey, AuditKeyError, publicKeyOf } from '../platform/audit-signing';
import type { Config } from '../platform/config';
import type { Db } from '../platform/db/connect';
import { CommandError, commandConfig, isMain, openConfigured, runCommand } from './cli';

/**
 * `npm run audit:verify [-- --checkpoints fichier.json]`: walks the whole hash chain of the
 * configured database, like GET /api/audit/verify, and reports the first broken link. With the
 * signing key (data directory or AUDIT_SIGNING_KEY), the chain must also meet every signed
 * checkpoint of the database and of the exported file: a chain rewritten with its hashes and head
 * recomputed no longer matches them. Exit code 0 when intact, 1 otherwise, so a scheduled job can
 * alert on it.
 */
export async function auditVerifyReport(
  db: Db,
  options: AnchorOptions = { trustedPublicKey: null },
): Promise<{ exitCode: number; text: string }> {
  const result = await verifyWholeChain(db, options);
  const anchored = result.checkedCheckpoints ?? 0;
  if (result.valid) {
    const checkpoints = options.trustedPublicKey
      ? ` ; ${anchored} point(s) de contrôle signé(s) retrouvé(s) dans la chaîne.`
      : " ; aucune clé de signature : les points de contrôle n'ont pas été vérifiés (une réécriture complète de la chaîne ne serait pas détectée).";
    return {
      exitCode: 0,
      text: `Journal d'audit intègre : ${result.checkedEvents} événement(s) vérifié(s), chaîne d'empreintes complète${checkpoints}`,
    };
  }
  const where =
    result.firstBrokenEventId === null ? 'après le dernier événement' : `à l'événement n° ${result.firstBrokenEventId}`;
  return {
    exitCode: 1,
    text: `Journal d'audit ALTÉRÉ : premier lien rompu ${where} (${result.checkedEvents} événement(s) intègres avant lui). ${result.reason ?? ''}`.trim(),
  };
}

/** The trusted key and the exported checkpoints a command line asks for. */
export function anchorOptions(config: Config, args: string[]): AnchorOptions {
  const at = args.indexOf('--checkpoints');
  const fileName = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && !fileName)
    throw new CommandError('--checkpoints : donnez le fichier des points de contrôle exporté.', 2);
  let exported: ReturnType<typeof checkpointsExport.parse> | null = null;
  if (fileName) {
    try {
      exported = checkpointsExport.parse(JSON.parse(readFileSync(fileName, 'utf8')));
    } catch {
      throw new CommandError(
        `${fileName} : fichier de points de contrôle illisible (attendu l'export de GET /api/audit/checkpoints).`,
        2,
      );
    }
  }
  let key;
  try {
    key = auditSigningKey(config, { create: false });
  } catch (error) {
    if (error instanceof AuditKeyError) throw new CommandError(error.message, 2);
    throw error;
  }
  return {
    trustedPublicKey: key ? publicKeyOf(key) : (exported?.publicKey ?? null),
    extraCheckpoints: exported ? checkpointsFromExport(exported) : [],
  };
}

if (isMain(import.meta.url)) {
  runCommand(async () => {
    const config = commandConfig();
    const options = anchorOptions(config, process.argv.slice(2));
    const database = await openConfigured(config);
    try {
      const report = await auditVerifyReport(database.db, options);
      (report.exitCode === 0 ? console.log : console.error)(report.text);
      return report.exitCode;
    } finally {
      await database.close();
    }
  });
}

import { verifyWholeChain } from '../domains/audit/audit.service';
import type { Db } from '../platform/db/connect';
import { commandConfig, isMain, openConfigured, runCommand } from './cli';

/**
 * `npm run audit:verify`: walks the whole hash chain of the configured database, like
 * GET /api/audit/verify, and reports the first broken link. Exit code 0 when intact, 1 otherwise,
 * so a scheduled job can alert on it.
 */
export async function auditVerifyReport(db: Db): Promise<{ exitCode: number; text: string }> {
  const result = await verifyWholeChain(db);
  if (result.valid) {
    return {
      exitCode: 0,
      text: `Journal d'audit intègre : ${result.checkedEvents} événement(s) vérifié(s), chaîne d'empreintes complète.`,
    };
  }
  const where =
    result.firstBrokenEventId === null ? 'après le dernier événement' : `à l'événement n° ${result.firstBrokenEventId}`;
  return {
    exitCode: 1,
    text: `Journal d'audit ALTÉRÉ : premier lien rompu ${where} (${result.checkedEvents} événement(s) intègres avant lui). ${result.reason ?? ''}`.trim(),
  };
}

if (isMain(import.meta.url)) {
  runCommand(async () => {
    const database = await openConfigured(commandConfig());
    try {
      const report = await auditVerifyReport(database.db);
      (report.exitCode === 0 ? console.log : console.error)(report.text);
      return report.exitCode;
    } finally {
      await database.close();
    }
  });
}

import { buildApp } from './app';
import { ConfigError, loadConfig } from './platform/config';
import { DataDirLockedError } from './platform/db/lock';
import { reminderJobs, REMINDERS_JOB } from './domains/obligations/reminders.service';
import { AUDIT_CHECKPOINT_JOB, checkpointJobs } from './domains/audit/audit.service';
import { accountMailJobs } from './domains/access/password-links.service';
import { cleanUpInterruptedImports } from './domains/housing/import/import.service';
import { removeStaleUploadDirectories } from './platform/archive';
import { AuditKeyError, auditSigningKey } from './platform/audit-signing';
import { enqueue, startJobRunner } from './platform/jobs';
import { createMailer } from './platform/mail';

/** Starts Copil: configuration, database, then listen. Only this file listens. */
async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }

  try {
    auditSigningKey(config); // read, or created (0600) on first start: a wrong AUDIT_SIGNING_KEY stops here
  } catch (error) {
    if (error instanceof AuditKeyError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }

  let built;
  try {
    built = await buildApp(config);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(`Copil ne démarre pas : ${error.message}`);
      process.exit(3);
    }
    throw error;
  }

  const { app, database, initialAdmin } = built;
  // What a killed process left behind: staging rows of interrupted imports, spooled uploads.
  const dropped = await cleanUpInterruptedImports(database.db, database.engine);
  if (dropped > 0) app.log.info(`${dropped} ligne(s) d'imports interrompus supprimée(s)`);
  await removeStaleUploadDirectories();
  // Background jobs run on the database's queue, in this process whatever the engine (platform/jobs.ts).
  const mailer = createMailer(config);
  // The audit chain's head is signed at start-up and every hour (issue #17), with a key kept out of the database.
  const auditKey = auditSigningKey(config)!;
  await enqueue(database.db, AUDIT_CHECKPOINT_JOB);
  const jobs = startJobRunner(database.db, {
    handlers: {
      ...reminderJobs(database.db, mailer, config.publicUrl),
      ...checkpointJobs(database.db, auditKey),
      ...accountMailJobs(database.db, mailer, config.publicUrl),
    },
    daily: [REMINDERS_JOB],
    hourly: [AUDIT_CHECKPOINT_JOB],
    onError: (error, job) => app.log.error({ err: error }, `tâche ${job.name} en échec`),
  });
  const shutdown = async (signal: string) => {
    app.log.info(`${signal} reçu : arrêt de Copil`);
    await jobs.stop();
    mailer?.close();
    await built.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const base = config.publicUrl;
  const lines = [
    '',
    `Copil est prêt : ${base}`,
    `  Base de données : ${database.engine === 'embedded' ? `embarquée (PGlite) dans ${config.dataDir}` : 'serveur PostgreSQL (DATABASE_URL)'}`,
    `  Documentation de l'API : ${base}/api/docs`,
  ];
  if (initialAdmin) {
    lines.push(
      '',
      '  Premier démarrage : compte administrateur créé. Notez ce mot de passe, il ne sera plus affiché.',
      `    Identifiant  : ${initialAdmin.email}`,
      `    Mot de passe : ${initialAdmin.password}`,
    );
  } else {
    lines.push(
      '  Connectez-vous avec vos identifiants (le mot de passe administrateur a été affiché au premier démarrage).',
    );
  }
  console.log(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
  console.error(`Copil ne démarre pas : ${error instanceof Error ? error.message : String(error)}${cause}`);
  if (process.env.LOG_LEVEL === 'debug') console.error(error);
  process.exit(1);
});

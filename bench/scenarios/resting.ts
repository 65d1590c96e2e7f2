import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { result, type Result } from '../lib/report';

const RESTING_TARGET_MB = 250;
const SETTLE_MS = 15_000;

const rssMb = (pid: number) => {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Math.round(Number(kb) / 1024);
};

/** Starts the server as `npm start` does (embedded engine in `dataDir`), waits until it answers and settles, reads its RSS. */
async function restingRss(dataDir: string, port: number): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, COPIL_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'silent', DATABASE_URL: '' },
    stdio: 'ignore',
  });
  try {
    const deadline = Date.now() + 10 * 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`Le serveur s'est arrêté (code ${child.exitCode}).`);
      const ok = await fetch(`http://127.0.0.1:${port}/api/health/live`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline) throw new Error("Le serveur n'a pas répondu en 10 minutes.");
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    return rssMb(child.pid!);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

/** The same modules loaded in a process with no database open: what the engine adds is the rest. */
async function modulesOnlyRss(): Promise<number> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '-e', "await import('./src/server/app.ts'); setTimeout(() => {}, 60000);"],
    { stdio: 'ignore' },
  );
  try {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    return rssMb(child.pid!);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

/**
 * The embedded server at rest (`npm start` with no DATABASE_URL): 15 s after it first answers, on
 * a new data directory (first start: initdb, migrations, reference seed) and on the same
 * directory reopened, against the application's modules loaded with no database.
 */
export async function restingScenario(): Promise<Result[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'copil-bench-resting-'));
  try {
    const floor = await modulesOnlyRss();
    const port = 39000 + Math.floor(Math.random() * 500);
    const fresh = await restingRss(dir, port);
    const reopened = await restingRss(dir, port);
    return [
      ['nouveau répertoire de données', fresh],
      ['répertoire rouvert', reopened],
    ].map(([size, measured]) =>
      result({
        scenario: 'serveur embarqué au repos (RSS)',
        engine: 'embedded',
        size: size as string,
        measured: measured as number,
        unit: 'Mo',
        floorLabel: 'modules chargés, sans base',
        floor,
        better: 'lower',
        target: `< ${RESTING_TARGET_MB} Mo`,
        met: (measured as number) < RESTING_TARGET_MB,
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

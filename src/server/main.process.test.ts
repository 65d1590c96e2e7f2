import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';

/**
 * The real start-up, as the README's first command runs it: `node --import tsx src/server/main.ts`.
 * A second process on the same embedded data directory must refuse to start, with a clear French
 * message and a non-zero status, instead of silently sharing PGlite's files.
 */
const dataDir = mkdtempSync(path.join(tmpdir(), 'copil-process-'));
const children: ChildProcess[] = [];

function start(port: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      COPIL_DATA_DIR: dataDir,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      COPIL_WEB_DIR: path.join(dataDir, 'no-web'),
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 500));
  rmSync(dataDir, { recursive: true, force: true });
});

it('starts on the embedded database, prints the address and the administrator once, and refuses a second instance on the same directory', async () => {
  const port = 40000 + Math.floor(Math.random() * 20000);
  const first = start(port);
  // A first start runs initdb and the migrations in a child process, then opens the directory:
  // on a shared two-core machine that alone has taken 70–90 s.
  const deadline = Date.now() + 180_000;
  while (!first.output().includes('Copil est prêt') && Date.now() < deadline && first.child.exitCode === null) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(first.output()).toContain(`Copil est prêt : http://localhost:${port}`);
  expect(first.output()).toMatch(/Identifiant\s+: admin@copil\.local/);
  expect(first.output()).toMatch(/Mot de passe : \S{10,}/);
  const health = (await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()) as { engine: string };
  expect(health.engine).toBe('embedded');

  const second = start(port + 1);
  const code = await second.exited;
  expect(code).toBe(3);
  expect(second.output()).toContain('Le répertoire de données est déjà utilisé par un autre processus Copil');
  expect(first.child.exitCode).toBeNull();

  first.child.kill('SIGTERM');
  expect(await first.exited).toBe(0);
}, 300_000);

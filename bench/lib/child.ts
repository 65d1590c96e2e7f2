import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Runs one bench/child script in a fresh Node process and returns the JSON line it printed last. */
export async function runChild<T>(script: string, args: string[]): Promise<T> {
  const file = path.resolve('bench/child', script);
  const { stdout } = await run(process.execPath, ['--import', 'tsx', file, ...args], {
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, LOG_LEVEL: 'silent' },
  });
  const last = stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(last) as T;
  } catch {
    throw new Error(`${script} n'a pas rendu de résultat JSON : ${stdout.slice(-500)}`);
  }
}

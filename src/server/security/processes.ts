import { spawn, type ChildProcess } from 'node:child_process';
import { expect } from 'vitest';

/**
 * Test helpers that run Copil as real processes, the way an operator does: the server
 * (`node --import tsx src/server/main.ts`) and the commands of src/server/cli.
 */
export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node --import tsx <script> …args` with the given environment and waits for it. */
export function runScript(
  script: string,
  args: string[],
  env: Record<string, string>,
  timeoutMs = 120_000,
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      env: { ...process.env, LOG_LEVEL: 'warn', DATABASE_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} ${args.join(' ')} : délai dépassé\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  baseUrl: string;
  exited: Promise<number | null>;
  output(): string;
  /** Ends the process with SIGKILL (a crash) and waits until it is gone. */
  kill(): Promise<void>;
  /** Ends the process cleanly (SIGTERM) and waits. */
  stop(): Promise<number | null>;
}

export function randomPort(): number {
  return 20000 + Math.floor(Math.random() * 30000);
}

/** Starts the server and resolves once it prints that it is ready. */
export async function startServer(env: Record<string, string>, port = randomPort()): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, LOG_LEVEL: 'warn', DATABASE_URL: '', PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 120_000;
  while (
    !output.includes('Copil est prêt') &&
    Date.now() < deadline &&
    child.exitCode === null &&
    child.signalCode === null
  ) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(output, 'le serveur aurait dû démarrer').toContain('Copil est prêt');
  return {
    child,
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    exited,
    output: () => output,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** A logged-in HTTP client of a running server (cookie + CSRF token), over real fetch. */
export interface HttpSession {
  cookie: string;
  csrf: string;
  request(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
}

export async function httpLogin(baseUrl: string, email: string, password: string): Promise<HttpSession> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`login ${email} → ${response.status} ${await response.text()}`);
  const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('copil_session='))!;
  const cookie = setCookie.split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return sessionOn(baseUrl, { cookie, csrf: csrfToken });
}

/** The same session sent to another server (another instance on the same database). */
export function sessionOn(baseUrl: string, { cookie, csrf: csrfToken }: { cookie: string; csrf: string }): HttpSession {
  return {
    cookie,
    csrf: csrfToken,
    request: (method, url, body, headers = {}) =>
      fetch(`${baseUrl}${url}`, {
        method,
        headers: {
          cookie,
          'x-csrf-token': csrfToken,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
  };
}

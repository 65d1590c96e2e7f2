import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isIsoDate, todayInParis } from '../../contracts/dates';
import { centsToEuros, parseEuros } from '../../contracts/money';
import { ConfigError, loadConfig, resolveSessionSecret } from './config';
import { DataDirLockedError, lockDataDir } from './db/lock';
import { parseTimestamp, typeParsers, OID } from './db/type-parsers';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'copil-platform-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function configProblems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('has working defaults: embedded database, port 3000, reference seed', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: null,
      sessionSecret: null,
      publicUrl: 'http://localhost:3000',
      smtpUrl: null,
      seedMode: 'reference',
      logLevel: 'info',
    });
    expect(config.dataDir).toBe(path.resolve('./data'));
    expect(config.webDir).toBe(path.resolve('./dist/web'));
  });

  it('reads valid values and treats blank ones as unset', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgresql://copil:secret@db:5432/copil',
      SESSION_SECRET: 'x'.repeat(32),
      PUBLIC_URL: 'https://copil.pasdecalais.fr/some/path',
      SMTP_URL: 'smtps://user:pw@mail:465',
      COPIL_SEED: 'none',
      LOG_LEVEL: 'silent',
      HOST: '   ',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      seedMode: 'none',
      logLevel: 'silent',
      publicUrl: 'https://copil.pasdecalais.fr',
    });
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '0'],
    ['PORT', '80.5'],
    ['DATABASE_URL', 'mysql://x'],
    ['DATABASE_URL', 'not a url'],
    ['SESSION_SECRET', 'short-secret'],
    ['PUBLIC_URL', 'ftp://copil.example'],
    ['SMTP_URL', 'http://x'],
    ['COPIL_SEED', 'foo'],
    ['LOG_LEVEL', 'loud'],
  ])('refuses %s=%s with a problem naming the variable', (name, value) => {
    const problems = configProblems({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.startsWith(`${name} :`)).toBe(true);
  });

  it('reports every wrong value at once, in the error message too', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', SESSION_SECRET: 'x' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { problems, message } = error as ConfigError;
    expect(problems.map((p) => p.split(' :')[0])).toEqual(['PORT', 'DATABASE_URL', 'SESSION_SECRET', 'LOG_LEVEL']);
    expect(message).toMatch(/^Configuration invalide/);
    for (const name of ['PORT', 'DATABASE_URL', 'SESSION_SECRET', 'LOG_LEVEL']) expect(message).toContain(name);
  });
});

describe('resolveSessionSecret', () => {
  it('generates a secret once and keeps it in the data directory', () => {
    const dataDir = path.join(tempDir(), 'data');
    const config = { ...loadConfig({ COPIL_DATA_DIR: dataDir }) };
    const first = resolveSessionSecret(config);
    expect(first.length).toBeGreaterThanOrEqual(32);
    const file = path.join(dataDir, 'session-secret');
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(statSync(file).mode & 0o077).toBe(0); // readable by its owner only
    expect(resolveSessionSecret(config)).toBe(first);
  });

  it('uses SESSION_SECRET when given, and writes nothing', () => {
    const dataDir = tempDir();
    const secret = 's'.repeat(40);
    expect(resolveSessionSecret(loadConfig({ COPIL_DATA_DIR: dataDir, SESSION_SECRET: secret }))).toBe(secret);
    expect(existsSync(path.join(dataDir, 'session-secret'))).toBe(false);
  });

  it('replaces a kept secret that is too short', () => {
    const dataDir = tempDir();
    writeFileSync(path.join(dataDir, 'session-secret'), 'short\n');
    const secret = resolveSessionSecret(loadConfig({ COPIL_DATA_DIR: dataDir }));
    expect(secret).not.toBe('short');
    expect(secret.length).toBeGreaterThanOrEqual(32);
  });
});

describe('type parsers', () => {
  it("parse PostgreSQL's text timestamps, with or without zone", () => {
    expect(parseTimestamp('2026-11-29 11:31:29.123456+00').toISOString()).toBe('2026-11-29T11:31:29.123Z');
    expect(parseTimestamp('2024-02-29 23:59:59+05:30').toISOString()).toBe('2024-02-29T18:29:59.000Z');
    expect(parseTimestamp('2024-07-01 08:00:00-02').toISOString()).toBe('2024-07-01T10:00:00.000Z');
    expect(parseTimestamp('2024-01-01 00:00:00').toISOString()).toBe('2024-01-01T00:00:00.000Z');
  });

  it('keep int8 exact as bigint, numeric and date as text', () => {
    expect(typeParsers[OID.int8]!('9007199254740993')).toBe(9007199254740993n);
    expect(typeParsers[OID.numeric]!('12.50')).toBe('12.50');
    expect(typeParsers[OID.date]!('2024-02-29')).toBe('2024-02-29');
  });
});

describe('money: euros as decimal strings, cents as bigint', () => {
  it('parses without floats: 0.1 + 0.2 is exactly 0.3', () => {
    expect(parseEuros('0.1')! + parseEuros('0.2')!).toBe(parseEuros('0.3'));
    expect(parseEuros('0.1')).toBe(10n);
    expect(parseEuros('0.07')).toBe(7n);
  });

  it('accepts a comma, no decimals, one decimal, negatives and surrounding spaces', () => {
    expect(parseEuros('4000000,5')).toBe(400000050n);
    expect(parseEuros('4000000.00')).toBe(400000000n);
    expect(parseEuros('4000000')).toBe(400000000n);
    expect(parseEuros(' 12,34 ')).toBe(1234n);
    expect(parseEuros('-12.5')).toBe(-1250n);
    expect(parseEuros('178000000.00')).toBe(17800000000n);
    expect(parseEuros('999999999999999.99')).toBe(99999999999999999n); // past 2^53, still exact
  });

  it.each(['', 'abc', '1.234', '1e3', '12.', '.5', '1 000', '--1', '+5', '4 000 000,00 €', '1234567890123456'])(
    'refuses %j',
    (text) => {
      expect(parseEuros(text)).toBeNull();
    },
  );

  it('formats cents back to the API form', () => {
    expect(centsToEuros(400000000n)).toBe('4000000.00');
    expect(centsToEuros(400000050n)).toBe('4000000.50');
    expect(centsToEuros(7n)).toBe('0.07');
    expect(centsToEuros(0n)).toBe('0.00');
    expect(centsToEuros(-5n)).toBe('-0.05');
    expect(centsToEuros(-1250n)).toBe('-12.50');
    for (const text of ['0.01', '-99.99', '123456789012345.67']) expect(centsToEuros(parseEuros(text)!)).toBe(text);
  });
});

describe('dates', () => {
  it('knows leap years and real calendar days', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2024-04-31')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-00-10')).toBe(false);
  });

  it('accepts only the YYYY-MM-DD form', () => {
    for (const text of ['2024-2-29', '29/02/2024', '2024-02-29T00:00:00Z', ' 2024-02-29', ''])
      expect(isIsoDate(text)).toBe(false);
  });

  it("gives today's date in Paris, not in UTC", () => {
    expect(todayInParis(new Date('2024-12-31T23:30:00Z'))).toBe('2025-01-01'); // winter, UTC+1
    expect(todayInParis(new Date('2024-06-30T21:59:00Z'))).toBe('2024-06-30'); // summer, UTC+2
    expect(todayInParis(new Date('2024-06-30T22:00:00Z'))).toBe('2024-07-01');
  });
});

describe('data directory lock', () => {
  it('writes our pid and removes the lock file on release', () => {
    const dir = tempDir();
    const lock = lockDataDir(dir);
    const file = path.join(dir, 'copil.lock');
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
    lock.release();
    expect(existsSync(file)).toBe(false);
    lock.release(); // twice is harmless
  });

  it('refuses a directory locked by another live process, takes it over once that process is gone', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'copil.lock');
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      expect(child.pid).toBeTypeOf('number');
      writeFileSync(file, String(child.pid));
      let error: unknown;
      try {
        lockDataDir(dir);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DataDirLockedError);
      expect((error as DataDirLockedError).ownerPid).toBe(child.pid);
      expect((error as Error).message).toMatch(/déjà utilisé par un autre processus/);
      expect(readFileSync(file, 'utf8')).toBe(String(child.pid)); // left untouched
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
    const lock = lockDataDir(dir); // stale now
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
    lock.release();
  });

  it('takes over a lock file with garbage in it', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'copil.lock'), 'not a pid');
    const lock = lockDataDir(dir);
    expect(readFileSync(path.join(dir, 'copil.lock'), 'utf8')).toBe(String(process.pid));
    lock.release();
  });
});

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Engine } from '../../src/server/platform/db/connect';
import { DEFAULT_AS_OF, GENERATOR_VERSION, writeFullDataset, type Manifest } from '../dataset/full';
import { writeStockCsv } from '../dataset/stock';
import { runChild } from './child';
import { createTarget, type BenchTarget } from './databases';

/** The world a full-scale database holds: reference ids, the administrator and the dataset's accounts. */
export interface FullWorld {
  admin: { email: string };
  adminPassword: string | null;
  officeId: string;
  departmentId: string;
  conventionId: string;
  dwellings: number;
  importMs: number;
  scriptMs: number;
  analyzeMs: number;
  auditEvents: number;
  password: string;
  users: { email: string; role: string; organisation: string }[];
}

export interface FullTarget extends BenchTarget {
  size: number;
  world: FullWorld;
}

export const SEED = 2024;

function isCurrent(sql: string): boolean {
  const manifest = sql.replace(/\.sql$/, '.json');
  if (!existsSync(sql) || !existsSync(manifest)) return false;
  const m = JSON.parse(readFileSync(manifest, 'utf8')) as Partial<Manifest>;
  return m.generatorVersion === GENERATOR_VERSION && m.asOf === DEFAULT_AS_OF;
}

/** The dataset's files for a size (RPLS stock, SQL script and manifest), written once and reused while the generator is the same. */
export async function datasetFiles(dataDir: string, size: number): Promise<{ csv: string; sql: string }> {
  const csv = path.resolve(dataDir, `rpls-${size}-${SEED}.csv`);
  const sql = path.resolve(dataDir, `full-${size}-${SEED}.sql`);
  if (!existsSync(csv)) await writeStockCsv(csv, size, SEED);
  if (!isCurrent(sql)) await writeFullDataset(sql, size, SEED);
  return { csv, sql };
}

/**
 * Full-scale databases, built once per engine and size for the whole run and shared by the
 * scenarios that only read them (trajectory, documents, API, web); the load scenario, which
 * writes, runs last. Each is built by child processes: the reference data (prepare.ts), then the
 * stock and the dataset (load-full.ts).
 */
export class FullDatasets {
  private readonly built = new Map<string, Promise<FullTarget>>();
  constructor(private readonly dataDir: string) {}

  get(engine: Engine, size: number): Promise<FullTarget> {
    const key = `${engine}:${size}`;
    let target = this.built.get(key);
    if (!target) {
      target = this.build(engine, size);
      this.built.set(key, target);
    }
    return target;
  }

  private async build(engine: Engine, size: number): Promise<FullTarget> {
    const files = await datasetFiles(this.dataDir, size);
    const target = await createTarget(engine);
    try {
      // The administrator's password is shown once, when prepare.ts creates the account.
      const prepared = await runChild<{ adminPassword: string | null }>('prepare.ts', [engine, target.location]);
      const world = {
        ...(await runChild<FullWorld>('load-full.ts', [engine, target.location, files.csv, files.sql])),
        adminPassword: prepared.adminPassword,
      };
      console.log(
        `  jeu de données ${size.toLocaleString('fr-FR')} logements (${engine}) : patrimoine ${(world.importMs / 1000).toFixed(1)} s, script ${(world.scriptMs / 1000).toFixed(1)} s`,
      );
      return { ...target, size, world };
    } catch (error) {
      await target.dispose();
      throw error;
    }
  }

  /** Drops a database once no scenario needs it any more (a 1,000,000-dwelling one weighs gigabytes). */
  async release(engine: Engine, size: number) {
    const key = `${engine}:${size}`;
    const target = this.built.get(key);
    this.built.delete(key);
    if (target) await (await target).dispose();
  }

  async disposeAll() {
    for (const key of [...this.built.keys()]) {
      const [engine, size] = key.split(':') as [Engine, string];
      await this.release(engine, Number(size)).catch(() => undefined);
    }
  }
}

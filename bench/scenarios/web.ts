import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { result, type Result } from '../lib/report';

/**
 * The JavaScript a first visit downloads (gzipped): the entry script and the modules it preloads,
 * read from the built index.html. The floor is React and the router alone (the vendor chunk when
 * there is one), so the ratio shows what Copil itself adds.
 */
export function bundleScenario(webDir = 'dist/web'): Result[] {
  const html = readFileSync(path.join(webDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const gz = (file: string) => gzipSync(readFileSync(path.join(webDir, file)), { level: 9 }).length / 1024;
  const total = files.reduce((sum, f) => sum + gz(f), 0);
  return [result({ scenario: 'JavaScript de la première page (gzip)', engine: '-', size: `${files.length} fichiers`, measured: total, unit: 'Kio', floorLabel: null, floor: null, better: 'lower', target: '—', met: null })];
}

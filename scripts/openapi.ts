import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/platform/config';
import { connectEmbedded } from '../src/server/platform/db/connect';

/**
 * The API's OpenAPI document, and the web client's types generated from it.
 *   node --import tsx scripts/openapi.ts dump <file>  the document of a built app (never listening)
 *   node --import tsx scripts/openapi.ts generate     writes src/web/app/api-schema.d.ts
 *   node --import tsx scripts/openapi.ts check        fails when that file is not what generate writes
 * The app is built on an empty in-memory database with a fixed configuration, so the document does
 * not depend on the machine (no PUBLIC_URL, no data directory).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA_FILE = path.join(root, 'src/web/app/api-schema.d.ts');

const HEADER = `/**
 * Généré depuis la description OpenAPI de l'API (GET /api/docs/json) par \`npm run api:generate\`.
 * Ne pas modifier à la main : \`npm run api:check\` (dans \`npm test\`) vérifie qu'il est à jour.
 */
`;

async function openApiDocument(): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'copil-openapi-'));
  try {
    const config = loadConfig({
      COPIL_DATA_DIR: dataDir,
      COPIL_WEB_DIR: path.join(dataDir, 'no-web-app'),
      COPIL_SEED: 'none',
      LOG_LEVEL: 'silent',
    });
    const built = await buildApp(config, { database: await connectEmbedded(null) });
    try {
      const response = await built.app.inject({ method: 'GET', url: '/api/docs/json' });
      if (response.statusCode !== 200) throw new Error(`GET /api/docs/json → ${response.statusCode} ${response.body}`);
      return response.json() as Record<string, unknown>;
    } finally {
      await built.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The client's types, formatted as the repository's Prettier configuration wants them. */
async function generatedSchema(document: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], { alphabetize: true });
  const options = (await prettier.resolveConfig(SCHEMA_FILE)) ?? {};
  return prettier.format(HEADER + astToString(ast), { ...options, filepath: SCHEMA_FILE });
}

async function main(command: string | undefined, argument: string | undefined): Promise<number> {
  const document = await openApiDocument();
  switch (command) {
    case 'dump': {
      if (!argument) throw new Error('Indiquez le fichier où écrire le document : dump <fichier>.');
      mkdirSync(path.dirname(path.resolve(argument)), { recursive: true });
      writeFileSync(argument, JSON.stringify(document, null, 2) + '\n');
      console.log(`Description OpenAPI écrite dans ${argument}.`);
      return 0;
    }
    case 'generate':
      writeFileSync(SCHEMA_FILE, await generatedSchema(document));
      console.log(`Types du client écrits dans ${path.relative(root, SCHEMA_FILE)}.`);
      return 0;
    case 'check': {
      const expected = await generatedSchema(document);
      let current = '';
      try {
        current = readFileSync(SCHEMA_FILE, 'utf8');
      } catch {
        // absent: reported below like a stale file
      }
      if (current !== expected) {
        console.error(
          `Le client typé n'est plus à jour : lancez npm run api:generate (${path.relative(root, SCHEMA_FILE)} diffère de la description OpenAPI actuelle).`,
        );
        return 1;
      }
      console.log('Le client typé est à jour avec la description OpenAPI.');
      return 0;
    }
    default:
      throw new Error(`Commande inconnue « ${command ?? ''} » : dump <fichier>, generate ou check.`);
  }
}

main(process.argv[2], process.argv[3]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Échec : ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

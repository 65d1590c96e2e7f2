import { createHash } from 'node:crypto';
import { createReadStream, writeFileSync } from 'node:fs';
import path from 'node:path';
import { referenceConvention, referenceOrganisations } from '../../src/server/seed/reference-convention';
import { referenceIndicators } from '../../src/server/seed/reference-indicators';
import { generateAgreements, generateAllocations, writeFinance } from './finance';
import { writeGovernance } from './governance';
import { generateOperations, writeOperations } from './operations';
import { BENCH_PASSWORD, Cast, generatePeople, writePeople } from './people';
import { Rng } from './random';
import { writeForecasts, writeIndicatorValues, writeProgress } from './reporting';
import { generateRequests, writeRequests } from './requests';
import { literal, SqlWriter } from './sql';
import { StockIndex } from './stock-index';

/**
 * The full-scale dataset beside the RPLS stock: one SQL script that, run in one transaction on a
 * database holding Copil's reference data (seed `reference`) and the imported stock of the same
 * size and seed, adds the accounts, the allocations 2025–2033, the funding agreements with their
 * affectations, requests and payments, the operations, the progress tables, the forecasts, the
 * indicator values and the governance. The same size, seed and date give the same bytes.
 *
 * The dataset's "today" is a fixed date (DEFAULT_AS_OF) rather than the clock, so that two runs
 * of the bench months apart measure the same data; `--as-of` moves it.
 */
export const DEFAULT_AS_OF = '2026-11-20';

/** Raised whenever the generator's output changes, so that files written by an older one are rewritten. */
export const GENERATOR_VERSION = 1;

export interface Manifest {
  generatorVersion: number;
  dwellings: number;
  seed: number;
  asOf: string;
  /** The script's file name, beside the manifest. */
  sqlFile: string;
  sha256: string;
  password: string;
  users: { email: string; role: string; organisation: string }[];
  rows: Record<string, number>;
}

/** Streams: each part of the dataset draws from its own, so changing one part leaves the others as they were. */
const STREAM = {
  people: 1,
  stock: 2,
  finance: 3,
  operations: 4,
  requests: 5,
  progress: 6,
  governance: 7,
  indicators: 8,
};

async function header(out: SqlWriter, requiredIndicators: string[]) {
  const conventionFilter = `title = ${literal(referenceConvention.title)} and period_start = ${literal(referenceConvention.periodStart)}`;
  await out.comment('Données de référence de Copil (seed « reference ») retrouvées par leurs clés naturelles');
  await out.statement('create temp table bench_ref (key text primary key, id uuid not null)');
  await out.statement(
    `insert into bench_ref (key, id) select 'office', id from organisations where siret = ${literal(referenceOrganisations.office.siret)}`,
  );
  await out.statement(
    `insert into bench_ref (key, id) select 'department', id from organisations where siret = ${literal(referenceOrganisations.department.siret)}`,
  );
  await out.statement(
    `insert into bench_ref (key, id) select 'convention', id from conventions where ${conventionFilter}`,
  );
  await out.statement(
    'create function pg_temp.bench_ref(k text) returns uuid language sql stable as $$ select id from bench_ref where key = k $$',
  );
  const convention = "pg_temp.bench_ref('convention')";
  await out.statement(
    `insert into bench_ref (key, id) select 'envelope:' || kind, id from envelopes where convention_id = ${convention}`,
  );
  await out.statement(
    `insert into bench_ref (key, id) select 'allocation:' || e.kind || ':' || a.year, a.id from allocations a join envelopes e on e.id = a.envelope_id where e.convention_id = ${convention}`,
  );
  await out.statement(
    `insert into bench_ref (key, id) select 'indicator:' || code, id from indicators where convention_id = ${convention}`,
  );
  await out.statement(
    `insert into bench_ref (key, id) select 'body:' || code, id from governance_bodies where convention_id = ${convention}`,
  );
  await out.statement(
    `insert into bench_ref (key, id) select 'member:' || last_name, id from governance_members where convention_id = ${convention}`,
  );
  const required = [
    'office',
    'department',
    'convention',
    'envelope:investment',
    'envelope:operating',
    'allocation:investment:2024',
    'allocation:operating:2024',
    'body:CA',
    'body:CP',
    'body:COPIL',
    'body:COTECH',
    'member:COTTIGNY',
    'member:FONTALIRAND',
    ...requiredIndicators.map((c) => `indicator:${c}`),
  ];
  await out.statement(
    `do $$ begin if (select count(*) from bench_ref where key in (${required.map(literal).join(', ')})) <> ${required.length} then raise exception 'Jeu de données du banc : les données de référence de Copil manquent ; chargez le seed « reference » avant ce script.'; end if; end $$`,
  );
}

async function check(out: SqlWriter, what: string, query: string, expected: number) {
  await out.statement(
    `do $$ begin if (${query}) <> ${expected} then raise exception 'Jeu de données du banc : ${what} (${expected} attendus) ; le patrimoine importé est-il celui de la même taille et de la même graine ?'; end if; end $$`,
  );
}

/** Writes `<out>/full-N-S.sql` and its manifest `<out>/full-N-S.json`; the stock itself is the RPLS file of the same N and S. */
export async function writeFullDataset(
  sqlFile: string,
  dwellings: number,
  seed: number,
  asOf = DEFAULT_AS_OF,
): Promise<Manifest> {
  const rng = (part: keyof typeof STREAM) => new Rng(seed, STREAM[part]);
  const out = new SqlWriter(sqlFile);
  await out.comment(
    `Copil — jeu de données du banc : ${dwellings} logements, graine ${seed}, au ${asOf}. Chargé par bench/child/load-full.ts (ou psql -1 -f), après le seed « reference » et l'import du fichier RPLS de même taille et même graine.`,
  );
  const entered = referenceIndicators.filter((i) => i.computation === null).map((i) => i.code);
  await header(out, entered);

  const peopleRng = rng('people');
  const people = generatePeople(peopleRng);
  const cast = new Cast(people);
  await out.comment('Comptes');
  await writePeople(out, people, peopleRng, '2024-01-15');

  const financeRng = rng('finance');
  const allocations = generateAllocations(financeRng, asOf);
  const agreements = generateAgreements(allocations, financeRng, asOf);
  await out.comment('Délibérations d’application 2025–2033, conventions financières et échéanciers');
  await writeFinance(out, allocations, agreements, cast, asOf);

  const stock = new StockIndex(dwellings, seed, rng('stock'));
  const opsRng = rng('operations');
  const ops = generateOperations(stock, { asOf, agreements, cast, rng: opsRng });
  await out.comment('Opérations, logements, phases, plans de financement');
  await writeOperations(out, ops, stock, opsRng);
  const picked = ops.reduce((n, o) => n + o.dwellings.length, 0);
  await check(
    out,
    'des logements choisis par les opérations sont absents du patrimoine',
    "select count(*) from operation_dwellings od join operations o on o.id = od.operation_id where o.convention_id = pg_temp.bench_ref('convention')",
    picked,
  );

  const requestsRng = rng('requests');
  await out.comment('Affectations, demandes de versement, pièces, versements');
  await writeRequests(out, ops, generateRequests(ops, cast, requestsRng, asOf), cast, requestsRng);

  const progressRng = rng('progress');
  await out.comment('Tableaux d’avancement semestriels et prévisionnels de novembre');
  await writeProgress(out, ops, cast, progressRng, asOf);
  await writeForecasts(out, ops, allocations, cast, progressRng, asOf);

  await out.comment('Valeurs des indicateurs saisis');
  await writeIndicatorValues(out, cast, rng('indicators'), asOf);

  await out.comment('Instances : séances, décisions, réunions du COPIL et du COTECH');
  await writeGovernance(out, allocations, agreements, cast, rng('governance'), asOf);

  await out.statement('drop function pg_temp.bench_ref(text)');
  await out.statement('drop table bench_ref');
  await out.close();

  const manifest: Manifest = {
    generatorVersion: GENERATOR_VERSION,
    dwellings,
    seed,
    asOf,
    sqlFile: path.basename(sqlFile),
    sha256: await sha256Of(sqlFile),
    password: BENCH_PASSWORD,
    users: people.map((p) => ({ email: p.email, role: p.role, organisation: p.organisation })),
    rows: Object.fromEntries(out.rows),
  };
  writeFileSync(sqlFile.replace(/\.sql$/, '.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

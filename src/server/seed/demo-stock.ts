import { sql, type Transaction } from 'kysely';
import type { ConstructionType, EnergyClass, EstablishmentKind } from '../../contracts/housing';
import { energyClasses } from '../../contracts/housing';
import { recordAudit, SYSTEM_ACTOR } from '../platform/audit';
import type { Database } from '../platform/db/schema';
import { communesOfDepartment, type Commune } from '../kernel/geography';
import { territoryOf } from '../domains/housing/housing.rules';

/**
 * The demonstration stock of the reference landlord, generated on first start (seed mode
 * `reference`) so that the pages and the trajectory have something true to the convention to
 * show: exactly the convention's figures (39,658 dwellings, 27,553 collective and 12,105
 * individual; 205 G, 1,260 F, 8,780 E, the rest A–D; 58 residences with 1,839 beds and 60
 * béguinages with 937 dwellings; « une présence effective de proximité dans 209 communes »; « un
 * tiers du parc » in priority districts (QPV)), spread over the 209 most populous Pas-de-Calais
 * communes in proportion to their population. Everything else (which dwelling is where, its rooms, year, QPV, buildings,
 * establishment names) is invented by a seeded generator: the same every time, flagged is_demo,
 * and replaced by the landlord's first import.
 */

export const DEMO_FIGURES = {
  dwellings: 39_658,
  collective: 27_553,
  individual: 12_105,
  byClass: { A: 400, B: 2_000, C: 11_000, D: 16_013, E: 8_780, F: 1_260, G: 205 } as Record<EnergyClass, number>,
  residences: { count: 58, beds: 1_839 },
  beguinages: { count: 60, dwellings: 937 },
  /** « Avec une présence effective de proximité dans 209 communes du Pas-de-Calais » (article 1). */
  communes: 209,
  /** « Un tiers du parc de Pas-de-Calais habitat se situe dans des quartiers [QPV] » : 39,658 / 3, rounded. */
  qpvDwellings: 13_219,
};

/** mulberry32: a small seeded generator, so the demo stock is identical on every start. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Splits `total` into integers proportional to `weights` (largest remainder), summing exactly to `total`. */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k++, left--) parts[order[k % order.length]!.i]!++;
  return parts;
}

export interface DemoDwelling {
  identInt: string;
  communeCode: string;
  epciCode: string | null;
  qpvCode: string | null;
  constructionType: ConstructionType;
  rooms: number;
  surface: string;
  constructionYear: number;
  financing: string;
  dpeDate: string;
  energyClass: EnergyClass;
  ghgClass: EnergyClass;
  buildingCode: string | null;
}

export interface DemoEstablishment {
  kind: EstablishmentKind;
  name: string;
  communeCode: string;
  beds: number | null;
  dwellings: number | null;
  managerName: string;
}

/** The `count` most populous communes (ties by code), in their original order: where the office is present. */
export function presenceCommunes(all: Commune[], count = DEMO_FIGURES.communes): Commune[] {
  const kept = new Set(
    [...all]
      .sort((a, b) => b.population - a.population || a.code.localeCompare(b.code))
      .slice(0, count)
      .map((c) => c.code),
  );
  return all.filter((c) => kept.has(c.code));
}

export function generateDemoStock(allCommunes: Commune[], seed = 20240216) {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const f = DEMO_FIGURES;
  const communes = presenceCommunes(allCommunes);
  const perCommune = apportion(
    f.dwellings,
    communes.map((c) => c.population),
  );
  const dwellings: DemoDwelling[] = [];
  communes.forEach((c, ci) => {
    for (let k = 0; k < perCommune[ci]!; k++) {
      const year = 1950 + Math.floor(random() ** 1.3 * 72);
      const rooms = 1 + Math.min(5, Math.floor(random() * random() * 7 + random() * 2));
      dwellings.push({
        identInt: '',
        communeCode: c.code,
        epciCode: c.epciCode,
        qpvCode: null,
        constructionType: 'individual',
        rooms,
        surface: (18 + rooms * 14 + random() * 12).toFixed(2),
        constructionYear: year,
        financing: year < 1977 ? 'HLM/O' : year < 2000 ? 'PLA' : pick(['PLUS', 'PLUS', 'PLUS', 'PLAI', 'PLS']),
        dpeDate: `${2021 + Math.floor(random() * 4)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-01`,
        energyClass: 'D',
        ghgClass: 'D',
        buildingCode: null,
      });
    }
  });

  // Collective dwellings: a weighted draw favouring the larger communes, exactly f.collective of them.
  const population = new Map(communes.map((c) => [c.code, c.population]));
  const collectiveScore = dwellings.map((d, i) => ({
    i,
    s: random() ** (1 / (0.2 + Math.log10(population.get(d.communeCode)! + 10) / 5)),
  }));
  collectiveScore.sort((a, b) => b.s - a.s);
  for (const { i } of collectiveScore.slice(0, f.collective)) dwellings[i]!.constructionType = 'collective';

  // Classes: the oldest (with noise) get the worst, so the demo trajectory looks like a real one.
  const byAge = dwellings.map((d, i) => ({ i, k: d.constructionYear + random() * 30 })).sort((a, b) => a.k - b.k);
  let cursor = 0;
  for (const c of [...energyClasses].reverse()) {
    for (let n = 0; n < f.byClass[c]; n++) {
      const d = dwellings[byAge[cursor++]!.i]!;
      const rank = energyClasses.indexOf(c);
      const other = energyClasses[Math.max(0, rank - Math.floor(random() * 3))]!;
      [d.energyClass, d.ghgClass] = random() < 0.65 ? [c, other] : [other, c];
    }
  }

  // QPV: exactly f.qpvDwellings collective dwellings of the communes of 8,000 inhabitants or more (a third of the stock, as the
  // convention says), drawn at random among them; then buildings, grouped by commune.
  const qpvCommunes = communes
    .filter((c) => c.population >= 8_000)
    .map((c, k) => [c.code, `QP062${String(k + 1).padStart(3, '0')}`] as const);
  const qpvOf = new Map(qpvCommunes);
  const qpvCandidates = dwellings
    .map((d, i) => ({ i, s: random() }))
    .filter(({ i }) => dwellings[i]!.constructionType === 'collective' && qpvOf.has(dwellings[i]!.communeCode));
  if (qpvCandidates.length < f.qpvDwellings) throw new Error('démonstration : trop peu de logements collectifs en QPV');
  qpvCandidates.sort((a, b) => a.s - b.s);
  for (const { i } of qpvCandidates.slice(0, f.qpvDwellings))
    dwellings[i]!.qpvCode = qpvOf.get(dwellings[i]!.communeCode)!;
  const buildingSeq = new Map<string, number>();
  let open: { code: string; left: number } | null = null;
  let openCommune = '';
  dwellings.forEach((d, i) => {
    d.identInt = `DEMO-${String(i + 1).padStart(6, '0')}`;
    if (d.constructionType !== 'collective') return;
    if (!open || open.left === 0 || openCommune !== d.communeCode) {
      const n = (buildingSeq.get(d.communeCode) ?? 0) + 1;
      buildingSeq.set(d.communeCode, n);
      open = { code: `DEMO-${d.communeCode}-${String(n).padStart(3, '0')}`, left: 8 + Math.floor(random() * 32) };
      openCommune = d.communeCode;
    }
    d.buildingCode = open.code;
    open.left--;
  });

  const weighted = (count: number) => {
    const chosen: Commune[] = [];
    const total = communes.reduce((s, c) => s + c.population, 0);
    for (let k = 0; k < count; k++) {
      let r = random() * total;
      chosen.push(communes.find((c) => (r -= c.population) < 0) ?? communes[communes.length - 1]!);
    }
    return chosen;
  };
  const residenceKinds: EstablishmentKind[] = [
    ...Array(30).fill('autonomy_residence'),
    ...Array(16).fill('life_home'),
    ...Array(12).fill('accommodation_home'),
  ];
  const beds = apportion(
    f.residences.beds,
    residenceKinds.map(() => 0.5 + random()),
  );
  const kindName: Record<EstablishmentKind, string> = {
    autonomy_residence: 'Résidence autonomie',
    life_home: 'Foyer de vie',
    accommodation_home: "Foyer d'hébergement",
    beguinage: 'Béguinage',
  };
  const establishments: DemoEstablishment[] = weighted(f.residences.count).map((c, k) => ({
    kind: residenceKinds[k]!,
    name: `${kindName[residenceKinds[k]!]} de ${c.name} n° ${k + 1}`,
    communeCode: c.code,
    beds: beds[k]!,
    dwellings: null,
    managerName: residenceKinds[k] === 'autonomy_residence' ? `CCAS de ${c.name}` : 'Association gestionnaire',
  }));
  const beguinageDwellings = apportion(
    f.beguinages.dwellings,
    Array.from({ length: f.beguinages.count }, () => 0.5 + random()),
  );
  weighted(f.beguinages.count).forEach((c, k) =>
    establishments.push({
      kind: 'beguinage',
      name: `Béguinage de ${c.name} n° ${k + 1}`,
      communeCode: c.code,
      beds: null,
      dwellings: beguinageDwellings[k]!,
      managerName: 'Pas-de-Calais habitat',
    }),
  );
  return {
    dwellings,
    establishments,
    buildings: [...new Set(dwellings.map((d) => d.buildingCode).filter((b): b is string => b !== null))],
  };
}

const CHUNK = 10_000;

/** Inserts the demonstration stock of `organisationId` (nothing when it already has dwellings). */
export async function seedDemoStock(trx: Transaction<Database>, organisationId: string): Promise<void> {
  const existing = await trx
    .selectFrom('dwellings')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .limit(1)
    .executeTakeFirst();
  if (existing) return;
  const stock = generateDemoStock(communesOfDepartment('62'));
  const buildingIds = new Map<string, string>();
  const codes = stock.buildings;
  const names = codes.map((code) => `Résidence ${code.slice(-3)} (${code.slice(5, 10)})`);
  const communesOfBuildings = codes.map((code) => code.slice(5, 10));
  const inserted = await sql<{ id: string; code: string }>`
    insert into buildings (organisation_id, code, name, commune_code, is_demo, created_at)
    select ${organisationId}::uuid, code, name, commune_code, true, now() from unnest(${codes}::text[], ${names}::text[], ${communesOfBuildings}::text[]) as t(code, name, commune_code)
    returning id, code`.execute(trx);
  for (const b of inserted.rows) buildingIds.set(b.code, b.id);

  for (let start = 0; start < stock.dwellings.length; start += CHUNK) {
    const rows = stock.dwellings.slice(start, start + CHUNK);
    const col = <T>(pick: (d: DemoDwelling) => T) => rows.map(pick);
    await sql`
      insert into dwellings (organisation_id, dwelling_key, ident_int, commune_code, epci_code, territory, qpv_code, construction_type, rooms, surface,
        construction_year, financing, dpe_date, energy_class, ghg_class, building_id, is_demo, created_at, updated_at)
      select ${organisationId}::uuid, 'I:' || ident_int, ident_int, commune_code, epci_code, territory, qpv_code, construction_type, rooms, surface,
        construction_year, financing, dpe_date, energy_class, ghg_class, building_id, true, now(), now()
      from unnest(${col((d) => d.identInt)}::text[], ${col((d) => d.communeCode)}::text[], ${col((d) => d.epciCode)}::text[], ${col((d) => territoryOf(d.communeCode))}::text[],
        ${col((d) => d.qpvCode)}::text[], ${col((d) => d.constructionType)}::text[], ${col((d) => d.rooms)}::smallint[], ${col((d) => d.surface)}::numeric[],
        ${col((d) => d.constructionYear)}::smallint[], ${col((d) => d.financing)}::text[], ${col((d) => d.dpeDate)}::date[], ${col((d) => d.energyClass)}::text[],
        ${col((d) => d.ghgClass)}::text[], ${col((d) => (d.buildingCode ? buildingIds.get(d.buildingCode)! : null))}::uuid[])
        as t(ident_int, commune_code, epci_code, territory, qpv_code, construction_type, rooms, surface, construction_year, financing, dpe_date, energy_class, ghg_class, building_id)`.execute(
      trx,
    );
  }

  const now = new Date();
  await trx
    .insertInto('establishments')
    .values(
      stock.establishments.map((e) => ({
        organisation_id: organisationId,
        kind: e.kind,
        name: e.name,
        commune_code: e.communeCode,
        beds: e.beds,
        dwelling_count: e.dwellings,
        manager_name: e.managerName,
        is_demo: true,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
  await recordAudit(trx, SYSTEM_ACTOR, {
    entityType: 'stock',
    entityId: organisationId,
    action: 'seed',
    after: {
      demonstration: true,
      dwellings: stock.dwellings.length,
      buildings: codes.length,
      establishments: stock.establishments.length,
      figures: DEMO_FIGURES,
    },
  });
}

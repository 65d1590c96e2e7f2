import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Communes and EPCI from @etalab/decoupage-administratif (official geography, read once per
 * process: it is reference data, not state). A commune code of a former commune (commune
 * déléguée or associée) resolves to the current commune it belongs to, so that files of older
 * vintages still import.
 */
export interface Commune {
  code: string;
  name: string;
  department: string;
  epciCode: string | null;
  population: number;
}

interface RawCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  chefLieu?: string;
  population?: number;
}
interface RawEpci {
  code: string;
  nom: string;
  membres: { code: string }[];
}

interface Geography {
  communes: Map<string, Commune>;
  /** Former communes → their current commune's code. */
  formerCommunes: Map<string, string>;
  epciNames: Map<string, string>;
}

let geography: Geography | undefined;

function load(): Geography {
  const require = createRequire(import.meta.url);
  const read = <T>(file: string): T =>
    JSON.parse(readFileSync(require.resolve(`@etalab/decoupage-administratif/data/${file}.json`), 'utf8')) as T;
  const epcis = read<RawEpci[]>('epci');
  const epciOf = new Map<string, string>();
  const epciNames = new Map<string, string>();
  for (const e of epcis) {
    epciNames.set(e.code, e.nom);
    for (const m of e.membres) epciOf.set(m.code, e.code);
  }
  const communes = new Map<string, Commune>();
  const formerCommunes = new Map<string, string>();
  for (const c of read<RawCommune[]>('communes')) {
    if (c.type === 'commune-actuelle') {
      communes.set(c.code, {
        code: c.code,
        name: c.nom,
        department: c.departement ?? '',
        epciCode: epciOf.get(c.code) ?? null,
        population: c.population ?? 0,
      });
    } else if (c.chefLieu) {
      formerCommunes.set(c.code, c.chefLieu);
    }
  }
  return { communes, formerCommunes, epciNames };
}

function data(): Geography {
  geography ??= load();
  return geography;
}

/** The current commune a code designates (itself, or the commune a former commune joined), or null. */
export function findCommune(code: string): Commune | null {
  const { communes, formerCommunes } = data();
  const direct = communes.get(code);
  if (direct) return direct;
  const current = formerCommunes.get(code);
  return current ? (communes.get(current) ?? null) : null;
}

export function communeName(code: string): string {
  return data().communes.get(code)?.name ?? code;
}

export function epciName(code: string | null): string | null {
  return code === null ? null : (data().epciNames.get(code) ?? code);
}

/** The current communes of a department, in code order. */
export function communesOfDepartment(department: string): Commune[] {
  return [...data().communes.values()]
    .filter((c) => c.department === department)
    .sort((a, b) => a.code.localeCompare(b.code));
}

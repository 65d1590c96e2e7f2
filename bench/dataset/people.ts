import { scryptSync } from 'node:crypto';
import type { Role } from '../../src/contracts/access';
import { ref, type Cell, type SqlWriter } from './sql';
import { at, type Rng } from './random';

/**
 * The accounts of the dataset: enough people of every role for the load scenario's 200 readers and
 * 10 writers, in the Département (coordinators, agents, controllers of Article 5, elected members
 * of the COPIL) and in the office (manager, agents). They all share one password, written in the
 * manifest; its hash has the form and the cost of passwords.ts (scrypt N=2^15, r=8, p=1).
 */

export const BENCH_PASSWORD = 'Banc-de-mesure-Copil-2024';

export interface Person {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organisation: 'office' | 'department';
}

const HEADCOUNT: { role: Role; organisation: Person['organisation']; count: number }[] = [
  { role: 'office_manager', organisation: 'office', count: 4 },
  { role: 'office_agent', organisation: 'office', count: 70 },
  { role: 'coordinator', organisation: 'department', count: 6 },
  { role: 'department_agent', organisation: 'department', count: 60 },
  { role: 'controller', organisation: 'department', count: 20 },
  { role: 'elected_member', organisation: 'department', count: 50 },
];

export const FIRST_NAMES = [
  'Camille',
  'Julien',
  'Nathalie',
  'Olivier',
  'Sophie',
  'Thomas',
  'Isabelle',
  'Nicolas',
  'Céline',
  'Sébastien',
  'Aurélie',
  'Mathieu',
  'Sandrine',
  'David',
  'Virginie',
  'Frédéric',
  'Émilie',
  'Laurent',
  'Delphine',
  'Stéphane',
];
export const LAST_NAMES = [
  'Lefebvre',
  'Dupont',
  'Lemaire',
  'Duhamel',
  'Caron',
  'Delattre',
  'Fontaine',
  'Leclercq',
  'Dubois',
  'Hennebelle',
  'Vasseur',
  'Carpentier',
  'Deldicque',
  'Lecomte',
  'Wallart',
  'Boulanger',
  'Dumont',
  'Lambert',
  'Poulain',
  'Flament',
];

function hashFor(password: string, rng: Rng): string {
  const N = 2 ** 15;
  const salt = Buffer.from(Array.from({ length: 16 }, () => rng.int(0, 255)));
  const key = scryptSync(password.normalize('NFC'), salt, 32, { N, r: 8, p: 1, maxmem: 256 * N * 8 + 1024 * 1024 });
  return ['scrypt', N, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

export function generatePeople(rng: Rng): Person[] {
  const people: Person[] = [];
  for (const { role, organisation, count } of HEADCOUNT) {
    for (let i = 1; i <= count; i++) {
      const first = rng.pick(FIRST_NAMES);
      const last = rng.pick(LAST_NAMES);
      const slug = role.replace('_', '-');
      people.push({
        id: rng.uuid(),
        email: `${slug}.${String(i).padStart(3, '0')}@banc.copil.local`,
        displayName: `${first} ${last.toUpperCase()}`,
        role,
        organisation,
      });
    }
  }
  return people;
}

export async function writePeople(out: SqlWriter, people: Person[], rng: Rng, createdOn: string) {
  const hash = hashFor(BENCH_PASSWORD, rng);
  const rows: Cell[][] = people.map((p) => [
    p.id,
    p.email,
    p.displayName,
    ref(p.organisation),
    [p.role],
    hash,
    at(createdOn, 8),
  ]);
  await out.insert(
    'users',
    ['id', 'email', 'display_name', 'organisation_id', 'roles', 'password_hash', 'created_at'],
    rows,
  );
}

/** The people of a role, to act as the authors of what the dataset records. */
export class Cast {
  readonly byRole = new Map<Role, Person[]>();
  constructor(people: Person[]) {
    for (const p of people) this.byRole.set(p.role, [...(this.byRole.get(p.role) ?? []), p]);
  }
  of(role: Role, index = 0): Person {
    const list = this.byRole.get(role)!;
    return list[index % list.length]!;
  }
  any(role: Role, rng: Rng): Person {
    return rng.pick(this.byRole.get(role)!);
  }
}

import type { BodyKind } from '../../../contracts/governance';

/**
 * Pure rules of COPIL and COTECH meetings: who may co-chair a COPIL (Article 4 §1 of the
 * convention: « co-présidé par le Président du Département ou son représentant et par le Président
 * de Pas-de-Calais habitat ou son représentant »), and how a meeting's participants are completed
 * by the body's standing members and its co-chairs without listing anyone twice.
 */

export interface Problem {
  field: string;
  message: string;
}

export type PartySide = 'department' | 'landlord';

export interface CoChairCandidate {
  memberId: string;
  name: string;
  /** The person's organisation in Copil, when known. */
  organisationId: string | null;
}

export interface PartyIds {
  department: string | null;
  landlord: string | null;
}

const PARTY_LABEL: Record<PartySide, string> = { department: 'le Département', landlord: 'Pas-de-Calais habitat' };

/**
 * Problems with a COPIL's co-chairs: only a steering committee is co-chaired; each co-chair
 * represents their own party (a person known to belong to the other party is refused); the two are
 * two different people. A co-chair may be left empty until known.
 */
export function coChairProblems(
  kind: BodyKind,
  chairs: Record<PartySide, CoChairCandidate | null>,
  parties: PartyIds,
): Problem[] {
  if (kind !== 'steering_committee')
    return [
      {
        field: 'department',
        message:
          "Seul le comité de pilotage est coprésidé (article 4 de la convention) : cette instance n'a pas de coprésidents.",
      },
    ];
  const problems: Problem[] = [];
  for (const side of ['department', 'landlord'] as const) {
    const chair = chairs[side];
    if (!chair) continue;
    const other: PartySide = side === 'department' ? 'landlord' : 'department';
    if (chair.organisationId !== null && chair.organisationId === parties[other])
      problems.push({
        field: side,
        message: `${chair.name} appartient à ${PARTY_LABEL[other]} : ${chair.name} ne peut coprésider pour ${PARTY_LABEL[side]}.`,
      });
  }
  if (chairs.department && chairs.landlord && chairs.department.memberId === chairs.landlord.memberId)
    problems.push({
      field: 'landlord',
      message: `${chairs.landlord.name} ne peut coprésider pour les deux parties : chaque partie désigne son coprésident.`,
    });
  return problems;
}

export interface ParticipantRow {
  memberId: string;
  status: 'present' | 'excused' | 'absent' | 'represented';
}

/**
 * The participants once `added` are invited: those already listed keep their place and status,
 * each newcomer is appended present, in the order given, once.
 */
export function withParticipants(existing: ParticipantRow[], added: string[]): ParticipantRow[] {
  const out = [...existing];
  const seen = new Set(existing.map((p) => p.memberId));
  for (const memberId of added) {
    if (seen.has(memberId)) continue;
    seen.add(memberId);
    out.push({ memberId, status: 'present' });
  }
  return out;
}

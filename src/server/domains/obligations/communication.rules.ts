/**
 * The invitation workflow of Article 6, pure: the office submits a draft; the Département
 * validates it or asks for changes; after changes the office submits a new version. Printing is
 * allowed once the last version is validated, and a validated invitation is final.
 */
export type InvitationStatus = 'none' | 'submitted' | 'changes_requested' | 'validated';

export function invitationStatus(versions: { decision: 'changes_requested' | 'validated' | null }[]): InvitationStatus {
  const last = versions.at(-1);
  if (!last) return 'none';
  return last.decision ?? 'submitted';
}

export const maySubmitInvitation = (status: InvitationStatus) => status === 'none' || status === 'changes_requested';
export const mayDecideInvitation = (status: InvitationStatus) => status === 'submitted';
export const printingReady = (status: InvitationStatus) => status === 'validated';

/** Asking for changes needs a word on what to change. */
export const decisionNeedsComment = (decision: 'changes_requested' | 'validated') => decision === 'changes_requested';

import type { CurrentUser, Role } from '../../contracts/access';

/** The navigation lists only pages that exist and that the user may open (same rules as the API's policies). */
export interface NavItem {
  to: string;
  label: string;
  roles: Role[] | 'all';
}

export const navItems: NavItem[] = [
  { to: '/', label: 'Conventions', roles: 'all' },
  // A stock is read by its landlord's users, its conventions' partners (every role) and the administrator (housing.policy.ts).
  { to: '/patrimoine', label: 'Patrimoine', roles: 'all' },
  { to: '/journal', label: "Journal d'audit", roles: ['admin', 'controller', 'coordinator'] },
  { to: '/organisations', label: 'Organisations', roles: ['admin'] },
  { to: '/comptes', label: 'Comptes', roles: ['admin'] },
];

export function visibleNav(user: CurrentUser): NavItem[] {
  return navItems.filter((item) => item.roles === 'all' || user.roles.some((r) => (item.roles as Role[]).includes(r)));
}

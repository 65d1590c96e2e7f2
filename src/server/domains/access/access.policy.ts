import { isPlatformAdmin, type Principal } from '../../kernel/principal';

/** Platform administrators manage organisations and accounts. */
export const canManageAccounts = (p: Principal) => isPlatformAdmin(p);

import { useMemo } from 'react';
import { agencyRefOf } from '../../shared/identity';
import type { Actor } from '../db/audit';
import { useSession } from '../features/session';
import { useIdentity } from './identityContext';

/**
 * The signed-in staff member and this office's agency: the author of every entry, print, export
 * and audit record. The name is the account's (shared/keyring.ts), never typed anywhere.
 */
export function useActor(): Actor {
  const { account } = useSession();
  const { identity } = useIdentity();
  const name = account?.name ?? '';
  return useMemo(() => ({ name, agency: agencyRefOf(identity) }), [identity, name]);
}

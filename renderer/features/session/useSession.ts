import { useMemo, useSyncExternalStore } from 'react';
import type { Account } from '../../../shared/keyring';
import { may, mayActAs, type Permission, type Role } from '../../../shared/session/roles';
import {
  lock,
  sessionSnapshot,
  signOut,
  subscribeSession,
  type LockReason,
  type SessionState,
} from './session';

/** The session's state as components see it (re-rendered when it changes). */
export function useSessionState(): SessionState {
  return useSyncExternalStore(subscribeSession, sessionSnapshot);
}

export type SessionApi = {
  /** The signed-in account; null when nobody is (screens behind sign-in never see null). */
  readonly account: Account | null;
  readonly role: Role | null;
  /** Whether the signed-in person may act as `role` (a supervisor acts as staff too). */
  readonly mayActAs: (role: Role) => boolean;
  /** Whether the signed-in person may take the action (shared/session/roles.ts PERMISSIONS). */
  readonly may: (permission: Permission) => boolean;
  readonly lock: (reason?: LockReason) => void;
  readonly signOut: () => void;
};

/**
 * The one role check every feature uses: `useSession().mayActAs('supervisor')`,
 * `useSession().may('risk-lower')`. Outside React, `currentRole()` (session.ts).
 */
export function useSession(): SessionApi {
  const state = useSessionState();
  const account = state.phase === 'unlocked' ? state.account : null;
  return useMemo(() => {
    const role = account?.role ?? null;
    return {
      account,
      role,
      mayActAs: (r: Role) => mayActAs(role, r),
      may: (p: Permission) => may(role, p),
      lock: (reason: LockReason = 'command') => void lock(reason),
      signOut: () => void signOut(),
    };
  }, [account]);
}

/** The signed-in person's role (null when nobody is): the short form of useSession().role. */
export function useRole(): Role | null {
  return useSession().role;
}

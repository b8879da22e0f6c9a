import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { AgencyDetails, AgencyIdentity } from '../../shared/identity';
import type { Result } from '../../shared/result';
import { recordWorkspace } from '../db/workspaceRepo';
import { invoke } from '../host';
import { now } from './clock';

type IdentityApi = {
  /** This office: its agency, installation and signing key's fingerprint. */
  readonly identity: AgencyIdentity;
  /** Renames the agency (or changes its kind or district) in the host and the workspace record. */
  readonly update: (details: AgencyDetails) => Promise<Result<AgencyIdentity>>;
};

const IdentityContext = createContext<IdentityApi | null>(null);

export function IdentityProvider({
  initial,
  onUpdated,
  children,
}: {
  initial: AgencyIdentity;
  /** Told after each change the host accepted (the audit log records it). */
  onUpdated?: (identity: AgencyIdentity) => void;
  children: ReactNode;
}) {
  const [identity, setIdentity] = useState(initial);
  const update = useCallback(
    async (details: AgencyDetails) => {
      const result = await invoke('identity-update', details);
      if (result.ok) {
        await recordWorkspace(result.value, now().instant);
        setIdentity(result.value);
        onUpdated?.(result.value);
      }
      return result;
    },
    [onUpdated],
  );
  const value = useMemo(() => ({ identity, update }), [identity, update]);
  return <IdentityContext.Provider value={value}>{children}</IdentityContext.Provider>;
}

export function useIdentity(): IdentityApi {
  const api = useContext(IdentityContext);
  if (!api) throw new Error('useIdentity outside IdentityProvider');
  return api;
}

import { useMemo } from 'react';
import { agencyRefOf } from '../../shared/identity';
import type { Actor } from '../db/audit';
import { useIdentity } from './identityContext';
import { useSettings } from './settingsContext';

/** The signed-in staff member and this office's agency, as entries and the audit log name them. */
export function useActor(): Actor {
  const { settings } = useSettings();
  const { identity } = useIdentity();
  return useMemo(
    () => ({ name: settings.staffName, agency: agencyRefOf(identity) }),
    [identity, settings.staffName],
  );
}

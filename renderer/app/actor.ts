import { useMemo } from 'react';
import type { Actor } from '../db/audit';
import { useSettings } from './settingsContext';

/** The signed-in staff member and agency, as entries and the audit log name them. */
export function useActor(): Actor {
  const { settings } = useSettings();
  return useMemo(() => {
    const a = settings.agency;
    if (!a) throw new Error('Setup is not complete');
    return { name: settings.staffName, agency: { id: a.id, name: a.name, kind: a.kind } };
  }, [settings.agency, settings.staffName]);
}

import { useEffect, useRef } from 'react';
import type { Settings } from '../../../shared/settings';
import { useSettings } from '../../app/settingsContext';
import { auditSession } from './session';
import { useSession } from './useSession';

/** Every settings change made while someone is signed in goes to the audit log: which, and to what. */
export function useSettingsAudit(): void {
  const { settings } = useSettings();
  const { account } = useSession();
  const previous = useRef(settings);
  useEffect(() => {
    const before = previous.current;
    previous.current = settings;
    if (!account || before === settings) return;
    const changed = (Object.keys(settings) as (keyof Settings)[]).filter(
      (k) => k !== 'version' && before[k] !== settings[k],
    );
    if (changed.length > 0)
      void auditSession(
        account,
        'settings-changed',
        changed.map((k) => `${k}: ${String(settings[k])}`).join('; '),
      );
  }, [settings, account]);
}

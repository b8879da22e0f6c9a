import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Settings, SettingsPatch } from '../../shared/settings';
import type { Result } from '../../shared/result';
import { invoke } from '../host';

type SettingsApi = {
  readonly settings: Settings;
  /** Saves a change through the host; the screen updates only when the host accepted it. */
  readonly update: (patch: SettingsPatch) => Promise<Result<Settings>>;
};

const SettingsContext = createContext<SettingsApi | null>(null);

export function SettingsProvider({ initial, children }: { initial: Settings; children: ReactNode }) {
  const [settings, setSettings] = useState(initial);
  const update = useCallback(async (patch: SettingsPatch) => {
    const result = await invoke('settings-set', patch);
    if (result.ok) setSettings(result.value);
    return result;
  }, []);
  const value = useMemo(() => ({ settings, update }), [settings, update]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsApi {
  const api = useContext(SettingsContext);
  if (!api) throw new Error('useSettings outside SettingsProvider');
  return api;
}

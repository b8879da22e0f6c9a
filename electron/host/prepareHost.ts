/**
 * What the host does at start-up, before any window can ask for anything: settings written by an
 * older version (version 1 held the agency) move the agency into the identity file, keeping its
 * id, so the office's cases stay its own. Runs in the app (main.ts) and the e2e harness alike.
 */
import { legacyAgencyOf, restoreSettings } from '../../shared/settings';
import { identityOf } from './createHost';
import type { HostPorts } from './ports';

export async function prepareHost(ports: HostPorts): Promise<void> {
  const stored = await ports.settings.read();
  const legacy = legacyAgencyOf(stored);
  if (legacy) {
    const identity = identityOf(ports);
    const existing = await identity.get();
    if (existing.ok && existing.value === null) {
      const { id, name, kind, district } = legacy;
      const created = await identity.create({ name, kind: kind as never, district }, id);
      if (!created.ok) {
        ports.log.error('moving the agency to the identity file failed', created.error.code);
        return; // the settings keep the agency, so the next start tries again
      }
    }
  }
  await ports.settings.write(restoreSettings(stored));
}

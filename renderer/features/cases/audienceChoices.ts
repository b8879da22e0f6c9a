import type { AgencyRef } from '../../../shared/domain/agencies';
import type { EffectiveEntry } from '../../../shared/domain/timeline';

/**
 * The agencies a document can be addressed to: those that wrote on the case and those named by
 * its restricted entries (an agency may be named without having written anything), not this one.
 */
export function partnersOf(
  writers: readonly AgencyRef[],
  effective: readonly EffectiveEntry[],
  own: string,
): AgencyRef[] {
  const byId = new Map<string, AgencyRef>();
  for (const a of writers) byId.set(a.id, a);
  for (const { entry } of effective)
    if (entry.confidentiality.level === 'restricted')
      for (const a of entry.confidentiality.agencies) if (!byId.has(a.id)) byId.set(a.id, a);
  byId.delete(own);
  return [...byId.values()];
}

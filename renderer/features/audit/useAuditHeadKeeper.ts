import { useEffect } from 'react';
import type { ChainLink } from '../../../shared/audit/chain';
import { watchAuditHead } from '../../db/auditLog';
import { invoke } from '../../host';

/**
 * Keeps the host's copy of the audit chain's newest link current: after every append, by anyone,
 * locked or not (a failed unlock is recorded while locked). Links go to the host in order, and
 * only forward, as the host accepts them.
 */
export function useAuditHeadKeeper(): void {
  useEffect(() => {
    let sent = 0;
    let chain: Promise<unknown> = Promise.resolve();
    const stop = watchAuditHead((head: ChainLink | null) => {
      if (!head || head.seq <= sent) return;
      sent = head.seq;
      chain = chain.then(() => invoke('audit-head-set', head));
    });
    return stop;
  }, []);
}

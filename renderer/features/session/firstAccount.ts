import type { Account, EncryptionState } from '../../../shared/keyring';
import { ok, type Result } from '../../../shared/result';
import { invoke } from '../../host';
import { newOfficeKeys } from './keys';
import { auditSession, beginSession } from './session';

/**
 * The office's first account, an administrator, and its data key: made at first-run setup, or
 * when an installation from before staff accounts is upgraded (`encryption` 'pending': its case
 * data is then encrypted, resumably). The new administrator is signed in at once.
 */
export async function createFirstAdministrator(
  name: string,
  passphrase: string,
  encryption: EncryptionState,
): Promise<Result<Account>> {
  const { keys, wrapped } = await newOfficeKeys(passphrase);
  const created = await invoke('keyring-create', {
    name: name.trim(),
    wrappedKey: wrapped,
    hostKey: keys.host,
    encryption,
  });
  if (!created.ok) return created;
  const { account, state } = created.value;
  await beginSession(account, keys, state);
  await auditSession(account, 'staff-added', `${account.name}: administrator`);
  await auditSession(account, 'sign-in');
  return ok(account);
}

/**
 * Making a backup (administrators): the header, every table's rows a chunk at a time, the
 * host's files (staff accounts, identity, settings; keys wrapped), then the end, each chunk
 * encrypted under the session's backup key (shared/backup/format.ts). The file appears under
 * its name only when complete; stopped at any point, it leaves nothing behind.
 */
import {
  BACKUP_CHUNK_ROWS,
  BACKUP_FORMAT_VERSION,
  BACKUP_MAGIC,
  sealChunk,
  type BackupHeader,
} from '../../../shared/backup/format';
import { makeKeyCheck } from '../../../shared/crypto/passphrase';
import { newId } from '../../../shared/ids';
import type { Account } from '../../../shared/keyring';
import { fail, ok, type Result } from '../../../shared/result';
import { now } from '../../app/clock';
import { databaseVersion, forEachRowChunk } from '../../db/backupRows';
import { invoke } from '../../host';
import { auditSession, type SessionKeys } from '../session';

/** Text gathered before each write to the host. */
const WRITE_CHARS = 4 * 1024 * 1024;

export type BackupProgress = { readonly done: number; readonly total: number };

export async function makeBackup(
  input: {
    readonly account: Account;
    readonly keys: SessionKeys;
    readonly agency: { readonly id: string; readonly name: string };
    readonly title: string;
    readonly suggestedName: string;
  },
  onProgress: (p: BackupProgress) => void,
): Promise<Result<{ readonly path: string; readonly bytes: number } | null>> {
  const [info, keyring, hostFiles, settings] = await Promise.all([
    invoke('app-info', undefined),
    invoke('keyring-get', undefined),
    invoke('backup-host-files', undefined),
    invoke('settings-get', undefined),
  ]);
  if (!hostFiles.ok) return hostFiles;
  if (!keyring.ok) return keyring;
  if (!settings.ok) return settings;
  const admins = (keyring.value?.accounts ?? []).filter((a) => a.role === 'administrator' && a.active);
  if (admins.length === 0) return fail('not-permitted', 'No active administrator to open the backup.');

  const begun = await invoke('backup-begin', { title: input.title, suggestedName: input.suggestedName });
  if (!begun.ok || begun.value === null) return begun.ok ? ok(null) : begun;
  const { id } = begun.value;
  const createdAt = now().instant;
  const header: BackupHeader = {
    format: 'caseline-backup',
    version: BACKUP_FORMAT_VERSION,
    backupId: newId<'BackupId'>(),
    createdAt,
    app: info.ok ? info.value.version : '',
    schema: databaseVersion(),
    agency: { id: input.agency.id, name: input.agency.name },
    keys: admins.map((a) => ({ account: a.id, wrapped: a.wrappedKey })),
    check: await makeKeyCheck(input.keys.backup),
  };

  let buffer = `${BACKUP_MAGIC}\n${JSON.stringify(header)}\n`;
  let index = 0;
  const flush = async (force: boolean) => {
    if (buffer.length < WRITE_CHARS && !force) return;
    const text = buffer;
    buffer = '';
    const written = await invoke('backup-write', { id, text });
    if (!written.ok) throw new BackupWriteError(written.error.code, written.error.message);
  };
  const add = async (part: Parameters<typeof sealChunk>[3]) => {
    buffer += `${await sealChunk(input.keys.backup, header.backupId, index++, part)}\n`;
    await flush(false);
  };

  try {
    let done = 0;
    const rows = await forEachRowChunk(BACKUP_CHUNK_ROWS, async (table, chunk, total) => {
      await add({ part: 'rows', table, rows: [...chunk] });
      done += chunk.length;
      onProgress({ done, total });
    });
    await add({ part: 'host', ...hostFiles.value, settings: settings.value });
    await add({ part: 'end', chunks: index, rows });
    await flush(true);
  } catch (e) {
    await invoke('backup-abort', { id });
    if (e instanceof BackupWriteError) return fail(e.code, e.message);
    throw e;
  }
  const finished = await invoke('backup-finish', { id, createdAt });
  if (finished.ok)
    await auditSession(input.account, 'backup', finished.value.path.split(/[\\/]/).pop() ?? '');
  return finished;
}

class BackupWriteError extends Error {
  constructor(
    readonly code: Extract<Result<never>, { ok: false }>['error']['code'],
    message: string,
  ) {
    super(message);
    this.name = 'BackupWriteError';
  }
}

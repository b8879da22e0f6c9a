/**
 * Restoring a backup into an empty installation. The whole file is verified before anything is
 * written (every chunk decrypts under the backup key at its place, the tables exist here, the
 * end is present and counts what came before), so a corrupt, cut-short or foreign file changes
 * nothing. Then the host notes the restore, the rows are written, and the host writes the staff
 * accounts, identity and settings; stopped anywhere after the note, the next start finishes it.
 */
import { openChunk, readHeader, type BackupHeader, type BackupProblem } from '../../../shared/backup/format';
import { verifyKeyCheck } from '../../../shared/crypto/passphrase';
import { newId } from '../../../shared/ids';
import type { HostErrorCode } from '../../../shared/result';
import { now } from '../../app/clock';
import { appendAudit } from '../../db/audit';
import {
  addRows,
  clearDatabase,
  databaseVersion,
  isDatabaseEmpty,
  restoredRows,
  tableNames,
} from '../../db/backupRows';
import { invoke } from '../../host';
import { unlockKeys, type SessionKeys } from '../session';
import { lineReader, nextLine, type LineReader } from './lineReader';

export type RestoreFailure =
  | { readonly kind: 'file'; readonly problem: BackupProblem }
  | { readonly kind: 'host'; readonly code: HostErrorCode };

export type OpenedBackup = {
  readonly reader: LineReader;
  readonly header: BackupHeader;
  readonly name: string;
};

type Host = { keyring: unknown; identity: unknown; settings: unknown };

/** Opens a backup (chosen in a dialog, or the one an interrupted restore was reading) and reads its header. */
export async function openBackup(
  source: { readonly title: string } | 'resume',
): Promise<{ ok: true; backup: OpenedBackup } | { ok: false; failure: RestoreFailure } | null> {
  const opened =
    source === 'resume' ? await invoke('restore-reopen', undefined) : await invoke('backup-open', source);
  if (!opened.ok) return { ok: false, failure: { kind: 'host', code: opened.error.code } };
  if (opened.value === null) return null;
  const reader = lineReader(opened.value);
  const magic = await reader.next();
  const header = magic.ok && magic.value !== null ? await reader.next() : magic;
  if (!magic.ok || !header.ok) {
    await reader.close();
    return { ok: false, failure: { kind: 'file', problem: 'not-a-backup' } };
  }
  const read = readHeader(magic.value ?? undefined, header.value ?? undefined);
  if (!read.ok) {
    await reader.close();
    return { ok: false, failure: { kind: 'file', problem: read.problem } };
  }
  if (read.header.schema !== databaseVersion()) {
    await reader.close();
    return { ok: false, failure: { kind: 'file', problem: 'other-schema' } };
  }
  return { ok: true, backup: { reader, header: read.header, name: opened.value.name } };
}

/** The session keys of the backup, from an administrator's passphrase, and whose it is. */
export async function unlockBackup(
  header: BackupHeader,
  passphrase: string,
): Promise<{ keys: SessionKeys; accountId: string } | null> {
  for (const k of header.keys) {
    const opened = await unlockKeys(k.wrapped, passphrase);
    if (opened.ok && (await verifyKeyCheck(opened.keys.backup, header.check)))
      return { keys: opened.keys, accountId: k.account };
  }
  return null;
}

/** Reads every chunk after the header; `use` sees each part in order. */
async function eachPart(
  reader: LineReader,
  header: BackupHeader,
  key: CryptoKey,
  onPart: (part: Awaited<ReturnType<typeof openChunk>> & { ok: true }) => Promise<void>,
): Promise<{ ok: true; host: Host } | { ok: false; problem: BackupProblem }> {
  const known = new Set(tableNames());
  const counted: Record<string, number> = {};
  let host: Host | null = null;
  for (let index = 0; ; index++) {
    const line = await nextLine(reader);
    if (!line.ok) return { ok: false, problem: 'damaged' };
    if (line.value === null) return { ok: false, problem: 'incomplete' };
    const opened = await openChunk(key, header.backupId, index, line.value);
    if (!opened.ok) return { ok: false, problem: 'damaged' };
    const part = opened.part;
    switch (part.part) {
      case 'rows':
        if (!known.has(part.table)) return { ok: false, problem: 'other-schema' };
        counted[part.table] = (counted[part.table] ?? 0) + part.rows.length;
        break;
      case 'host':
        if (host) return { ok: false, problem: 'damaged' };
        host = part;
        break;
      case 'end': {
        const rest = await nextLine(reader);
        const countsMatch = Object.entries(part.rows).every(([t, n]) => (counted[t] ?? 0) === n);
        if (!rest.ok || rest.value !== null || part.chunks !== index || !countsMatch || !host)
          return { ok: false, problem: 'damaged' };
        await onPart(opened);
        return { ok: true, host };
      }
    }
    await onPart(opened);
  }
}

/**
 * Verifies the whole file, then restores it. `phase` tells the screen which pass runs, with the
 * fraction of the file read. Nothing is written unless the whole file verified.
 */
export async function restoreBackup(
  backup: OpenedBackup,
  unlocked: { readonly keys: SessionKeys; readonly accountId: string },
  resuming: boolean,
  onProgress: (phase: 'checking' | 'writing', fraction: number) => void,
): Promise<{ ok: true } | { ok: false; failure: RestoreFailure }> {
  const { reader, header } = backup;
  const fraction = (r: LineReader) => {
    const p = r.progress();
    return p.size === 0 ? 1 : p.read / p.size;
  };
  const checked = await eachPart(reader, header, unlocked.keys.backup, () => {
    onProgress('checking', fraction(reader));
    return Promise.resolve();
  });
  if (!checked.ok) {
    await reader.close();
    return { ok: false, failure: { kind: 'file', problem: checked.problem } };
  }
  if (!resuming && !(await isDatabaseEmpty())) {
    await reader.close();
    return { ok: false, failure: { kind: 'host', code: 'not-empty' } };
  }
  const begun = await invoke('restore-begin', { id: reader.id, backupId: header.backupId });
  await reader.close();
  if (!begun.ok) return { ok: false, failure: { kind: 'host', code: begun.error.code } };

  // From here on the host's note makes an interruption finish on the next start.
  const again = await openBackup('resume');
  if (!again?.ok) return again ?? { ok: false, failure: { kind: 'host', code: 'backup-unreadable' } };
  const second = again.backup.reader;
  await clearDatabase();
  const written = await eachPart(second, header, unlocked.keys.backup, async ({ part }) => {
    if (part.part === 'rows' && part.rows.length > 0) await addRows(part.table, part.rows);
    onProgress('writing', fraction(second));
  });
  await second.close();
  if (!written.ok) return { ok: false, failure: { kind: 'file', problem: written.problem } };
  restoredRows();
  const { keyring, identity, settings } = written.host;
  const finished = await invoke('restore-finish', {
    keyring,
    identity,
    settings,
    backupAt: header.createdAt,
  });
  if (!finished.ok) return { ok: false, failure: { kind: 'host', code: finished.error.code } };
  const who = finished.value.keyring.accounts.find((a) => a.id === unlocked.accountId);
  await appendAudit([
    {
      id: newId<'AuditId'>(),
      at: now().instant,
      actor: who?.name ?? '',
      agencyId: finished.value.identity.agency.id,
      action: 'restore',
      caseId: null,
      detail: `${backup.name}, ${header.createdAt}`,
    },
  ]);
  return { ok: true };
}

/** Gives up an interrupted restore: the database is emptied again and the host's note removed. */
export async function cancelRestore(): Promise<void> {
  await clearDatabase();
  await invoke('restore-cancel', undefined);
}

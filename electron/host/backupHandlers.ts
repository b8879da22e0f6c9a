/**
 * Host handlers for backups and restores. The host moves the file's text (backupFiles.ts),
 * supplies what it keeps (staff accounts and identity, keys wrapped, without this computer's
 * keychain seal) and, on restore, writes them back. Restores go only into an empty
 * installation, and a note (restore.json) makes one interrupted at any point finish on the next
 * start instead of leaving half an office.
 */
import { basename } from 'node:path';
import * as v from 'valibot';
import { isInstant } from '../../shared/dates';
import type { HostHandlers } from '../../shared/ipc';
import { fail, ok, type Result } from '../../shared/result';
import { restoreSettings } from '../../shared/settings';
import type { AuditHeadStore } from './auditHead';
import { MAX_BACKUP_CHUNK, type BackupFiles } from './backupFiles';
import { PORTABLE_IDENTITY, type IdentityStore } from './identityStore';
import type { JsonFilePort } from './jsonFile';
import { PORTABLE_KEYRING, type KeyringStore } from './keyring';
import type { DialogPort, LogPort, SettingsPort } from './ports';
import { isPlainFileName } from './validate';

export const BACKUP_EXTENSION = 'caseline-backup';
const FILTERS = [{ name: 'Caseline backup', extensions: [BACKUP_EXTENSION] }] as const;

const title = v.pipe(v.string(), v.maxLength(255));
const id = v.pipe(v.string(), v.uuid());
const BEGIN = v.strictObject({ title, suggestedName: v.custom<string>(isPlainFileName, 'bad name') });
const WRITE = v.strictObject({ id, text: v.pipe(v.string(), v.maxLength(MAX_BACKUP_CHUNK)) });
const FINISH = v.strictObject({ id, createdAt: v.custom<string>(isInstant, 'bad time') });
const ID = v.strictObject({ id });
const OPEN = v.strictObject({ title });
const READ = v.strictObject({
  id,
  maxChars: v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(MAX_BACKUP_CHUNK)),
});
const RESTORE_BEGIN = v.strictObject({ id, backupId: id });
const RESTORE_FINISH = v.strictObject({
  keyring: PORTABLE_KEYRING,
  identity: PORTABLE_IDENTITY,
  settings: v.unknown(),
  backupAt: v.custom<string>(isInstant, 'bad time'),
});
const JOURNAL = v.strictObject({ backupId: id, path: v.string() });

type BackupMethods =
  | 'backup-begin'
  | 'backup-write'
  | 'backup-finish'
  | 'backup-abort'
  | 'backup-host-files'
  | 'backup-open'
  | 'backup-read'
  | 'backup-close'
  | 'restore-begin'
  | 'restore-status'
  | 'restore-reopen'
  | 'restore-finish'
  | 'restore-cancel';

function parse<S extends v.GenericSchema>(schema: S, arg: unknown, what: string): Result<v.InferOutput<S>> {
  const parsed = v.safeParse(schema, arg);
  return parsed.success ? ok(parsed.output) : fail('invalid-argument', `Invalid ${what}.`);
}

export function backupHandlers(deps: {
  readonly keyring: KeyringStore;
  readonly identity: IdentityStore;
  readonly auditHead: AuditHeadStore;
  readonly settings: SettingsPort;
  readonly dialogs: DialogPort;
  readonly files: BackupFiles;
  readonly journal: JsonFilePort;
  readonly log: LogPort;
  readonly onSettingsSaved?: (settings: ReturnType<typeof restoreSettings>) => void;
}): Pick<HostHandlers, BackupMethods> {
  const { keyring, identity, auditHead, settings, dialogs, files, journal, log } = deps;

  async function readJournal(): Promise<v.InferOutput<typeof JOURNAL> | null> {
    try {
      const parsed = v.safeParse(JOURNAL, await journal.read());
      return parsed.success ? parsed.output : null;
    } catch {
      return null;
    }
  }

  /** No staff accounts and no identity: nothing a restore could overwrite. */
  async function isEmpty(): Promise<boolean> {
    const current = await identity.get();
    return !(await keyring.exists()) && current.ok && current.value === null;
  }

  return {
    'backup-begin': async (arg) => {
      const allowed = keyring.requireRole('administrator');
      if (!allowed.ok) return allowed;
      const p = parse(BEGIN, arg, 'backup request');
      if (!p.ok) return p;
      const path = await dialogs.chooseSavePath({ ...p.value, filters: FILTERS });
      if (path === null) return ok(null);
      const begun = await files.begin(path);
      return begun.ok ? ok({ id: begun.value.id, path }) : begun;
    },

    'backup-write': async (arg) => {
      const p = parse(WRITE, arg, 'backup text');
      return p.ok ? files.write(p.value.id, p.value.text) : p;
    },

    'backup-finish': async (arg) => {
      const p = parse(FINISH, arg, 'backup');
      if (!p.ok) return p;
      const finished = await files.finish(p.value.id);
      if (finished.ok) await keyring.backupWritten(p.value.createdAt);
      return finished;
    },

    'backup-abort': async (arg) => {
      const p = parse(ID, arg, 'backup');
      if (!p.ok) return p;
      await files.abort(p.value.id);
      return ok(null);
    },

    'backup-host-files': async () => {
      const allowed = keyring.requireRole('administrator');
      if (!allowed.ok) return allowed;
      const portableKeyring = await keyring.portable();
      if (!portableKeyring.ok) return portableKeyring;
      const portableIdentity = await identity.portable();
      if (!portableIdentity.ok) return portableIdentity;
      return ok({ keyring: portableKeyring.value, identity: portableIdentity.value });
    },

    'backup-open': async (arg) => {
      const p = parse(OPEN, arg, 'open request');
      if (!p.ok) return p;
      const path = await dialogs.chooseOpenPath({ title: p.value.title, filters: FILTERS });
      return path === null ? ok(null) : files.openRead(path);
    },

    'backup-read': async (arg) => {
      const p = parse(READ, arg, 'read request');
      return p.ok ? files.read(p.value.id, p.value.maxChars) : p;
    },

    'backup-close': async (arg) => {
      const p = parse(ID, arg, 'backup');
      if (!p.ok) return p;
      await files.close(p.value.id);
      return ok(null);
    },

    'restore-begin': async (arg) => {
      const p = parse(RESTORE_BEGIN, arg, 'restore');
      if (!p.ok) return p;
      const path = files.pathOf(p.value.id);
      if (path === null) return fail('invalid-argument', 'No such backup being read.');
      const resuming = (await readJournal())?.backupId === p.value.backupId;
      if (!resuming && !(await isEmpty()))
        return fail('not-empty', 'A backup is restored only into an installation that holds nothing yet.');
      await journal.write({ backupId: p.value.backupId, path });
      await auditHead.clear();
      return ok(null);
    },

    'restore-status': async () => {
      const j = await readJournal();
      return ok(j && { backupId: j.backupId, name: basename(j.path) });
    },

    'restore-reopen': async () => {
      const j = await readJournal();
      if (!j) return fail('invalid-argument', 'No restore was interrupted.');
      return files.openRead(j.path);
    },

    'restore-finish': async (arg) => {
      const j = await readJournal();
      if (!j) return fail('invalid-argument', 'No restore is in progress.');
      const p = parse(RESTORE_FINISH, arg, 'restore');
      if (!p.ok) return p;
      const { keyring: k, identity: i, backupAt } = p.value;
      // Each part is written only if it is not there yet, so finishing again after an
      // interruption between two of them completes the rest.
      const existing = await identity.get();
      if (!existing.ok) return existing;
      if (existing.value === null) {
        const restored = await identity.restore(i);
        if (!restored.ok) return restored;
      } else if (existing.value.installationId !== i.installationId) {
        return fail('not-empty', 'Another identity was created on this computer meanwhile.');
      }
      if (!(await keyring.exists())) {
        const restored = await keyring.restore(k, backupAt);
        if (!restored.ok) return restored;
      }
      const next = restoreSettings(p.value.settings);
      await settings.write(next);
      deps.onSettingsSaved?.(next);
      await journal.write(null);
      log.warn('a backup was restored into this installation');
      const [id, state] = [await identity.get(), await keyring.get()];
      if (!id.ok) return id;
      if (!state.ok) return state;
      if (!id.value || !state.value) return fail('internal', 'The restored files cannot be read back.');
      return ok({ identity: id.value, keyring: state.value });
    },

    'restore-cancel': async () => {
      await journal.write(null);
      return ok(null);
    },
  };
}

/**
 * The host handlers behind every call of the contract: plain functions over ports, with no
 * 'electron' import, so the e2e harness runs exactly these in Node. Each handler validates its
 * argument and turns any failure into a Result; nothing throws across the bridge.
 */
import type { HostDispatch, HostHandlers } from '../../shared/ipc';
import { fail, ok } from '../../shared/result';
import { restoreSettings, validatePatch, type Settings } from '../../shared/settings';
import { fromBase64, toBase64 } from '../../shared/crypto/encoding';
import { instantAt } from '../../shared/dates';
import { agencyDetailsOf } from '../../shared/identity';
import { join } from 'node:path';
import { EXPORT_FOLDERS_FILE, exportFolders } from './exportFolders';
import { auditHeadStore } from './auditHead';
import { backupFiles } from './backupFiles';
import { backupHandlers } from './backupHandlers';
import { openFile, saveFile, writeBytes } from './files';
import { identityStore, type IdentityStore } from './identityStore';
import { jsonFile } from './jsonFile';
import { keyringStore } from './keyring';
import type { HostPorts } from './ports';
import { sessionHandlers } from './sessionHandlers';
import { isOpenRequest, isPrintPdfRequest, isSaveRequest } from './validate';

/**
 * The host as both transports call it: `host(method, arg)`. main.ts registers it for every
 * method with ipcMain; the e2e harness exposes it to Chromium.
 */
export function createHost(ports: HostPorts): HostDispatch {
  const { settings, dialogs, printer, app, log, onSettingsSaved } = ports;
  const identity = identityOf(ports);
  const folders = exportFolders(join(app.dataPath, EXPORT_FOLDERS_FILE), log);
  const keyring = keyringStore(
    ports.keyringFile ?? jsonFile(join(app.dataPath, 'keyring.json')),
    ports.secrets,
    () => instantAt(Date.now(), 0),
  );
  const auditHead = auditHeadStore(ports.auditHeadFile ?? jsonFile(join(app.dataPath, 'audit-head.json')));

  /** Once the office has staff accounts, only an administrator changes its identity. */
  async function mayChangeIdentity() {
    return (await keyring.exists()) ? keyring.requireRole('administrator') : ok(null);
  }

  async function currentSettings(): Promise<Settings> {
    return restoreSettings(await settings.read());
  }

  /**
   * The lock delay and the backup reminder protect the whole office, so once it has staff
   * accounts only an administrator changes them (Settings offers them to administrators only;
   * this holds for any caller of the bridge). A patch that repeats the current value changes
   * nothing and passes.
   */
  async function mayChangeSettings(patch: object, current: Settings) {
    const changed = ADMINISTRATOR_SETTINGS.filter(
      (key) => key in patch && (patch as Partial<Settings>)[key] !== current[key],
    );
    return changed.length > 0 && (await keyring.exists()) ? keyring.requireRole('administrator') : ok(null);
  }

  const handlers = {
    'settings-get': async () => ok(await currentSettings()),

    'settings-set': async (patch) => {
      const problems = validatePatch(patch);
      const fields = Object.keys(problems);
      if (fields.length > 0)
        return fail(
          'settings-invalid',
          `Invalid settings: ${fields.map((f) => `${f} (${problems[f]})`).join(', ')}.`,
        );
      const current = await currentSettings();
      const allowed = await mayChangeSettings(patch as object, current);
      if (!allowed.ok) return allowed;
      const next = restoreSettings({ ...current, ...(patch as object) });
      await settings.write(next);
      onSettingsSaved?.(next);
      return ok(next);
    },

    'app-info': () =>
      Promise.resolve(
        ok({
          name: app.name,
          version: app.version,
          platform: app.platform,
          dataPath: app.dataPath,
          shell: app.shell,
          settingsRecovered: settings.recovered,
        }),
      ),

    'file-save': async (req) =>
      isSaveRequest(req)
        ? saveFile(dialogs, folders, req)
        : fail('invalid-argument', 'Invalid save request.'),

    'file-open': async (req) =>
      isOpenRequest(req) ? openFile(dialogs, req) : fail('invalid-argument', 'Invalid open request.'),

    'print-pdf': async (req) => {
      if (!isPrintPdfRequest(req)) return fail('invalid-argument', 'Invalid print request.');
      const path = await dialogs.chooseSavePath({
        title: req.title,
        suggestedName: req.suggestedName,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
        folder: await folders.folderFor(req.kind),
      });
      if (path === null) return ok(null);
      let pdf: Uint8Array;
      try {
        pdf = await printer.toPdf({ landscape: req.landscape });
      } catch (e) {
        log.error('print-pdf failed', e);
        return fail('print-failed', 'The document could not be turned into a PDF.');
      }
      const written = await writeBytes(path, pdf);
      if (!written.ok) return written;
      await folders.remember(req.kind, path);
      return ok({ path, bytes: pdf.byteLength });
    },

    'print-dialog': async () => {
      try {
        return ok(await printer.print());
      } catch (e) {
        log.error('print-dialog failed', e);
        return fail('print-failed', 'The document could not be sent to the printer.');
      }
    },

    'identity-get': () => identity.get(),

    'identity-create': async (arg) => {
      const allowed = await mayChangeIdentity();
      if (!allowed.ok) return allowed;
      const r = arg as { details?: unknown; agencyId?: unknown } | null;
      const details = agencyDetailsOf(r?.details);
      if (!details || (r?.agencyId !== undefined && typeof r.agencyId !== 'string'))
        return fail('invalid-argument', 'Invalid agency details.');
      return identity.create(details, r?.agencyId);
    },

    'identity-update': async (arg) => {
      const allowed = await mayChangeIdentity();
      if (!allowed.ok) return allowed;
      const details = agencyDetailsOf(arg);
      return details ? identity.update(details) : fail('invalid-argument', 'Invalid agency details.');
    },

    'identity-sign': async (arg) => {
      const text = (arg as { bytes?: unknown } | null)?.bytes;
      // A bundle's signed header is a few hundred bytes: anything large is not one.
      const bytes = typeof text === 'string' && text.length <= MAX_SIGNED_CHARS ? fromBase64(text) : null;
      if (!bytes) return fail('invalid-argument', 'Invalid bytes to sign.');
      const signed = await identity.sign(bytes);
      return signed.ok ? ok({ signature: toBase64(signed.value) }) : signed;
    },

    ...sessionHandlers({ keyring, identity, auditHead, log }),
    ...backupHandlers({
      keyring,
      identity,
      auditHead,
      settings,
      dialogs,
      files: backupFiles(),
      journal: ports.restoreFile ?? jsonFile(join(app.dataPath, 'restore.json')),
      log,
      onSettingsSaved,
    }),
  } satisfies HostHandlers;

  return dispatch(handlers, log);
}

/** Settings only an administrator changes once the office has staff accounts. */
const ADMINISTRATOR_SETTINGS = [
  'lockAfterSeconds',
  'backupReminderDays',
] as const satisfies readonly (keyof Settings)[];

/** The most a signing request may carry (base64 characters). */
const MAX_SIGNED_CHARS = 64 * 1024;

/** One identity store per port set, shared by the host and its start-up steps (prepareHost). */
const stores = new WeakMap<HostPorts['identityFile'], IdentityStore>();

export function identityOf(ports: HostPorts): IdentityStore {
  let store = stores.get(ports.identityFile);
  if (!store) {
    store = identityStore(ports.identityFile, ports.secrets, () => instantAt(Date.now(), 0));
    stores.set(ports.identityFile, store);
  }
  return store;
}

/** Calls a handler by name; an unexpected exception still becomes a Result, and is logged. */
function dispatch(handlers: HostHandlers, log: HostPorts['log']): HostDispatch {
  return async (method, arg) => {
    try {
      return await handlers[method](arg);
    } catch (e) {
      log.error(`host ${method} failed`, e);
      return fail('internal', 'Something went wrong in the application. Your data was not changed.');
    }
  };
}

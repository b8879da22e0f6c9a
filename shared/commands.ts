/**
 * The command registry: each user action declared once with its id, message key and shortcut.
 * The application menu (main process), the keyboard shortcuts and toolbar buttons (renderer)
 * are all built from this list. `run` lives in the renderer, keyed by id.
 */
export type CommandDef = {
  readonly id: string;
  /** Message catalogue key of the label. */
  readonly label: string;
  /** Electron accelerator syntax; the renderer parses the same string for its key handler. */
  readonly shortcut: string | null;
  /** Menu the command appears under, or null for keyboard/toolbar only. */
  readonly menu: 'file' | 'case' | 'go' | 'help' | null;
};

export const COMMANDS = [
  { id: 'go-cases', label: 'nav.cases', shortcut: 'CmdOrCtrl+1', menu: 'go' },
  { id: 'go-meetings', label: 'nav.meetings', shortcut: 'CmdOrCtrl+2', menu: 'go' },
  { id: 'go-deadlines', label: 'nav.deadlines', shortcut: 'CmdOrCtrl+3', menu: 'go' },
  { id: 'go-settings', label: 'nav.settings', shortcut: 'CmdOrCtrl+,', menu: 'go' },
  { id: 'case-new', label: 'command.caseNew', shortcut: 'CmdOrCtrl+N', menu: 'case' },
  { id: 'entry-new', label: 'command.entryNew', shortcut: 'CmdOrCtrl+E', menu: 'case' },
  { id: 'search-focus', label: 'command.search', shortcut: 'CmdOrCtrl+F', menu: 'case' },
  { id: 'search-open', label: 'command.findAnything', shortcut: 'CmdOrCtrl+K', menu: 'go' },
  { id: 'bundle-open', label: 'command.bundleOpen', shortcut: 'CmdOrCtrl+O', menu: 'file' },
  { id: 'print', label: 'command.print', shortcut: 'CmdOrCtrl+P', menu: 'file' },
  { id: 'lock', label: 'command.lock', shortcut: 'CmdOrCtrl+L', menu: 'file' },
] as const satisfies readonly CommandDef[];

export type CommandId = (typeof COMMANDS)[number]['id'];

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && COMMANDS.some((c) => c.id === value);
}

/**
 * Runs the commands declared in shared/commands.ts. The application menu (through the bridge),
 * keyboard shortcuts and toolbar buttons all end up in `runCommand`. Screens register what a
 * command does while they are shown; the latest registration wins, so the case page's
 * "new entry" replaces nothing else and disappears when the page closes.
 */
import { useEffect, useRef } from 'react';
import { COMMANDS, type CommandId } from '../../shared/commands';

type Handler = () => void;
const handlers = new Map<CommandId, Handler[]>();

export function runCommand(id: CommandId): boolean {
  const stack = handlers.get(id);
  const handler = stack?.[stack.length - 1];
  if (!handler) return false;
  handler();
  return true;
}

export function isCommandAvailable(id: CommandId): boolean {
  return (handlers.get(id)?.length ?? 0) > 0;
}

/** Registers handlers for as long as the calling component is mounted. */
export function useCommands(map: Partial<Record<CommandId, Handler>>): void {
  const latest = useRef(map);
  useEffect(() => {
    latest.current = map;
  });
  const ids = Object.keys(map).sort().join(',');
  useEffect(() => {
    const registered = ids.split(',').filter(Boolean) as CommandId[];
    const wrappers = registered.map((id) => {
      const wrapper: Handler = () => latest.current[id]?.();
      handlers.set(id, [...(handlers.get(id) ?? []), wrapper]);
      return [id, wrapper] as const;
    });
    return () => {
      for (const [id, wrapper] of wrappers)
        handlers.set(
          id,
          (handlers.get(id) ?? []).filter((h) => h !== wrapper),
        );
    };
  }, [ids]);
}

type Chord = { key: string; mod: boolean; shift: boolean; alt: boolean };

/** Parses an Electron accelerator ('CmdOrCtrl+Shift+N') into what a KeyboardEvent carries. */
export function parseAccelerator(accelerator: string): Chord {
  const parts = accelerator.split('+');
  const key = (parts.pop() ?? '').toLowerCase();
  return {
    key,
    mod: parts.some((p) => p === 'CmdOrCtrl' || p === 'Ctrl' || p === 'Cmd'),
    shift: parts.includes('Shift'),
    alt: parts.includes('Alt'),
  };
}

const CHORDS = COMMANDS.filter((c) => c.shortcut).map((c) => ({
  id: c.id,
  chord: parseAccelerator(c.shortcut),
}));

/** The command a key press stands for, if any. Matches on `code` too, so Cyrillic layouts work. */
export function commandForKey(
  e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): CommandId | null {
  const mod = e.ctrlKey || e.metaKey;
  const codeKey = e.code.startsWith('Key')
    ? e.code.slice(3).toLowerCase()
    : e.code.startsWith('Digit')
      ? e.code.slice(5)
      : e.code === 'Comma'
        ? ','
        : '';
  for (const { id, chord } of CHORDS) {
    if (chord.mod !== mod || chord.shift !== e.shiftKey || chord.alt !== e.altKey) continue;
    if (e.key.toLowerCase() === chord.key || codeKey === chord.key) return id;
  }
  return null;
}

/** The shortcut of a command as a user reads it ('Ctrl+N'), for tooltips. */
export function shortcutHint(id: CommandId): string {
  const shortcut = COMMANDS.find((c) => c.id === id)?.shortcut ?? '';
  return shortcut.replace('CmdOrCtrl', 'Ctrl');
}

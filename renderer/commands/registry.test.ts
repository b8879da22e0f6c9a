import { describe, expect, it } from 'vitest';
import { commandForKey, parseAccelerator } from './registry';

const key = (k: Partial<KeyboardEvent>) => ({
  key: '',
  code: '',
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...k,
});

describe('keyboard shortcuts from the command registry', () => {
  it('parses accelerators', () => {
    expect(parseAccelerator('CmdOrCtrl+Shift+N')).toEqual({ key: 'n', mod: true, shift: true, alt: false });
  });

  it('finds the command for a key press', () => {
    expect(commandForKey(key({ key: 'n', code: 'KeyN', ctrlKey: true }))).toBe('case-new');
    expect(commandForKey(key({ key: '3', code: 'Digit3', metaKey: true }))).toBe('go-deadlines');
    expect(commandForKey(key({ key: 'n', code: 'KeyN' }))).toBeNull();
    expect(commandForKey(key({ key: 'n', code: 'KeyN', ctrlKey: true, shiftKey: true }))).toBeNull();
  });

  it('works on a Cyrillic keyboard layout, by physical key', () => {
    expect(commandForKey(key({ key: 'т', code: 'KeyN', ctrlKey: true }))).toBe('case-new');
    expect(commandForKey(key({ key: 'у', code: 'KeyE', ctrlKey: true }))).toBe('entry-new');
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../i18n/i18n';
import { openProblemText } from './fileErrors';
import { offerDropped } from './openBundle';
import { clearFile, clearOpenProblem, openProblem, pendingFile } from './pendingFile';

const location = { hash: '#/cases' };

beforeEach(() => {
  vi.stubGlobal('window', { location });
  location.hash = '#/cases';
  clearFile();
  clearOpenProblem();
});
afterEach(() => vi.unstubAllGlobals());

function dropped(name: string, text: string): File {
  return new File([text], name, { type: 'application/octet-stream' });
}

describe('a file dropped on the window', () => {
  it('within the limit is offered for receiving on the Exchange page', async () => {
    await offerDropped(dropped('from-police.caseline', '{"x":1}'), 7);
    expect(pendingFile()).toMatchObject({ name: 'from-police.caseline' });
    expect(new TextDecoder().decode(pendingFile()!.content as Uint8Array)).toBe('{"x":1}');
    expect(openProblem()).toBeNull();
    expect(location.hash).toBe('#/exchange');
  });

  it('over the limit is not read: the Exchange page says it is too large, in the user’s language', async () => {
    const big = dropped('big.caseline', '12345678');
    const read = vi.spyOn(big, 'arrayBuffer');
    await offerDropped(big, 7);
    expect(read).not.toHaveBeenCalled();
    expect(pendingFile()).toBeNull();
    expect(location.hash).toBe('#/exchange');
    const problem = openProblem();
    expect(problem).toEqual({ kind: 'too-large', name: 'big.caseline', size: 8, max: 7 });
    expect(openProblemText(problem!, translator('en'))).toBe(
      'The file could not be opened: big.caseline: This file is too large for a case bundle (8 bytes; at most 7).',
    );
    expect(openProblemText(problem!, translator('ru'))).toBe(
      'Не удалось открыть файл: big.caseline: Файл слишком велик для пакета дела (8 байт; не более 7).',
    );
  });

  it('a file received after a too-large one clears the message', async () => {
    await offerDropped(dropped('big.caseline', '12345678'), 7);
    await offerDropped(dropped('ok.caseline', '{}'), 7);
    expect(openProblem()).toBeNull();
    expect(pendingFile()).toMatchObject({ name: 'ok.caseline' });
  });
});

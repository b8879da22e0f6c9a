/**
 * Where a bundle file comes from: the open dialog (the button and the menu command), or a file
 * dropped on the window. Either way it is offered to the Exchange page, which receives it, or,
 * when it cannot be read at all, the Exchange page says why (pendingFile.ts OpenProblem).
 */
import { navigate } from '../../app/router';
import { invoke } from '../../host';
import { clearOpenProblem, offerFile, reportOpenProblem } from './pendingFile';

/** Asks for a `.caseline` file and offers it for receiving; says why when it cannot be read. */
export async function openBundleFile(title: string, filterName: string, maxBytes: number): Promise<void> {
  clearOpenProblem();
  const file = await invoke('file-open', {
    title,
    filters: [{ name: filterName, extensions: ['caseline'] }],
    maxBytes,
  });
  if (!file.ok) {
    reportOpenProblem({ kind: 'unopened', message: file.error.message });
    navigate({ name: 'exchange' });
  } else if (file.value) {
    offerFile({ name: file.value.name, content: file.value.content });
    navigate({ name: 'exchange' });
  }
}

/**
 * Offers a dropped file's bytes for receiving. A file over `maxBytes` is not read (it could
 * be gigabytes): the Exchange page says it is too large.
 */
export async function offerDropped(
  file: Pick<File, 'name' | 'size' | 'arrayBuffer'>,
  maxBytes: number,
): Promise<void> {
  if (file.size > maxBytes) {
    reportOpenProblem({ kind: 'too-large', name: file.name, size: file.size, max: maxBytes });
  } else {
    offerFile({ name: file.name, content: new Uint8Array(await file.arrayBuffer()) });
  }
  navigate({ name: 'exchange' });
}

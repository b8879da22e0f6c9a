/**
 * Where a bundle file comes from: the open dialog (the button and the menu command), or a file
 * dropped on the window. Either way it is offered to the Exchange page, which receives it.
 */
import { navigate } from '../../app/router';
import { invoke } from '../../host';
import { offerFile } from './pendingFile';

/** Asks for a `.caseline` file and offers it for receiving; says why when it cannot be read. */
export async function openBundleFile(
  title: string,
  filterName: string,
  maxBytes: number,
): Promise<{ readonly ok: true } | { readonly ok: false; readonly message: string }> {
  const file = await invoke('file-open', {
    title,
    filters: [{ name: filterName, extensions: ['caseline'] }],
    maxBytes,
  });
  if (!file.ok) return { ok: false, message: file.error.message };
  if (file.value) {
    offerFile({ name: file.value.name, content: file.value.content });
    navigate({ name: 'exchange' });
  }
  return { ok: true };
}

/** Offers a dropped file's bytes for receiving. */
export async function offerDropped(file: File): Promise<void> {
  offerFile({ name: file.name, content: new Uint8Array(await file.arrayBuffer()) });
  navigate({ name: 'exchange' });
}

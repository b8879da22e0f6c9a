import type { BrowserWindow } from 'electron';
import type { PrinterPort } from '../host/ports';

/** The Chromium print engine of the app window: PDF, or the system print dialog. */
export function windowPrinter(window: () => BrowserWindow | null): PrinterPort {
  const contents = () => {
    const w = window();
    if (!w) throw new Error('No window to print');
    return w.webContents;
  };
  return {
    toPdf: async ({ landscape }) =>
      new Uint8Array(
        await contents().printToPDF({
          printBackground: true,
          pageSize: 'A4',
          landscape,
          preferCSSPageSize: true,
        }),
      ),
    print: () =>
      new Promise((resolve, reject) => {
        contents().print({ printBackground: true }, (success, reason) => {
          if (success || reason === 'cancelled') resolve(success);
          else reject(new Error(reason));
        });
      }),
  };
}

import type { BrowserWindow, WebContents } from 'electron';
import type { PrinterPort } from '../host/ports';

/** What webContents.print reports when the user closed the print dialog without printing. */
const CANCELLED = /cancel/i;

/**
 * The Chromium print engine of the app window: a PDF of what is on screen (the print view and
 * its print stylesheet), or the system print dialog. A4 unless the page's CSS @page says
 * otherwise.
 */
export function windowPrinter(window: () => BrowserWindow | null): PrinterPort {
  const contents = (): WebContents => {
    const w = window();
    if (!w || w.isDestroyed()) throw new Error('There is no window to print.');
    return w.webContents;
  };
  return {
    async toPdf({ landscape }) {
      const pdf = await contents().printToPDF({
        printBackground: true,
        pageSize: 'A4',
        landscape,
        preferCSSPageSize: true,
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    },

    print() {
      const target = contents();
      return new Promise<boolean>((resolve, reject) => {
        target.print({ printBackground: true }, (success, failureReason) => {
          if (success) resolve(true);
          else if (CANCELLED.test(failureReason)) resolve(false);
          else reject(new Error(`Printing failed: ${failureReason}`));
        });
      });
    },
  };
}

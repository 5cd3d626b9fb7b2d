import type { BrowserWindow } from 'electron';
import type { PrintPage } from '../../shared/ipc/contract';
import type { Printer } from '../node/ipc/handlers';
import { NotFound } from '../node/ipc/hostErrors';

const MICRONS_PER_MM = 1000;
const INCHES_PER_MM = 1 / 25.4;

/**
 * Prints the window's print route. The route draws its own margins and title block on pages of exactly the
 * paper's size, so the system dialog and printToPDF get that page size, no margins of their own and no header
 * or footer: what the preview shows is what prints.
 */
export function windowPrinter(window: () => BrowserWindow | undefined): Printer {
  const contents = () => {
    const owner = window();
    if (!owner) throw new NotFound('The lyncplan window is closed.');
    return owner.webContents;
  };
  return {
    async toPdf(page: PrintPage) {
      const data = await contents().printToPDF({
        pageSize: { width: page.widthMm * INCHES_PER_MM, height: page.heightMm * INCHES_PER_MM },
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: false,
      });
      return new Uint8Array(data);
    },
    print(page: PrintPage) {
      return new Promise<boolean>((resolve) => {
        contents().print(
          {
            pageSize: {
              width: Math.round(page.widthMm * MICRONS_PER_MM),
              height: Math.round(page.heightMm * MICRONS_PER_MM),
            },
            margins: { marginType: 'none' },
            printBackground: true,
            silent: false,
          },
          (success) => resolve(success),
        );
      });
    },
  };
}

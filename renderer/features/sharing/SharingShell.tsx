import { useEffect, useState } from 'react';
import { MAX_BUNDLE_BYTES } from '../../../shared/bundle';
import { useCommands } from '../../commands/registry';
import { useI18n } from '../../i18n/i18n';
import { offerDropped, openBundleFile } from './openBundle';

/** True when a drag carries files (not text or a link dragged inside the page). */
function carriesFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}

/**
 * What sharing adds to the whole window: "Receive a bundle…" from the menu or its shortcut, and
 * a bundle file dropped anywhere on the window (shown while it is dragged over). Either way the
 * file goes to the Exchange page, which receives it.
 */
export function SharingShell() {
  const { t } = useI18n();
  const [dragging, setDragging] = useState(false);

  useCommands({
    'bundle-open': () =>
      void openBundleFile(t('exchange.openTitle'), t('exchange.fileFilter'), MAX_BUNDLE_BYTES),
  });

  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      // Without this the window would navigate to the dropped file.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      // Too large a file is not read; the Exchange page says so (as for one chosen in the dialog).
      if (file) void offerDropped(file, MAX_BUNDLE_BYTES);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return dragging ? (
    <div className="drop-overlay" aria-hidden="true">
      <p>{t('exchange.dropHere')}</p>
    </div>
  ) : null;
}

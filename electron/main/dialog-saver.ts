import { BrowserWindow, dialog } from 'electron';
import path from 'node:path';
import { writeFileAtomically } from '../backend/audit/key-store';
import { sanitiseFileName, type FileSaver } from '../backend/file-saver';

/** The main process asks where to save; the file is written atomically (temporary file, then rename). */
export const dialogFileSaver: FileSaver = {
  async save(suggestedName, bytes) {
    const window = BrowserWindow.getFocusedWindow();
    const options = { defaultPath: sanitiseFileName(suggestedName) };
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return null;
    const target = path.resolve(result.filePath);
    writeFileAtomically(target, Buffer.from(bytes), 0o600);
    return target;
  },
};

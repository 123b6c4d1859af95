import { closeSync, fsyncSync, openSync } from 'node:fs';

/** Makes a rename in the folder durable; Windows cannot open a folder for this, and its rename is already flushed. */
export function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** What went wrong, in the words of the error itself, for a message that says why a file step failed. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

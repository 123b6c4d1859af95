import path from 'node:path';
import { ensureOwnerOnlyFolder } from '../../db/owner-only';
import { writeFileAtomically } from './audit/key-store';

/**
 * Where exported files go. Electron asks the user with a save dialog; browser
 * mode hands them to the tab as a download (download-saver.ts); tests and the
 * crash harness write into a folder (`folderFileSaver`). The renderer never
 * supplies a path. Null means the user cancelled.
 */
export interface FileSaver {
  save(suggestedName: string, bytes: Uint8Array): Promise<string | null>;
}

/** Keeps letters, digits, dots, hyphens and underscores; everything else becomes a hyphen. */
export function sanitiseFileName(name: string): string {
  const cleaned = name
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 120);
  return cleaned || 'export';
}

export function folderFileSaver(folder: string): FileSaver {
  return {
    save: (suggestedName, bytes) => {
      ensureOwnerOnlyFolder(folder);
      const target = path.join(folder, sanitiseFileName(suggestedName));
      writeFileAtomically(target, Buffer.from(bytes), 0o600);
      return Promise.resolve(target);
    },
  };
}

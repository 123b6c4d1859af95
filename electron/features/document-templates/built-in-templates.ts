import { readFileSync } from 'node:fs';
import path from 'node:path';
import { builtInFileName, type TemplatedKind } from '../../../shared/documents/templates/template-kinds';

/**
 * Where the built-in templates are: shared/documents/templates/built-in/ at
 * the app's root, which is the folder two up from db/migrations in every
 * launch (source tree, tests, packaged app: electron-builder.yml ships both).
 */
export function builtInTemplatesFolder(migrationsFolder: string): string {
  return path.join(migrationsFolder, '..', '..', 'shared', 'documents', 'templates', 'built-in');
}

/** The built-in templates, read once each from the folder the app ships. */
export class BuiltInTemplates {
  private readonly cache = new Map<TemplatedKind, Uint8Array>();

  constructor(private readonly folder: string) {}

  bytes(kind: TemplatedKind): Uint8Array {
    let bytes = this.cache.get(kind);
    if (!bytes) {
      bytes = new Uint8Array(readFileSync(path.join(this.folder, builtInFileName(kind))));
      this.cache.set(kind, bytes);
    }
    return bytes;
  }
}

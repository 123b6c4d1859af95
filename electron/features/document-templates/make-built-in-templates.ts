import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer } from 'docx';
import { builtInFileName, TEMPLATE_DESIGNS, TEMPLATED_KINDS } from '../../../shared/documents/templates/template-kinds';

/**
 * Writes the built-in templates (`npm run templates:built-in`) from their
 * designs in shared/documents/templates/designs/ into the .docx files the
 * repository keeps and the app ships. Run it after changing a design, and
 * commit the files: the app reads the files, never the designs.
 */
export const BUILT_IN_FOLDER = path.join('shared', 'documents', 'templates', 'built-in');

async function main(): Promise<void> {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const folder = path.join(root, BUILT_IN_FOLDER);
  mkdirSync(folder, { recursive: true });
  for (const kind of TEMPLATED_KINDS) {
    const bytes = await Packer.toBuffer(TEMPLATE_DESIGNS[kind]());
    writeFileSync(path.join(folder, builtInFileName(kind)), bytes);
    console.log(`${builtInFileName(kind)}: ${bytes.length} bytes`);
  }
}

await main();

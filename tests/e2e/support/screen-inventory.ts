import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { rolesAllowed } from '../../../shared/contract/permissions';
import { Role } from '../../../shared/contract/roles';
import { REPO_ROOT } from './panel-server';

const RENDERER_SRC = path.join(REPO_ROOT, 'renderer', 'src');

export interface AppRoute {
  /** The path pattern exactly as the route table writes it, e.g. "/sittings/:id/items/:itemId". */
  path: string;
  /** The channel an `only(...)` guard asks for, or null when every signed-in role may open it. */
  channel: string | null;
  roles: readonly Role[];
}

/**
 * Every route in the renderer's route table (renderer/src/app.tsx), read from
 * the source so a screen added there is in the inventory without anyone
 * remembering to list it.
 */
export function appRoutes(): AppRoute[] {
  const source = readFileSync(path.join(RENDERER_SRC, 'app.tsx'), 'utf8');
  const routes: AppRoute[] = [];
  for (const match of source.matchAll(/<Route\s+path="([^"]+)"\s+element=\{(?:only\('([^']+)')?/g)) {
    const [, routePath, channel] = match;
    if (!routePath) continue;
    routes.push({
      path: routePath,
      channel: channel ?? null,
      roles: channel ? rolesAllowed(channel) : Role.options,
    });
  }
  if (routes.length === 0) throw new Error('No <Route path="..."> found in renderer/src/app.tsx');
  return routes;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.tsx') ? [full] : [];
  });
}

/**
 * Every renderer file that renders a modal (the shared <Dialog> or a bare
 * <dialog>), as a path relative to renderer/src, e.g. "features/members/notice-dialog.tsx".
 */
export function dialogSources(): string[] {
  return sourceFiles(RENDERER_SRC)
    .filter((file) => /<Dialog[\s>]|<dialog[\s>]|role="(alert)?dialog"/.test(readFileSync(file, 'utf8')))
    .map((file) => path.relative(RENDERER_SRC, file).split(path.sep).join('/'))
    .filter((file) => file !== 'components/dialog.tsx')
    .sort();
}

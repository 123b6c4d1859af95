import type { AppDatabase } from '../../../db/connection';
import {
  subjectAccessData,
  type SubjectAccessExport,
} from '../../../db/repositories/subject-access/subject-access-data';
import { sanitiseFileName } from '../../backend/file-saver';

/** A path inside the zip for each letter: its issued name, made unique. */
function letterPath(fileName: string, taken: Set<string>): string {
  const clean = sanitiseFileName(fileName);
  const dot = clean.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [clean.slice(0, dot), clean.slice(dot)] : [clean, ''];
  let candidate = `letters/${clean}`;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `letters/${stem}-${n}${extension}`;
  taken.add(candidate);
  return candidate;
}

/**
 * Everything held about one household (UK GDPR article 15), read by
 * db/repositories, with each issued letter named inside the zip as a file
 * name the saver accepts. Null when there is no such household.
 */
export function subjectAccessExport(
  db: AppDatabase,
  householdId: string,
  made: { at: string; on: string; by: string; agencyName: string },
): SubjectAccessExport | null {
  const taken = new Set<string>();
  return subjectAccessData(db, householdId, made, (fileName) => letterPath(fileName, taken));
}

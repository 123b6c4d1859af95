import { DOCUMENT_KIND_LABELS, type DocumentKind } from '../../../shared/contract/documents';
import { decisionOption } from '../../../shared/domain/decisions/decision-rules';
import { itemTypeLabel } from '../../../shared/domain/sittings/item-type-label';
import type { ItemType } from '../../../shared/domain/sittings/item-types';
import { DECIDED_PAGE_SIZE, type CaseLetter, type DecidedCase } from '../../../shared/schemas/decided-cases';
import { caseLetters, decidedCases, type DecidedCaseRow } from '../../../db/repositories/decided-cases-repository';
import type { Router } from '../../backend/router';

/** The decision in words: the final one once made, else the first. */
function decisionLabel(row: DecidedCaseRow): string {
  const code = row.finalCode ?? row.decisionCode;
  if (!code) return '';
  return decisionOption(row.itemType as ItemType, code)?.label ?? code;
}

/**
 * The ADM's "Decided" list (issue 19): the cases they decided themselves, the
 * most recent first, each with the letters already issued, so a lost letter
 * can be saved again from here (`documents:reissue` checks the same rule). The
 * administrator sees every decided case.
 */
export function registerDecided(router: Router): void {
  router.handle('decisions:decided', (ctx, filter) => {
    const page = filter.page ?? 1;
    const everyone = ctx.actor.roles.includes('administrator');
    const { rows, total } = decidedCases(ctx.db, everyone ? null : (ctx.actor.userId ?? ''), page, DECIDED_PAGE_SIZE);
    const letters = new Map<string, CaseLetter[]>();
    for (const letter of caseLetters(ctx.db, rows)) {
      const kind = letter.kind as DocumentKind;
      const list = letters.get(letter.subjectId) ?? [];
      list.push({ ...letter, kind, kindLabel: DOCUMENT_KIND_LABELS[kind] ?? letter.kind });
      letters.set(letter.subjectId, list);
    }
    const cases = rows.map((row): DecidedCase => ({
      itemId: row.itemId,
      label: `${itemTypeLabel(row.itemType)}${row.sittingDate ? '' : ' (no panel)'}`,
      householdReference: row.householdReference ?? '',
      sittingDate: row.sittingDate,
      decidedOn: row.decidedOn,
      decisionLabel: decisionLabel(row),
      decidedByName: row.decidedByName,
      letters: letters.get(row.itemId) ?? [],
    }));
    return { cases, total, page, pageSize: DECIDED_PAGE_SIZE };
  });
}

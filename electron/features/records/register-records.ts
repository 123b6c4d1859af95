import { formatDate } from '../../../shared/domain/dates';
import { purgeRefusal } from '../../../shared/domain/records/retention';
import { DomainError, notFound, staleVersion } from '../../backend/domain-error';
import type { FileSaver } from '../../backend/file-saver';
import type { Router } from '../../backend/router';
import type { AppDatabase } from '../../../db/connection';
import { readSettings } from '../../../db/repositories/settings-repository';
import { purgeHousehold } from '../../../db/repositories/retention/purge';
import { retentionFor } from '../../../db/repositories/retention/retention-facts';
import {
  catchUpRetentionDates,
  refreshRetentionDates,
  retentionOverview,
} from '../../../db/repositories/retention/retention-lists';
import { subjectAccessExport } from './subject-access-export';
import { storedDirectionControls } from '../../../db/repositories/direction-controls-repository';
import { bidiControlsIn, showingBidiControls } from '../../../shared/domain/text/bidi-controls';
import { subjectAccessZip } from './subject-access-zip';
import { storedDocument } from '../documents/stored-document';

/**
 * Records and data protection: subject access exports (everything held about
 * one household, as a zip main saves) and FSR reg 32 retention (the list of
 * households past their date, and purging one). Administrator only; audited.
 */
function refuseChanged(db: AppDatabase, document: { id: string; kindLabel: string; fileName: string }): void {
  try {
    storedDocument(db, document.id);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    throw new DomainError(
      error.code,
      `The export was not made. ${document.kindLabel} ${document.fileName}: ${error.message}`,
    );
  }
}

export function registerRecords(router: Router, saver: FileSaver): void {
  // Values stored before the boundary refused direction controls (or written outside the app), to correct.
  router.handle('records:directionControls', (ctx) => {
    const stored = storedDirectionControls(ctx.db, DIRECTION_CONTROLS_SHOWN + 1);
    return {
      findings: stored.slice(0, DIRECTION_CONTROLS_SHOWN).map((value) => ({
        recordKind: value.kind,
        record: showingBidiControls(value.record),
        field: value.column.replace(/_/g, ' '),
        shown: showingBidiControls(value.value),
        characters: bidiControlsIn(value.value).map((character) => `${character.name} (${character.code})`),
      })),
      more: stored.length > DIRECTION_CONTROLS_SHOWN,
    };
  });

  router.handle('records:exportSubjectAccess', {
    // Reading and packing happen before the transaction: only the audit row is written.
    prepare: async (ctx, { id }) => {
      const made = {
        at: ctx.clock.now().toISOString(),
        on: ctx.clock.today(),
        by: ctx.actor.displayName,
        agencyName: readSettings(ctx.db).agencyName,
      };
      const found = subjectAccessExport(ctx.db, id, made);
      if (!found) throw notFound('This household');
      // The letters go out as issued only: each must still match its hash and the audit row that registered it.
      for (const document of found.data.documents) {
        if (document.inExportAs) refuseChanged(ctx.db, document);
      }
      const zip = await subjectAccessZip(found);
      const saved = await saver.save(`subject-access-${found.data.household.reference}-${made.on}.zip`, zip);
      if (saved === null) throw new DomainError('RULE_VIOLATION', 'The export was cancelled. Nothing was saved.');
      return { path: saved, sizeBytes: zip.length, letters: found.letters.size };
    },
    commit: (ctx, { id }, saved) => {
      ctx.audit.entityId = id;
      ctx.audit.changes = { subjectAccessExportTo: [null, saved.path], letters: [null, saved.letters] };
      return saved;
    },
  });

  router.beforeRead('records:retention', catchUpRetentionDates);
  router.handle('records:retention', (ctx, query) => retentionOverview(ctx.db, ctx.clock.today(), query));
  router.afterEachWrite(refreshRetentionDates);

  router.handle('records:purge', (ctx, input) => {
    const today = ctx.clock.today();
    const found = retentionFor(ctx.db, input.id, today);
    if (!found) throw notFound('This household');
    if (found.purge) {
      throw new DomainError(
        'RULE_VIOLATION',
        `The records of ${found.row.reference} were already purged on ${formatDate(found.purge.purgedAt.slice(0, 10))} by ${found.purge.purgedByName}.`,
      );
    }
    const refusal = purgeRefusal(found.retention, today);
    if (refusal || found.retention.kind !== 'dated') throw new DomainError('RULE_VIOLATION', refusal ?? '');
    if (found.row.version !== input.version)
      throw staleVersion('This household', { entity: 'household', id: input.id });
    const cleared = purgeHousehold(ctx.db, found.row, found.retention, input.reason, {
      userId: ctx.actor.userId,
      displayName: ctx.actor.displayName,
      at: ctx.clock.now().toISOString(),
    });
    if (cleared === null) throw staleVersion('This household', { entity: 'household', id: input.id });
    // Facts only: the audit trail must not keep a copy of what the purge removed.
    ctx.audit.entityId = input.id;
    ctx.audit.changes = {
      purged: [null, found.row.reference],
      basis: [null, found.retention.basis],
      endedOn: [null, found.retention.endedOn],
      purgeableFrom: [null, found.retention.purgeableFrom],
      reason: [null, input.reason],
      documentsCleared: [null, cleared],
    };
    const after = retentionFor(ctx.db, input.id, today);
    if (!after) throw notFound('This household');
    return after.entry;
  });
}

/** The list shows this many; correcting them shows the next. */
const DIRECTION_CONTROLS_SHOWN = 200;

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Packer } from 'docx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAgendaDocument } from '../../shared/documents/agenda-document';
import type { Household } from '../../shared/schemas/household';
import type { Member } from '../../shared/schemas/member';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { databaseSnapshot, LOOPBACK, openTestBackend, signIn, type TestBackend } from '../factories/backend';
import { docxText } from '../factories/docx-text';
import { householdInput } from '../factories/households';
import { memberInput } from '../factories/members';

const RLO = '\u202E';
const PDF = '\u202C';

/**
 * The attack: a name holding a right-to-left override, so a letter shows it
 * reversed. The boundary refuses it, naming the character; a value already
 * stored (written here with SQL, as an older version or another tool could)
 * is listed for the administrator and never prints reversed.
 */
describe('direction controls in stored text', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = await openTestBackend();
    await signIn(backend);
  });
  afterEach(() => backend.dispose());

  async function as<T>(channel: string, input: unknown): Promise<T> {
    const result = await backend.router.dispatch(LOOPBACK, channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as T;
  }

  it('refuses a write holding one, with a message naming the character and the field, and changes nothing', async () => {
    const before = databaseSnapshot(backend);
    const member = await backend.router.dispatch(LOOPBACK, 'members:create', memberInput({ name: `Ann ${RLO}htimS` }));
    expect(member).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        fieldErrors: { name: expect.stringMatching(/^Remove the right-to-left override character \(U\+202E\) from /) },
      },
    });
    const household = await backend.router.dispatch(
      LOOPBACK,
      'households:create',
      householdInput({ applicantNames: [`Sam \u2067Jones\u2069`] }),
    );
    expect(JSON.stringify(household)).toContain('Remove the right-to-left isolate character (U+2067)');
    expect(databaseSnapshot(backend)).toBe(before);
    // Joiners and ordinary direction marks stay allowed.
    expect(
      (await backend.router.dispatch(LOOPBACK, 'members:create', memberInput({ name: 'Nasrin Kar\u200Cimi\u200F' })))
        .ok,
    ).toBe(true);
  });

  it('lists values stored with one for the administrator, in words, and prints them un-reversed', async () => {
    const household = await as<Household>('households:create', householdInput({ reference: 'HH-2026-042' }));
    const member = await as<Member>('members:create', memberInput({ name: 'Ann Smith' }));
    let sitting = await as<SittingDetail>('sittings:create', {
      kind: 'extra',
      date: '2027-01-05',
      startTime: '10:00',
      venue: 'County Hall',
    });
    const sql = backend.store.sqlite;
    sql.prepare('UPDATE households SET display_name = ? WHERE id = ?').run(`Mr ${RLO}htimS${PDF}`, household.id);
    sql.prepare('UPDATE members SET name = ? WHERE id = ?').run(`Ann ${RLO}htimS`, member.id);
    sql.prepare('UPDATE sittings SET venue = ? WHERE id = ?').run(`Room ${RLO}4 llaH ytnuoC`, sitting.id);

    const report = await as<{ findings: Record<string, unknown>[]; more: boolean }>('records:directionControls', {});
    expect(report.more).toBe(false);
    expect(report.findings).toEqual(
      expect.arrayContaining([
        {
          recordKind: 'Household',
          record: 'HH-2026-042',
          field: 'display name',
          shown: 'Mr [U+202E]htimS[U+202C]',
          characters: ['right-to-left override (U+202E)', 'pop directional formatting (U+202C)'],
        },
        {
          recordKind: 'Central list member',
          record: 'Ann [U+202E]htimS',
          field: 'name',
          shown: 'Ann [U+202E]htimS',
          characters: ['right-to-left override (U+202E)'],
        },
        expect.objectContaining({ recordKind: 'Sitting', record: '2027-01-05', field: 'venue' }),
      ]),
    );
    expect(report.findings).toHaveLength(3);

    // Only the administrator may see the list.
    const viewer = { transport: 'ipc', frameUrl: 'app://panel/index.html', isMainFrame: true, contentsId: 77 } as const;
    await signIn(backend, ['viewer'], viewer);
    expect(await backend.router.dispatch(viewer, 'records:directionControls', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    // The agenda built from the stored sitting prints the venue without the override.
    sitting = await as<SittingDetail>('sittings:get', { id: sitting.id });
    const file = path.join(backend.folder, 'agenda.docx');
    writeFileSync(file, await Packer.toBuffer(buildAgendaDocument({ agencyName: 'Shire', sitting })));
    const text = docxText(file);
    expect(text).toContain('Room 4 llaH ytnuoC');
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });
});

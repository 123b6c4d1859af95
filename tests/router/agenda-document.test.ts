import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Household } from '../../shared/schemas/household';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import { databaseSnapshot, LOOPBACK, openTestBackend, signIn, type TestBackend } from '../factories/backend';
import { docxText } from '../factories/docx-text';
import { householdInput } from '../factories/households';

describe('agenda as DOCX', () => {
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

  it('is saved by main and says the sitting, the items in order with times and presenters, by reference only', async () => {
    const household = await as<Household>(
      'households:create',
      householdInput({
        reference: 'KC-2026-007',
        displayName: 'Mrs Grandparent',
        householdType: 'connected_person',
        children: [{ initials: 'JS', dateOfBirth: '2019-05-04' }],
      }),
    );
    let sitting = await as<SittingDetail>('sittings:create', {
      kind: 'extra',
      date: '2027-01-05',
      startTime: '10:00',
      venue: 'County Hall <Room 4> & "Annex"',
    });
    sitting = await as<SittingDetail>('items:add', {
      sittingId: sitting.id,
      householdId: household.id,
      itemType: 'approval_connected_person',
      durationMinutes: 45,
    });
    sitting = await as<SittingDetail>('items:add', {
      sittingId: sitting.id,
      itemType: 'business',
      title: 'Annual report draft',
      durationMinutes: 15,
    });
    sitting = await as<SittingDetail>('sittings:addPerson', {
      sittingId: sitting.id,
      itemId: sitting.items[0]?.id,
      kind: 'presenter',
      name: 'Sam Social',
    });

    const saved = await as<{ path: string }>('documents:issue', { kind: 'agenda', subjectId: sitting.id });
    expect(saved.path).toMatch(/exports\/Panel-agenda-2027-01-05\.docx$/);

    const text = docxText(saved.path);
    expect(text).toContain('Fostering panel agenda');
    expect(text).toContain('Tuesday 5 January 2027, 10:00');
    expect(text).toContain('Extra sitting. County Hall <Room 4> & "Annex"');
    expect(text).toContain('Papers to members by 24 December 2026.');
    expect(text).toMatch(/1\.\s*10:00\s*Approval \(connected person\)\s*KC-2026-007\s*Sam Social/);
    expect(text).toMatch(/2\.\s*10:45\s*Quality assurance or business item: Annual report draft/);
    expect(text).not.toContain('Mrs Grandparent');
    expect(text).not.toContain('JS');
  });

  it('refuses a document about a sitting that does not exist, and writes no file', async () => {
    const before = databaseSnapshot(backend);
    const result = await backend.router.dispatch(LOOPBACK, 'documents:issue', {
      kind: 'agenda',
      subjectId: 'no-such-sitting',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(databaseSnapshot(backend)).toBe(before);
    expect(existsSync(path.join(backend.folder, 'exports'))).toBe(false);
  });
});

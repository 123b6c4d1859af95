import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract/channels';
import { LIVE_READS, writeAffectsRead } from '../../shared/contract/live-reads';
// eslint-disable-next-line no-restricted-imports -- a plain function of the window's, with no DOM or bridge: runs in Node
import { readsChangedBy } from '../../renderer/src/api/live-refetch';

/** Both sets come from the contract object itself, so a channel added without an entry fails here. */
const definitions = Object.entries(contract);
const readChannels = definitions.filter(([, d]) => d.kind === 'read').map(([name]) => name);
const writeEntities = new Set(definitions.flatMap(([, d]) => (d.kind === 'write' && d.entity ? [d.entity] : [])));

describe('which reads a write can change (shared/contract/live-reads.ts)', () => {
  it('has an entry for every read channel of the contract, and for nothing else', () => {
    expect(Object.keys(LIVE_READS).sort()).toEqual([...readChannels].sort());
  });

  it('names only entities a write channel really uses', () => {
    for (const [channel, affected] of Object.entries(LIVE_READS)) {
      if (affected === 'any') continue;
      for (const entity of affected) expect(writeEntities, `${channel} names '${entity}'`).toContain(entity);
    }
  });

  it("refetches the reads of a write's own domain (members:create → members:list, …)", () => {
    // Reads of a domain that its own writes cannot change, and why.
    const notByItsDomain: Record<string, string> = {
      'backups:newRecoveryKey': 'a fresh key on every read: never refetched under the person copying it',
      'decisions:referralOptions': 'the approval types sent straight to the ADM (settings) and the ADMs (users)',
      'reports:commentary': 'saved files and the inspection bundle leave the commentary as it was',
    };
    const missing: string[] = [];
    for (const [write, definition] of definitions) {
      if (definition.kind !== 'write' || !definition.entity) continue;
      const domain = write.split(':')[0];
      for (const read of readChannels.filter((name) => name.split(':')[0] === domain && !(name in notByItsDomain))) {
        if (!writeAffectsRead(definition.entity, read)) missing.push(`${write} → ${read}`);
      }
    }
    // The exceptions still hear their own writes: the commentary its saves, the options a settings change.
    expect(writeAffectsRead('report commentary', 'reports:commentary')).toBe(true);
    expect(writeAffectsRead('settings', 'decisions:referralOptions')).toBe(true);
    expect(missing).toEqual([]);
  });

  it('lets every write change the summaries and the audit trail', () => {
    for (const entity of writeEntities) {
      for (const read of ['dashboard:myWork', 'reports:annual', 'audit:list', 'records:retention']) {
        expect(writeAffectsRead(entity, read), `${entity} → ${read}`).toBe(true);
      }
    }
  });

  it('refreshes the dashboard on every casework write, but not on what it never shows', () => {
    // Its kept drafts trust the same list (register-dashboard.ts): an entity missing here would leave them stale.
    for (const entity of ['household', 'sitting', 'agenda item', 'recommendation', 'minutes', 'decision', 'document']) {
      expect(writeAffectsRead(entity, 'dashboard:due'), entity).toBe(true);
    }
    for (const entity of ['review', 'delay reason', 'application outcome', 'retention', 'member', 'import']) {
      expect(writeAffectsRead(entity, 'dashboard:due'), entity).toBe(true);
    }
    for (const entity of ['settings', 'backup', 'user'])
      expect(writeAffectsRead(entity, 'dashboard:due'), entity).toBe(true);
    for (const entity of ['feedback form', 'complaint', 'session', 'second factor', 'report commentary', 'template']) {
      expect(writeAffectsRead(entity, 'dashboard:due'), entity).toBe(false);
    }
  });

  it('keeps the dependencies the seats of a sitting rely on', () => {
    // The chair sees an item become ready; the administrator sees the recommendation; the ADM's queue fills.
    expect(writeAffectsRead('agenda item', 'sittings:get')).toBe(true);
    expect(writeAffectsRead('recommendation', 'sittings:get')).toBe(true);
    expect(writeAffectsRead('recommendation', 'recommendations:get')).toBe(true);
    expect(writeAffectsRead('minutes', 'decisions:queue')).toBe(true);
    // A household's name is shown on agendas and decisions; a decision changes the household's status.
    expect(writeAffectsRead('household', 'sittings:get')).toBe(true);
    expect(writeAffectsRead('household', 'decisions:get')).toBe(true);
    expect(writeAffectsRead('decision', 'households:get')).toBe(true);
    // Clocks, agency name and bank holidays; a restore replaces the whole database.
    expect(writeAffectsRead('settings', 'sittings:get')).toBe(true);
    // Every read of the database (the empty lists and `seat:` are this computer's own, not the service's data).
    const ofTheDatabase = readChannels.filter(
      (name) => LIVE_READS[name as keyof typeof LIVE_READS].length > 0 && !name.startsWith('seat:'),
    );
    for (const read of ofTheDatabase) {
      expect(writeAffectsRead('backup', read), read).toBe(true);
    }
  });

  it('leaves the casework of other households alone when a new household is created, not when one changes', () => {
    for (const read of ['sittings:get', 'minutes:get', 'decisions:queue', 'decisions:get', 'documents:register']) {
      expect(writeAffectsRead('household', read, 'households:create'), read).toBe(false);
      // A name or status change shows on agendas, minutes, cases and letters; so does any write whose channel is not known.
      expect(writeAffectsRead('household', read, 'households:update'), read).toBe(true);
      expect(writeAffectsRead('household', read), read).toBe(true);
    }
    for (const read of ['households:list', 'households:page', 'dashboard:due', 'sittings:choices', 'import:preview']) {
      expect(writeAffectsRead('household', read, 'households:create'), read).toBe(true);
    }
  });

  it('leaves alone what an unrelated write cannot change', () => {
    expect(writeAffectsRead('feedback form', 'households:list')).toBe(false);
    expect(writeAffectsRead('feedback form', 'sittings:get')).toBe(false);
    expect(writeAffectsRead('complaint', 'decisions:queue')).toBe(false);
    expect(writeAffectsRead('household', 'members:list')).toBe(false);
    expect(writeAffectsRead('session', 'sittings:get')).toBe(false);
  });

  it('answers "yes" for an entity no write of this contract uses (a newer host) or a channel it does not know', () => {
    expect(writeAffectsRead('something new', 'app:info')).toBe(true);
    expect(writeAffectsRead('household', 'not:aRead')).toBe(true);
  });
});

describe('the window refetches only the reads the entity changes (renderer/src/api/live-refetch.ts)', () => {
  /** A query client holding one settled read per channel, keyed as `useRead` keys them. */
  function cached(channels: string[]): QueryClient {
    const client = new QueryClient();
    for (const channel of channels) client.setQueryData([channel, {}], { held: true });
    return client;
  }
  const invalidated = (client: QueryClient) =>
    client
      .getQueryCache()
      .getAll()
      .filter((query) => query.state.isInvalidated)
      .map((query) => query.queryKey[0])
      .sort();

  it('marks the reads a feedback form can change, and not the household list', async () => {
    const client = cached(['feedback:list', 'households:list', 'dashboard:due', 'audit:list', 'sittings:get']);
    await client.invalidateQueries({ predicate: readsChangedBy('feedback form') });
    expect(invalidated(client)).toEqual(['audit:list', 'feedback:list']);
  });

  it('marks every read a household write can change', async () => {
    const client = cached(['households:get', 'sittings:get', 'decisions:queue', 'members:list', 'feedback:list']);
    await client.invalidateQueries({ predicate: readsChangedBy('household') });
    expect(invalidated(client)).toEqual(['decisions:queue', 'feedback:list', 'households:get', 'sittings:get']);
  });

  it('marks everything for an entity it does not know, and a key that is not a channel', async () => {
    const client = cached(['households:get', 'members:list', 'app:info']);
    client.setQueryData(['not a channel'], 1);
    await client.invalidateQueries({ predicate: readsChangedBy('a future record') });
    expect(invalidated(client)).toEqual(['app:info', 'households:get', 'members:list', 'not a channel']);
    const other = cached(['members:list']);
    other.setQueryData([42], 1);
    await other.invalidateQueries({ predicate: readsChangedBy('household') });
    expect(invalidated(other)).toEqual([42]);
  });
});

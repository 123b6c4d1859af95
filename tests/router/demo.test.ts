import { afterEach, describe, expect, it } from 'vitest';
import { generateDemo } from '../../electron/demo/generate-demo';
import { openTestBackend, type TestBackend } from '../factories/backend';
import { TEST_TODAY } from '../factories/clock';

describe('demo data', () => {
  let backend: TestBackend;
  afterEach(() => backend.dispose());

  it('builds a realistic central list and accounts through the router', async () => {
    backend = await openTestBackend();
    expect(await generateDemo(backend.router, TEST_TODAY)).toEqual({ members: 15, users: 6 });
    const current = await backend.router.call('members:list', {});
    expect(current).toHaveLength(14);
    expect(current.filter((m) => m.listRole === 'vice_chair')).toHaveLength(2);
    expect(current.some((m) => m.status === 'on_notice')).toBe(true);
    const warnings = (await backend.router.call('members:compliance', {})).map((w) => w.code);
    expect(warnings).toEqual(expect.arrayContaining(['APPRAISAL_OVERDUE', 'DBS_DUE_SOON']));
    expect(warnings).not.toContain('NO_INDEPENDENT_CHAIR');
    const users = await backend.router.call('users:list', {});
    expect(users.find((u) => u.username === 'mellis')).toMatchObject({
      roles: ['chair'],
      memberName: 'Margaret Ellis',
    });
    // Both vice chairs have their own accounts: they preside at the extra sittings and approve those minutes.
    expect(users.filter((u) => u.roles.includes('chair')).map((u) => u.memberName)).toEqual(
      expect.arrayContaining(['David Okafor', 'Priya Shah']),
    );
    expect(users.find((u) => u.username === 'adm')?.roles).toEqual(['adm', 'nominated_officer']);
    expect(backend.audit.verify(backend.store.sqlite)).toMatchObject({ ok: true });
  });
});

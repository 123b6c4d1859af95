import type { Router } from '../../electron/backend/router';
import type { Sender } from '../../electron/backend/sender';
import { Random } from '../../electron/demo/random';
import { attendanceVersion } from '../../shared/domain/sittings/attendance-version';
import type { Household } from '../../shared/schemas/household';
import type { Member } from '../../shared/schemas/member';
import type { SittingDetail, SittingSummary } from '../../shared/schemas/sitting-views';
import type { Ack, RowState } from './protocol';

/** Past this many members every new sitting invites a long list; train the ones there are instead. */
const MEMBER_CAP = 25;

export interface PlannedWrite {
  channel: string;
  input: unknown;
  /** The row it sets on a key that may already exist, known before it runs. */
  sets?: RowState;
  /** What must be in the database once the router has acknowledged `output`. */
  ackFor(output: unknown): Ack;
}

/**
 * Varied, cheap, real writes through the router: central-list members and
 * their training, households, sittings, agenda items, attendance and people
 * at panel. Chooses from what the database already holds, so a child started
 * on a file left by a killed one carries on from there.
 */
export class WriteMix {
  private readonly rng: Random;
  private counter = 0;
  private readonly members: string[] = [];
  private readonly households: string[] = [];
  private readonly sittings: string[] = [];

  constructor(
    private readonly router: Router,
    private readonly sender: Sender,
    private readonly seed: number,
  ) {
    this.rng = new Random(seed);
  }

  /** Reads what is there through the router's read channels. */
  async load(): Promise<void> {
    const members = await this.read<Member[]>('members:list', {});
    const households = await this.read<Household[]>('households:list', {});
    const sittings = await this.read<SittingSummary[]>('sittings:list', { from: '2027-01-01' });
    this.members.push(...members.map((m) => m.id));
    this.households.push(...households.map((h) => h.id));
    this.sittings.push(...sittings.filter((s) => s.status === 'planned').map((s) => s.id));
  }

  /** Remembers what an acknowledged write created, for later writes to build on. */
  remember(write: PlannedWrite, ack: Ack): void {
    const id = ack.key.id;
    if (!id) return;
    if (write.channel === 'members:create') this.members.push(id);
    if (write.channel === 'households:create') this.households.push(id);
    if (write.channel === 'sittings:create') this.sittings.push(id);
  }

  async next(): Promise<PlannedWrite> {
    const marker = `${this.seed}-${++this.counter}`;
    const member = this.members.length > 0 ? this.rng.pick(this.members) : null;
    const household = this.households.length > 0 ? this.rng.pick(this.households) : null;
    const sitting = this.sittings.length > 0 ? this.rng.pick(this.sittings) : null;
    const roll = this.rng.next();
    if (!member || (roll < 0.15 && this.members.length < MEMBER_CAP)) return this.newMember(marker);
    if (!household || roll < 0.3) return this.newHousehold(marker);
    if (!sitting || roll < 0.4) return this.newSitting(marker);
    if (roll < 0.55) return this.training(member, marker);
    if (roll < 0.7) return this.item(sitting, household, marker);
    if (roll < 0.85) return this.attendance(sitting, member, await this.attendanceVersionOf(sitting, member));
    return this.person(sitting, marker);
  }

  private async read<T>(channel: string, input: unknown): Promise<T> {
    const result = await this.router.dispatch(this.sender, channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  }

  private newMember(marker: string): PlannedWrite {
    const name = `Crash Member ${marker}`;
    return {
      channel: 'members:create',
      input: {
        name,
        email: `crash.${marker}@example.org`,
        listRole: 'member',
        independent: true,
        background: this.rng.pick(['foster_carer', 'social_worker', 'health', 'education']),
        socialWorkerPqe3: false,
        appointmentDate: '2026-04-01',
        termEndDate: '2029-03-31',
        dbsCheckDate: '2026-03-01',
        dbsRenewalDue: '2029-03-01',
        fee: '150.00',
      },
      ackFor: (output) => ack('members:create', 'members', { id: (output as Member).id }, { name }),
    };
  }

  private newHousehold(marker: string): PlannedWrite {
    const reference = `CR-${marker}`;
    return {
      channel: 'households:create',
      input: {
        reference,
        displayName: `Mr and Mrs Crash ${marker}`,
        applicantNames: [`Alex Crash ${marker}`],
        address: '1 Harbour Road\nPort Town\nPT1 1AA',
        householdType: 'mainstream',
        assessingSocialWorker: 'Sam Social',
        applicationReceivedDate: '2026-04-01',
        children: [],
      },
      ackFor: (output) => ack('households:create', 'households', { id: (output as Household).id }, { reference }),
    };
  }

  private newSitting(marker: string): PlannedWrite {
    const date = `${this.rng.int(2027, 2034)}-${pad(this.rng.int(1, 12))}-${pad(this.rng.int(1, 28))}`;
    return {
      channel: 'sittings:create',
      input: {
        kind: this.rng.chance(0.5) ? 'main' : 'extra',
        date,
        startTime: '09:30',
        venue: `Room ${marker}`,
      },
      ackFor: (output) => ack('sittings:create', 'sittings', { id: (output as SittingDetail).id }, { date }),
    };
  }

  private training(memberId: string, marker: string): PlannedWrite {
    const title = `Crash training ${marker}`;
    return {
      channel: 'members:addTraining',
      input: { memberId, date: '2026-10-01', title, hours: '2.5' },
      ackFor: (output) => {
        const entry = (output as Member).training.find((t) => t.title === title);
        if (!entry) throw new Error(`The acknowledged training "${title}" is not in the member's record`);
        return ack('members:addTraining', 'member_training', { id: entry.id }, { member_id: memberId, title });
      },
    };
  }

  private item(sittingId: string, householdId: string, marker: string): PlannedWrite {
    const title = `Crash item ${marker}`;
    return {
      channel: 'items:add',
      input: { sittingId, householdId, itemType: 'approval_mainstream', title, durationMinutes: 30 },
      ackFor: (output) => {
        const item = (output as SittingDetail).items.find((i) => i.title === title);
        if (!item) throw new Error(`The acknowledged item "${title}" is not on the sitting`);
        return ack('items:add', 'agenda_items', { id: item.id }, { sitting_id: sittingId, household_id: householdId });
      },
    };
  }

  /** The member's attendance version as the sitting holds it now (0: no row), so the write is never blind. */
  private async attendanceVersionOf(sittingId: string, memberId: string): Promise<number> {
    return attendanceVersion(await this.read<SittingDetail>('sittings:get', { id: sittingId }), memberId);
  }

  private attendance(sittingId: string, memberId: string, version: number): PlannedWrite {
    const status = this.rng.pick(['present', 'apologies', 'absent'] as const);
    const sets: RowState = {
      table: 'sitting_attendance',
      key: { sitting_id: sittingId, member_id: memberId },
      expect: { status },
    };
    return {
      channel: 'sittings:recordAttendance',
      input: { sittingId, memberId, version, status },
      sets,
      ackFor: () => ({ type: 'ack', channel: 'sittings:recordAttendance', ...sets }),
    };
  }

  private person(sittingId: string, marker: string): PlannedWrite {
    const name = `Observer ${marker}`;
    return {
      channel: 'sittings:addPerson',
      input: { sittingId, kind: 'observer', name },
      ackFor: (output) => {
        const person = (output as SittingDetail).people.find((p) => p.name === name);
        if (!person) throw new Error(`The acknowledged person "${name}" is not at the sitting`);
        return ack('sittings:addPerson', 'sitting_people', { id: person.id }, { sitting_id: sittingId, name });
      },
    };
  }
}

function ack(channel: string, table: string, key: Ack['key'], expect: Ack['expect']): Ack {
  return { type: 'ack', channel, table, key, expect };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

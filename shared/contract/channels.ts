import type { z } from 'zod';
import { appContract } from './app';
import { auditContract } from './audit';
import { authContract } from './auth';
import { backupsContract } from './backups';
import { complaintsContract } from './complaints';
import { dashboardContract } from './dashboard';
import { dataReturnContract } from './data-return';
import { decisionsContract } from './decisions';
import { documentsContract } from './documents';
import type { ChannelDefinition } from './define';
import { householdsContract } from './households';
import { importContract } from './import';
import { inspectionContract } from './inspection';
import { membersContract } from './members';
import { minutesContract } from './minutes';
import { recommendationsContract } from './recommendations';
import { recordsContract } from './records';
import { reportsContract } from './reports';
import { secondFactorContract } from './second-factor';
import { routingContract } from './routing';
import { hostContract, seatContract } from './seat';
import { serviceSetUpContract } from './service-set-up';
import { settingsContract } from './settings';
import { sittingsContract } from './sittings';
import { templatesContract } from './templates';
import { usersContract } from './users';

/** Every channel the backend answers, `domain:verb` → input and output schemas. */
export const contract = {
  ...appContract,
  ...authContract,
  ...usersContract,
  ...secondFactorContract,
  ...membersContract,
  ...householdsContract,
  ...importContract,
  ...sittingsContract,
  ...recommendationsContract,
  ...minutesContract,
  ...decisionsContract,
  ...auditContract,
  ...backupsContract,
  ...settingsContract,
  ...serviceSetUpContract,
  ...documentsContract,
  ...complaintsContract,
  ...recordsContract,
  ...dashboardContract,
  ...reportsContract,
  ...inspectionContract,
  ...dataReturnContract,
  ...routingContract,
  ...seatContract,
  ...hostContract,
  ...templatesContract,
} as const satisfies Record<string, ChannelDefinition>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What the renderer sends (before parsing: e.g. optional fields may be omitted). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (after parsing and transforms). */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
/** What the renderer receives. */
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

import { z } from 'zod';
import { ServiceSetUpStatus } from '../schemas/service-set-up';
import { read, write } from './define';

const Empty = z.object({}).strict();

/** The first-run set-up of the service (name, letterhead, sitting pattern, quorum), shown to the administrator. */
export const serviceSetUpContract = {
  'setup:status': read(Empty, ServiceSetUpStatus),
  /** Put off: the set-up stops opening by itself and a dashboard entry reminds the administrator. */
  'setup:later': write('settings', Empty, ServiceSetUpStatus),
  'setup:finish': write('settings', Empty, ServiceSetUpStatus),
} as const;

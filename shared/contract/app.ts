import { z } from 'zod';
import { IsoDate } from '../schemas/dates';
import { read } from './define';

export const AppInfo = z.object({
  productName: z.string(),
  version: z.string(),
  /** Today's date as the backend's clock sees it; the UI never reads the machine clock itself. */
  today: IsoDate,
  transport: z.enum(['ipc', 'loopback', 'network']),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const appContract = {
  'app:info': read(z.object({}).strict(), AppInfo),
} as const;

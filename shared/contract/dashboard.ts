import { DueFilter, DueList } from '../schemas/dashboard';
import { z } from 'zod';
import { MyWork } from '../schemas/my-work';
import { read } from './define';

export const dashboardContract = {
  'dashboard:due': read(DueFilter, DueList),
  /** The chair's items waiting for their recommendation and minutes waiting for their approval. */
  'dashboard:myWork': read(z.object({}).strict(), MyWork),
} as const;

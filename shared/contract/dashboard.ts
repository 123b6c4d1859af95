import { DueFilter, DueList } from '../schemas/dashboard';
import { read } from './define';

export const dashboardContract = {
  'dashboard:due': read(DueFilter, DueList),
} as const;

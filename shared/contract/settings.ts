import { z } from 'zod';
import { AppSettings } from '../schemas/settings';
import { read, write } from './define';

export const settingsContract = {
  'settings:get': read(z.object({}).strict(), AppSettings),
  'settings:update': write('settings', AppSettings, AppSettings),
} as const;

import { z } from 'zod';
import { AppSettings, SettingsUpdate } from '../schemas/settings';
import { read, write } from './define';

export const settingsContract = {
  'settings:get': read(z.object({}).strict(), AppSettings),
  'settings:update': write('settings', SettingsUpdate, AppSettings),
} as const;

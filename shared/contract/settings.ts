import { z } from 'zod';
import { QuorumNotice } from '../schemas/quorum-notice';
import { SettingsUpdate, SettingsView } from '../schemas/settings';
import { read, write } from './define';

export const settingsContract = {
  'settings:get': read(z.object({}).strict(), SettingsView),
  'settings:update': write('settings', SettingsUpdate, SettingsView),
  /** The notice left when an update raised a quorum rule looser than the regulations. */
  'quorum:notice': read(z.object({}).strict(), QuorumNotice),
  'quorum:acknowledgeNotice': write('notice', z.object({}).strict(), QuorumNotice),
} as const;

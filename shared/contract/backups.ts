import { z } from 'zod';
import {
  BackupInfo,
  BackupName,
  BackupOverview,
  ExportPassphrase,
  RecoveryPassphrase,
  RecoveryStatus,
  SavedFile,
} from '../schemas/backups';
import { read, write } from './define';

const Empty = z.object({}).strict();

export const backupsContract = {
  'backups:list': read(Empty, BackupOverview),
  'backups:create': write('backup', Empty, BackupInfo),
  'backups:restore': write('backup', BackupName, BackupInfo),
  'backups:exportDatabase': write('backup', ExportPassphrase, SavedFile),
  'backups:recovery': read(Empty, RecoveryStatus),
  'backups:setRecovery': write('backup', RecoveryPassphrase, RecoveryStatus),
} as const;

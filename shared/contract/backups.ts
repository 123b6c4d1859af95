import { z } from 'zod';
import {
  BackupInfo,
  BackupName,
  BackupOverview,
  ExportPassphrase,
  NewRecoveryKey,
  PlainBackup,
  RecoveryKeyInput,
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
  'backups:plainList': read(Empty, z.array(PlainBackup)),
  'backups:encryptPlain': write('backup', BackupName, BackupName),
  'backups:deletePlain': write('backup', BackupName, BackupName),
  'backups:setRecovery': write('backup', RecoveryPassphrase, RecoveryStatus),
  /** A fresh printed recovery key, shown once; nothing is kept until `backups:setRecoveryKey` sends it back. */
  'backups:newRecoveryKey': read(Empty, NewRecoveryKey),
  'backups:setRecoveryKey': write('backup', RecoveryKeyInput, RecoveryStatus),
} as const;

import { z } from 'zod';
import { AuditFilter, AuditPage, AuditVerification } from '../schemas/audit';
import { read } from './define';

export const auditContract = {
  'audit:list': read(AuditFilter, AuditPage),
  'audit:verify': read(z.object({}).strict(), AuditVerification),
} as const;

import { z } from 'zod';
import {
  Member,
  MemberFilter,
  MemberRef,
  MemberSummary,
  MemberUpdate,
  NewMember,
  NewTrainingEntry,
  RecordLeaving,
  RecordNotice,
  TrainingRef,
} from '../schemas/member';
import { read, write } from './define';

export const ComplianceWarningSchema = z.object({
  code: z.string(),
  severity: z.enum(['problem', 'due']),
  message: z.string(),
  memberId: z.string().nullable(),
  dueDate: z.string().nullable(),
});

export const membersContract = {
  'members:list': read(MemberFilter, z.array(MemberSummary)),
  'members:get': read(MemberRef, Member),
  'members:compliance': read(z.object({}).strict(), z.array(ComplianceWarningSchema)),
  'members:create': write('member', NewMember, Member),
  'members:update': write('member', MemberUpdate, Member),
  'members:recordNotice': write('member', RecordNotice, Member),
  'members:recordLeaving': write('member', RecordLeaving, Member),
  'members:addTraining': write('member', NewTrainingEntry, Member),
  'members:removeTraining': write('member', TrainingRef, Member),
} as const;

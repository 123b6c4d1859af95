import { z } from 'zod';
import { NewUser, ResetPassword, SetUserDisabled, UserRef, UserSummary, UserUpdate } from '../schemas/users';
import { read, write } from './define';

export const usersContract = {
  'users:list': read(z.object({}).strict(), z.array(UserSummary)),
  'users:get': read(UserRef, UserSummary),
  'users:create': write('user', NewUser, UserSummary),
  'users:update': write('user', UserUpdate, UserSummary),
  'users:resetPassword': write('user', ResetPassword, UserSummary),
  'users:setDisabled': write('user', SetUserDisabled, UserSummary),
} as const;

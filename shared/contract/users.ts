import { z } from 'zod';
import {
  EndSession,
  NewUser,
  ResetPassword,
  SetUserDisabled,
  SignedInSession,
  UserRef,
  UserSummary,
  UserUpdate,
} from '../schemas/users';
import { read, write } from './define';

export const usersContract = {
  'users:list': read(z.object({}).strict(), z.array(UserSummary)),
  'users:get': read(UserRef, UserSummary),
  'users:create': write('user', NewUser, UserSummary),
  'users:update': write('user', UserUpdate, UserSummary),
  'users:resetPassword': write('user', ResetPassword, UserSummary),
  'users:setDisabled': write('user', SetUserDisabled, UserSummary),
  /** Everyone signed in, on this computer or a seat of the service. */
  'users:signedIn': read(z.object({}).strict(), z.array(SignedInSession)),
  /** Ends someone's session: their next call is refused and they sign in again. */
  'users:endSession': write('session', EndSession, z.object({ ended: z.literal(true) })),
} as const;

import { z } from 'zod';
import {
  AuthStatus,
  ChangePasswordInput,
  FirstAdministrator,
  LoginInput,
  SessionInfo,
  UnlockInput,
} from '../schemas/auth';
import { CodeInput } from '../schemas/second-factor';
import { read, write } from './define';

const Empty = z.object({}).strict();

export const authContract = {
  'auth:status': read(Empty, AuthStatus),
  'auth:createFirstAdministrator': write('user', FirstAdministrator, SessionInfo),
  'auth:login': write('session', LoginInput, SessionInfo),
  /** The second step of a sign-in from another computer when the administrator requires a second factor. */
  'auth:verifyCode': write('session', CodeInput, SessionInfo),
  'auth:logout': write('session', Empty, z.object({ loggedOut: z.literal(true) })),
  'auth:lock': read(Empty, SessionInfo),
  'auth:unlock': write('session', UnlockInput, SessionInfo),
  /** The user is still at the keyboard: typing in a form counts, though it calls nothing else. */
  'auth:activity': read(Empty, z.object({ locked: z.boolean() })),
  'auth:changePassword': write('user', ChangePasswordInput, SessionInfo),
} as const;

import { getUserRecord } from '../../../db/repositories/users-repository';
import { fieldError } from '../../backend/domain-error';
import type { HandlerContext } from '../../backend/router';

/** The user a case is sent to: refused, on the ADM field, unless a current account holds the ADM role. */
export function requireCurrentAdm(ctx: HandlerContext, userId: string) {
  const adm = getUserRecord(ctx.db, userId);
  if (!adm || adm.disabled || !adm.roles.includes('adm')) {
    throw fieldError('admUserId', 'Choose a current user with the ADM role');
  }
  return adm;
}

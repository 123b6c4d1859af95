import { centralListWarnings } from '../../../shared/domain/members/compliance';
import { allMemberFacts, listMembers } from '../../../db/repositories/members-repository';
import type { Router } from '../../backend/router';
import {
  addTraining,
  createMember,
  editMember,
  recordLeaving,
  recordNotice,
  removeTraining,
  requireMember,
} from './member-service';

export function registerMembers(router: Router): void {
  router.handle('members:list', (ctx, filter) => listMembers(ctx.db, filter));
  router.handle('members:get', (ctx, { id }) => requireMember(ctx, id));
  router.handle('members:compliance', (ctx) => centralListWarnings(allMemberFacts(ctx.db), ctx.clock.today()));
  router.handle('members:create', createMember);
  router.handle('members:update', editMember);
  router.handle('members:recordNotice', recordNotice);
  router.handle('members:recordLeaving', recordLeaving);
  router.handle('members:addTraining', addTraining);
  router.handle('members:removeTraining', removeTraining);
}

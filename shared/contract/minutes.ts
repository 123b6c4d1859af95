import {
  ApproveMinutes,
  MinutesContent,
  MinutesRef,
  MinutesVersionRef,
  MinutesView,
  ReopenMinutes,
  SaveMinutes,
  SendToAdm,
} from '../schemas/minutes';
import { read, write } from './define';

export const minutesContract = {
  'minutes:get': read(MinutesRef, MinutesView),
  'minutes:version': read(MinutesVersionRef, MinutesContent),
  'minutes:save': write('minutes', SaveMinutes, MinutesView),
  'minutes:approve': write('minutes', ApproveMinutes, MinutesView),
  'minutes:reopen': write('minutes', ReopenMinutes, MinutesView),
  'minutes:sendToAdm': write('minutes', SendToAdm, MinutesView),
} as const;

import { z } from 'zod';
import {
  AgendaItemUpdate,
  AttendanceUpdate,
  CancelSitting,
  DeclarationInput,
  DeclarationRef,
  ItemOutcomeChange,
  ItemRemoval,
  NewAgendaItem,
  NewPerson,
  NewSitting,
  PapersSent,
  PersonRef,
  ReorderItems,
  SeriesPreview,
  SeriesRequest,
  SittingFilter,
  SittingProgress,
  SittingRef,
  SittingRoles,
  SittingUpdate,
} from '../schemas/sitting';
import { SetItemPresider, SetServiceRecommendation } from '../schemas/item-presiding';
import { SittingChoice, SittingChoiceFilter, SittingDetail, SittingSummary } from '../schemas/sitting-views';
import { read, write } from './define';

export const sittingsContract = {
  'sittings:list': read(SittingFilter, z.array(SittingSummary)),
  /** Sittings not cancelled, newest first, to choose one from in a form: searched by date, limited in SQL. */
  'sittings:choices': read(SittingChoiceFilter, z.array(SittingChoice)),
  'sittings:get': read(SittingRef, SittingDetail),
  'sittings:previewSeries': read(SeriesRequest, SeriesPreview),
  'sittings:createSeries': write('sitting', SeriesRequest, z.array(SittingSummary)),
  'sittings:create': write('sitting', NewSitting, SittingDetail),
  'sittings:update': write('sitting', SittingUpdate, SittingDetail),
  'sittings:progress': write('sitting', SittingProgress, SittingDetail),
  'sittings:cancel': write('sitting', CancelSitting, SittingDetail),
  'sittings:setRoles': write('sitting', SittingRoles, SittingDetail),
  'sittings:recordAttendance': write('sitting', AttendanceUpdate, SittingDetail),
  'sittings:addPerson': write('sitting', NewPerson, SittingDetail),
  'sittings:removePerson': write('sitting', PersonRef, SittingDetail),
  'sittings:recordPapersSent': write('sitting', PapersSent, SittingDetail),
  'items:add': write('agenda item', NewAgendaItem, SittingDetail),
  'items:update': write('agenda item', AgendaItemUpdate, SittingDetail),
  'items:reorder': write('sitting', ReorderItems, SittingDetail),
  'items:changeOutcome': write('agenda item', ItemOutcomeChange, SittingDetail),
  'items:remove': write('agenda item', ItemRemoval, SittingDetail),
  'items:declare': write('agenda item', DeclarationInput, SittingDetail),
  'items:removeDeclaration': write('agenda item', DeclarationRef, SittingDetail),
  'items:setPresider': write('agenda item', SetItemPresider, SittingDetail),
  'items:setServiceRecommendation': write('agenda item', SetServiceRecommendation, SittingDetail),
} as const;

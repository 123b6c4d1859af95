import { z } from 'zod';
import {
  ApproveExtension,
  CaseRef,
  Decide,
  DecisionCaseView,
  DecisionQueue,
  ExtensionView,
  FinalDecision,
  HouseholdResignation,
  InformationReceived,
  NoteResignation,
  QueueFilter,
  RecordIrmRecommendation,
  RecordLetterDate,
  RecordResignation,
  RecordRoute,
  RecordToldOrally,
  RequestInformation,
  ResignationRef,
  ResignationView,
} from '../schemas/decision';
import { DecidedFilter, DecidedPage } from '../schemas/decided-cases';
import { ReferDirect, ReferralOptions } from '../schemas/direct-referral';
import { HouseholdRef } from '../schemas/household';
import { read, write } from './define';

export const decisionsContract = {
  'decisions:queue': read(QueueFilter, DecisionQueue),
  /** The cases the signed-in ADM decided (the administrator: every one), most recent first, with their letters. */
  'decisions:decided': read(DecidedFilter, DecidedPage),
  'decisions:get': read(CaseRef, DecisionCaseView),
  'decisions:decide': write('decision', Decide, DecisionCaseView),
  'decisions:requestInformation': write('decision', RequestInformation, DecisionCaseView),
  'decisions:informationReceived': write('decision', InformationReceived, DecisionCaseView),
  'decisions:recordLetterDate': write('decision', RecordLetterDate, DecisionCaseView),
  'decisions:recordToldOrally': write('decision', RecordToldOrally, DecisionCaseView),
  'decisions:recordRoute': write('decision', RecordRoute, DecisionCaseView),
  'decisions:recordIrmRecommendation': write('decision', RecordIrmRecommendation, DecisionCaseView),
  'decisions:finalise': write('decision', FinalDecision, DecisionCaseView),
  'decisions:referralOptions': read(z.object({}).strict(), ReferralOptions),
  'decisions:referDirect': write('decision', ReferDirect, DecisionCaseView),
  'resignations:get': read(CaseRef, ResignationView),
  'resignations:note': write('household', NoteResignation, ResignationView),
  'resignations:record': write('household', RecordResignation, HouseholdResignation),
  'resignations:ofHousehold': read(HouseholdRef, HouseholdResignation.nullable()),
  /** A recorded notice as its acknowledgement letter needs it, panel item or not. */
  'resignations:notice': read(ResignationRef, ResignationView),
  'extensions:get': read(CaseRef, ExtensionView),
  'extensions:approve': write('household', ApproveExtension, ExtensionView),
} as const;

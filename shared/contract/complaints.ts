import { z } from 'zod';
import {
  Complaint,
  ComplaintFilter,
  ComplaintUpdate,
  FeedbackFilter,
  FeedbackForm,
  NewComplaint,
  NewFeedbackForm,
} from '../schemas/complaints';
import { read, write } from './define';

export const complaintsContract = {
  'complaints:list': read(ComplaintFilter, z.array(Complaint)),
  'complaints:create': write('complaint', NewComplaint, Complaint),
  'complaints:update': write('complaint', ComplaintUpdate, Complaint),
  'feedback:list': read(FeedbackFilter, z.array(FeedbackForm)),
  'feedback:create': write('feedback form', NewFeedbackForm, FeedbackForm),
} as const;

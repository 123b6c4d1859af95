import {
  Complaint,
  ComplaintFilter,
  ComplaintPage,
  ComplaintUpdate,
  FeedbackFilter,
  FeedbackForm,
  FeedbackPage,
  NewComplaint,
  NewFeedbackForm,
} from '../schemas/complaints';
import { read, write } from './define';

export const complaintsContract = {
  'complaints:list': read(ComplaintFilter, ComplaintPage),
  'complaints:create': write('complaint', NewComplaint, Complaint),
  'complaints:update': write('complaint', ComplaintUpdate, Complaint),
  'feedback:list': read(FeedbackFilter, FeedbackPage),
  'feedback:create': write('feedback form', NewFeedbackForm, FeedbackForm),
} as const;

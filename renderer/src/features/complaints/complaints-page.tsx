import { usePageTitle } from '../../components/use-page-title';
import { ComplaintsSection } from './complaints-section';
import { FeedbackSection } from './feedback-section';

/** The complaints log and the feedback forms people return after panel, both counted in the annual report. */
export function ComplaintsPage() {
  usePageTitle('Complaints and feedback');
  return (
    <>
      <h1>Complaints and feedback</h1>
      <p>
        Record complaints about panel and how they ended, and the feedback forms applicants, carers and social workers
        return after attending. Observers are recorded in each sitting&apos;s attendance.
      </p>
      <ComplaintsSection />
      <FeedbackSection />
    </>
  );
}

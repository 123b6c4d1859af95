import { useState } from 'react';
import type { ChannelInput } from '../../../../shared/contract/channels';
import { FEEDBACK_FROM_LABELS, type FeedbackForm } from '../../../../shared/schemas/complaints';
import { useRead } from '../../api/hooks';
import { NoticeBanner } from '../../components/notice-banner';
import { Pager } from '../../components/pager';
import { FormFrame } from '../../forms/form-frame';
import { useFilterForm } from '../../forms/use-filter-form';
import { formatDate } from '../../format';
import { useSession } from '../auth/session-context';
import { SittingPicker } from '../sittings/sitting-picker';
import { FeedbackDialog } from './feedback-dialog';

function itemWords(form: FeedbackForm): string {
  if (!form.item) return 'The sitting as a whole';
  const reference = form.item.householdReference ? `, ${form.item.householdReference}` : '';
  return `Item ${form.item.number}: ${form.item.typeLabel}${reference}`;
}

/** Feedback forms per sitting or per item, with their ratings (1 to 5) and comments. */
export function FeedbackSection() {
  const { may } = useSession();
  // The filter in force and its page: a changed filter starts again at page 1.
  const [filter, setFilter] = useState<ChannelInput<'feedback:list'>>({ page: 1 });
  const form = useFilterForm({
    channel: 'feedback:list',
    live: true,
    initial: () => ({ sittingId: '' }),
    toInput: (values) => ({ sittingId: values.sittingId || undefined, page: 1 }),
    onApply: setFilter,
    fieldTargets: { sittingId: 'feedback-sitting' },
  });
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const list = useRead('feedback:list', filter);
  const forms = list.data?.forms ?? [];
  // Of every form that matches, not only this page's.
  const total = list.data?.total ?? 0;
  const average = list.data?.averageRating ?? null;
  return (
    <section aria-labelledby="feedback-heading" className="section">
      <h2 id="feedback-heading" tabIndex={-1}>
        Feedback forms
      </h2>
      <NoticeBanner message={notice} />
      {may('feedback:create') ? (
        <div className="button-row">
          <button type="button" className="button" onClick={() => setAdding(true)}>
            Add a feedback form
          </button>
        </div>
      ) : null}
      <FormFrame form={form} className="filters" label="Filter feedback forms" footer={false}>
        <SittingPicker id="feedback-sitting" label="Sitting" placeholder="All sittings" {...form.bind('sittingId')} />
      </FormFrame>
      <p role="status" className="result-count">
        {list.data
          ? `${total} ${total === 1 ? 'form' : 'forms'}${
              average !== null ? `, average rating ${average.toFixed(1)} out of 5` : ''
            }`
          : 'Loading feedback forms…'}
      </p>
      {list.error ? (
        <p className="field-error" role="alert">
          {list.error.message}
        </p>
      ) : null}
      {forms.length > 0 ? (
        <table className="table">
          <caption className="visually-hidden">Feedback forms</caption>
          <thead>
            <tr>
              <th scope="col">Received</th>
              <th scope="col">From</th>
              <th scope="col">Sitting</th>
              <th scope="col">About</th>
              <th scope="col" className="numeric">
                Rating
              </th>
              <th scope="col">Comments</th>
            </tr>
          </thead>
          <tbody>
            {forms.map((f) => (
              <tr key={f.id}>
                <td>{formatDate(f.receivedOn)}</td>
                <td>{FEEDBACK_FROM_LABELS[f.fromKind]}</td>
                <td>{formatDate(f.sitting.date)}</td>
                <td>{itemWords(f)}</td>
                <td className="numeric">{f.rating} out of 5</td>
                <td className="preserve-lines">{f.comment ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {list.data ? (
        <Pager
          label="Pages of feedback forms"
          page={list.data.page}
          pageCount={Math.max(1, Math.ceil(total / list.data.pageSize))}
          focusId="feedback-heading"
          onPage={(next) => setFilter({ ...filter, page: next })}
        />
      ) : null}
      <FeedbackDialog
        open={adding}
        onClose={() => setAdding(false)}
        onSaved={(text) => {
          setAdding(false);
          setNotice(text);
        }}
      />
    </section>
  );
}

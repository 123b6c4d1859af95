import { useState, type SubmitEvent } from 'react';
import type { DecisionCaseView } from '../../../../shared/schemas/decision';
import { errorState } from '../../api/error-state';
import { useToday, useWrite } from '../../api/hooks';
import { DateField } from '../../components/date-field';
import { partsFromIso, partsToIso } from '../../components/date-parts';
import { Dialog } from '../../components/dialog';
import { DialogButtons } from '../../components/dialog-buttons';
import { useDraft } from '../../components/drafts';
import { ErrorSummary } from '../../components/error-summary';
import { TextArea, TextField } from '../../components/fields';

interface RequestValues {
  what: string;
  from: string;
}

/** Instead of deciding now: the ADM asks for more information, and the item waits until it arrives. */
export function RequestInformation({ view, onSaved }: { view: DecisionCaseView; onSaved: (notice: string) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
          Ask for more information
        </button>
      </div>
      <Dialog open={open} title="Ask for more information" onClose={() => setOpen(false)}>
        <RequestForm
          view={view}
          onClose={() => setOpen(false)}
          onSaved={(notice) => {
            setOpen(false);
            onSaved(notice);
          }}
        />
      </Dialog>
    </>
  );
}

function RequestForm({
  view,
  onClose,
  onSaved,
}: {
  view: DecisionCaseView;
  onClose: () => void;
  onSaved: (notice: string) => void;
}) {
  const today = useToday();
  const [values, setValues, discard] = useDraft<RequestValues>(`decision:request:${view.case.itemId}`, () => ({
    what: '',
    from: '',
  }));
  const [requestedOn, setRequestedOn] = useState(() => partsFromIso(today));
  const request = useWrite('decisions:requestInformation');
  const { message, fieldErrors } = errorState(request.error);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    request.mutate(
      {
        itemId: view.case.itemId,
        version: view.case.version,
        what: values.what,
        from: values.from,
        requestedOn: partsToIso(requestedOn),
      },
      {
        onSuccess: () => {
          discard();
          onSaved('Your request for more information has been recorded. The item waits until it arrives.');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary
        message={message}
        fieldErrors={fieldErrors}
        fieldTargets={{ what: 'infoWhat', from: 'infoFrom', requestedOn: 'requestedOn-day' }}
      />
      <TextArea
        id="infoWhat"
        label="What information do you need?"
        rows={4}
        value={values.what}
        onChange={(what) => setValues({ ...values, what })}
        error={fieldErrors.what}
      />
      <TextField
        id="infoFrom"
        label="Who should provide it?"
        hint="For example, the supervising social worker"
        value={values.from}
        onChange={(from) => setValues({ ...values, from })}
        error={fieldErrors.from}
      />
      <DateField
        id="requestedOn"
        legend="Date of the request"
        value={requestedOn}
        onChange={setRequestedOn}
        error={fieldErrors.requestedOn}
      />
      <DialogButtons submitLabel="Record the request" pending={request.isPending} onCancel={onClose} />
    </form>
  );
}

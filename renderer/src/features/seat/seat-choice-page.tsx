import { useState } from 'react';
import type { ProbeResult } from '../../../../shared/schemas/seat';
import { errorState } from '../../api/error-state';
import { useWrite } from '../../api/hooks';
import { TextField } from '../../components/fields';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { AuthLayout } from '../auth/auth-layout';
import { ConfirmServicePage } from './confirm-service-page';

/**
 * The desktop app's first page, once: keep the records on this computer (as
 * before), or connect to the service that keeps them (its address, then its
 * certificate's fingerprint shown to compare with the administrator's, then a
 * name for this computer).
 */
export function SeatChoicePage() {
  const [step, setStep] = useState<'choose' | 'address'>('choose');
  const [probe, setProbe] = useState<ProbeResult | null>(null);
  if (probe) return <ConfirmServicePage probe={probe} onBack={() => setProbe(null)} />;
  if (step === 'address') return <AddressStep onProbed={setProbe} onBack={() => setStep('choose')} />;
  return <ChooseStep onConnect={() => setStep('address')} />;
}

function ChooseStep({ onConnect }: { onConnect: () => void }) {
  const useLocal = useWrite('seat:useLocal');
  const problem = useLocal.error ? errorState(useLocal.error).message : null;
  return (
    <AuthLayout title="How will this computer be used?">
      {problem ? (
        <p role="alert" className="field-error">
          {problem}
        </p>
      ) : null}
      <section aria-labelledby="choice-local" className="seat-choice">
        <h2 id="choice-local">On its own</h2>
        <p>The records are kept on this computer, for a service that works from one computer.</p>
        <button type="button" className="button" disabled={useLocal.isPending} onClick={() => useLocal.mutate({})}>
          Use on this computer only
        </button>
      </section>
      <section aria-labelledby="choice-service" className="seat-choice">
        <h2 id="choice-service">With your service</h2>
        <p>
          The records are kept by your service’s host, and the chair, the ADM and the administrator each work from their
          own computer. You need the service’s address and its certificate fingerprint from your administrator.
        </p>
        <button type="button" className="button button--secondary" onClick={onConnect}>
          Connect to your service
        </button>
      </section>
    </AuthLayout>
  );
}

function AddressStep({ onProbed, onBack }: { onProbed: (probe: ProbeResult) => void; onBack: () => void }) {
  const form = useChannelForm({
    channel: 'seat:probe',
    initial: () => ({ serviceAddress: '' }),
    toInput: (values) => values,
    onSaved: (probe) => onProbed(probe),
  });
  return (
    <AuthLayout title="Connect to your service">
      <FormFrame
        form={form}
        className=""
        submitLabel="Continue"
        savingLabel="Checking the address…"
        secondaryAction={
          <button type="button" className="button button--secondary" onClick={onBack}>
            Back
          </button>
        }
      >
        <TextField
          id="serviceAddress"
          label="The service’s address"
          hint="As your administrator gave it, for example panel.example.org:8443"
          width="medium"
          autoComplete="url"
          {...form.bind('serviceAddress')}
        />
      </FormFrame>
    </AuthLayout>
  );
}

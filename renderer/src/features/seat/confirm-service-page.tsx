import type { ProbeResult } from '../../../../shared/schemas/seat';
import { CheckboxField, TextField } from '../../components/fields';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';
import { AuthLayout } from '../auth/auth-layout';

/**
 * The certificate the service showed, to compare with the fingerprint the
 * administrator gave: confirmed once, then pinned, so this computer never
 * talks to any other certificate at that address. A certificate the operating
 * system already trusts may be trusted that way instead.
 */
export function ConfirmServicePage({ probe, onBack }: { probe: ProbeResult; onBack: () => void }) {
  const form = useChannelForm({
    channel: 'seat:connect',
    initial: () => ({ seatName: '', useSystemTrust: false }),
    toInput: (values) => ({
      serviceAddress: probe.address,
      fingerprint: values.useSystemTrust ? null : probe.fingerprint,
      seatName: values.seatName,
    }),
    fieldTargets: { fingerprint: 'fingerprint-shown', serviceAddress: 'fingerprint-shown' },
  });
  return (
    <AuthLayout title="Check the service’s certificate">
      <p>
        The service at <strong>{probe.address}</strong> showed this certificate fingerprint (SHA-256). Compare it, every
        pair, with the one your administrator gave you. Connect only if they are the same.
      </p>
      <p id="fingerprint-shown" tabIndex={-1} className="fingerprint" aria-label="Certificate fingerprint">
        {probe.fingerprint}
      </p>
      <p className="hint">
        For {probe.names.join(', ') || 'no names'}; valid until{' '}
        {new Date(probe.validTo).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}.
      </p>
      <FormFrame
        form={form}
        className=""
        submitLabel="The fingerprints match: connect"
        savingLabel="Connecting…"
        secondaryAction={
          <button type="button" className="button button--secondary" onClick={onBack}>
            Back
          </button>
        }
      >
        <TextField
          id="seatName"
          label="This computer’s name"
          hint="Shown to the administrator and kept in the audit trail, for example Panel room laptop"
          width="medium"
          {...form.bind('seatName')}
        />
        {probe.trustedBySystem ? (
          <CheckboxField
            id="useSystemTrust"
            label="Trust the service’s certificate as this computer’s operating system does (the service can then renew it without asking here again)"
            {...form.check('useSystemTrust')}
          />
        ) : null}
      </FormFrame>
    </AuthLayout>
  );
}

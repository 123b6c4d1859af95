import type { HostStatus } from '../../../../shared/schemas/seat';
import { errorState } from '../../api/error-state';
import { useRead, useWrite } from '../../api/hooks';
import { TextField } from '../../components/fields';
import { LoadState } from '../../components/load-state';
import { FormFrame } from '../../forms/form-frame';
import { useChannelForm } from '../../forms/use-channel-form';

/**
 * Settings → "Share with other computers": this desktop app becomes the
 * service's host (the same HTTPS host as `npm run serve`), for the seats of
 * the chair, the ADM and others on the service's own network. Administrator
 * only; the main process checks the role on every call.
 */
export function SharingPage() {
  const status = useRead('host:status', {});
  return (
    <>
      <h1>Share with other computers</h1>
      <LoadState query={status} what="whether this computer is shared">
        {(data) => (data.available ? <Sharing status={data} /> : <p>This service is already shared by its host.</p>)}
      </LoadState>
    </>
  );
}

function Sharing({ status }: { status: HostStatus }) {
  const stop = useWrite('host:stop');
  const problem = stop.error ? errorState(stop.error).message : null;
  if (!status.sharing) return <StartSharingForm />;
  return (
    <section aria-labelledby="sharing-now">
      <h2 id="sharing-now">Shared now</h2>
      <p>
        Give each seat this address and this fingerprint. On a seat, choose “Connect to your service”, type the address,
        and connect only if the fingerprint it shows is the same.
      </p>
      <dl className="sharing-details">
        <dt>Address</dt>
        <dd>{status.address}</dd>
        <dt>Certificate fingerprint (SHA-256)</dt>
        <dd className="fingerprint">{status.fingerprint}</dd>
        <dt>Computers connected</dt>
        <dd>{status.seats}</dd>
      </dl>
      <p>Stopping tells every connected computer at once that the service is closing.</p>
      {problem ? (
        <p role="alert" className="field-error">
          {problem}
        </p>
      ) : null}
      <button
        type="button"
        className="button button--warning"
        disabled={stop.isPending}
        onClick={() => stop.mutate({})}
      >
        {stop.isPending ? 'Stopping…' : 'Stop sharing'}
      </button>
    </section>
  );
}

function StartSharingForm() {
  const form = useChannelForm({
    channel: 'host:start',
    initial: () => ({ listenAddress: '0.0.0.0', port: '8443' }),
    toInput: (values) => values,
  });
  return (
    <>
      <p>
        The chair, the ADM and others can then work from their own computers on this computer’s records, while this app
        stays open. Use it only on the service’s own network or its VPN, never the open internet. A certificate for this
        computer is made the first time and kept with its keys.
      </p>
      <FormFrame form={form} submitLabel="Start sharing" savingLabel="Starting…">
        <TextField
          id="listenAddress"
          label="Address to listen on"
          hint="0.0.0.0 for all of this computer’s networks, or one of its addresses"
          width="medium"
          {...form.bind('listenAddress')}
        />
        <TextField id="port" label="Port" inputMode="numeric" width="short" {...form.bind('port')} />
      </FormFrame>
    </>
  );
}

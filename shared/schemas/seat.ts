import { z } from 'zod';
import { requiredText } from './text';

/**
 * A service's address as a person types it: `panel.example.org:8443`,
 * `https://192.168.1.20:8443` or `https://panel.example.org` (port 443).
 * Normalised to `https://host:port`; plain `http://` is refused, since a seat
 * only ever talks to its service over TLS.
 */
export const ServiceAddress = z
  .string({ error: 'Enter the service’s address' })
  .trim()
  .min(1, { error: 'Enter the service’s address' })
  .max(300, { error: 'The address must be 300 characters or fewer' })
  .transform((text, ctx) => {
    if (/^http:\/\//i.test(text)) {
      ctx.addIssue({ code: 'custom', message: 'The address must start with https:// (the service only speaks HTTPS)' });
      return z.NEVER;
    }
    let url: URL;
    try {
      url = new URL(/^https:\/\//i.test(text) ? text : `https://${text}`);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'Enter an address such as panel.example.org:8443' });
      return z.NEVER;
    }
    if (url.username || url.password || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
      ctx.addIssue({ code: 'custom', message: 'Enter only the address and port, such as panel.example.org:8443' });
      return z.NEVER;
    }
    return `https://${url.host}`.toLowerCase().replace(/:443$/, '');
  });

/** SHA-256 of a certificate as the host prints it: 32 pairs of hex digits separated by colons. */
export const CertificateFingerprint = z
  .string({ error: 'The certificate’s fingerprint is missing' })
  .trim()
  .transform((text) => text.toUpperCase())
  // A refinement, not a regex check: input generators cannot build a 95-character pattern within a string's usual length.
  .refine((text) => /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/.test(text), {
    error: 'The fingerprint must be 32 pairs of letters and digits separated by colons',
  });

export const SeatStatus = z.object({
  /** `unconfigured`: the first-run choice is due; `local`: this computer's own data; `seat`: a service's. */
  mode: z.enum(['unconfigured', 'local', 'seat']),
  service: z
    .object({
      address: z.string(),
      /** The pinned certificate's fingerprint; null when the operating system's trust is used instead. */
      fingerprint: z.string().nullable(),
      seatName: z.string(),
    })
    .nullable(),
});
export type SeatStatus = z.infer<typeof SeatStatus>;

export const ProbeInput = z.object({ serviceAddress: ServiceAddress }).strict();
export const ProbeResult = z.object({
  address: z.string(),
  fingerprint: z.string(),
  /** Whether the operating system already trusts the certificate (the service's own certificate authority). */
  trustedBySystem: z.boolean(),
  /** The names and addresses the certificate is for. */
  names: z.array(z.string()),
  validTo: z.string(),
});
export type ProbeResult = z.infer<typeof ProbeResult>;

export const ConnectInput = z
  .object({
    serviceAddress: ServiceAddress,
    /** The fingerprint the user confirmed, or null to trust a certificate the operating system trusts. */
    fingerprint: CertificateFingerprint.nullable(),
    seatName: requiredText('a name for this computer', 60),
  })
  .strict();

/** Sharing this computer's data with other computers (the desktop host). */
export const HostStatus = z.object({
  sharing: z.boolean(),
  /** Whether this app can share at all (the desktop app and its test stand-in can; a headless host already is one). */
  available: z.boolean(),
  address: z.string().nullable(),
  fingerprint: z.string().nullable(),
  seats: z.number().int().nonnegative(),
});
export type HostStatus = z.infer<typeof HostStatus>;

export const HostStartInput = z
  .object({
    /** The address to listen on: an address of this computer, or 0.0.0.0 for all of them. */
    listenAddress: z
      .string({ error: 'Enter the address to listen on' })
      .trim()
      .regex(/^(\d{1,3}(\.\d{1,3}){3}|[A-Za-z0-9.-]{1,253})$/, {
        error: 'Enter an address such as 0.0.0.0 or 192.168.1.20',
      }),
    port: z.coerce
      .number({ error: 'Enter a port number' })
      .int({ error: 'Enter a whole port number' })
      .min(1024, { error: 'Choose a port from 1024 to 65535' })
      .max(65535, { error: 'Choose a port from 1024 to 65535' }),
  })
  .strict();

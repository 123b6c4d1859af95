import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { isIP } from 'node:net';
import { generate } from 'selfsigned';
import { ensureOwnerOnlyFolder, OWNER_ONLY_FILE, restrictToOwner } from '../../db/owner-only';

/** What the host serves HTTPS with, and what seats are told to check. */
export interface TlsMaterial {
  cert: string;
  key: string;
  /** SHA-256 of the certificate, colon-separated hex: what a desktop seat shows and pins. */
  fingerprint: string;
  /** The DNS names and IP addresses the certificate is for: the Host headers the host accepts. */
  names: string[];
}

export function loadTlsMaterial(certFile: string, keyFile: string): TlsMaterial {
  const cert = readFileSync(certFile, 'utf8');
  const key = readFileSync(keyFile, 'utf8');
  return { cert, key, ...describeCertificate(cert) };
}

export function describeCertificate(cert: string): Pick<TlsMaterial, 'fingerprint' | 'names'> {
  const x509 = new X509Certificate(cert);
  const names = (x509.subjectAltName ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .flatMap((entry) => {
      const [kind, value] = entry.split(':', 2).map((part) => part.trim());
      if (!value) return [];
      return kind === 'DNS' || kind === 'IP Address' ? [value.toLowerCase()] : [];
    });
  return { fingerprint: x509.fingerprint256, names };
}

/**
 * A small service's own certificate, made once and kept in `folder`
 * (certificate readable, key owner-only). Only desktop seats, which pin its
 * fingerprint, can connect with it; browsers need a certificate the operating
 * system trusts.
 */
export async function selfSignedMaterial(folder: string, listenHost: string): Promise<TlsMaterial> {
  const certFile = path.join(folder, 'host-certificate.pem');
  const keyFile = path.join(folder, 'host-key.pem');
  if (existsSync(certFile) && existsSync(keyFile)) return loadTlsMaterial(certFile, keyFile);
  const names = [...new Set(['localhost', hostname().toLowerCase(), listenHost])].filter((name) => name !== '0.0.0.0');
  const altNames = [
    ...names.filter((name) => isIP(name) === 0).map((value) => ({ type: 2 as const, value })),
    ...[...new Set(['127.0.0.1', ...names.filter((name) => isIP(name) !== 0)])].map((ip) => ({ type: 7 as const, ip })),
  ];
  const now = new Date();
  const pems = await generate([{ name: 'commonName', value: hostname() }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: now,
    notAfterDate: new Date(now.getTime() + 825 * 24 * 60 * 60 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames },
    ],
  });
  ensureOwnerOnlyFolder(folder);
  for (const [file, text] of [
    [keyFile, pems.private],
    [certFile, pems.cert],
  ] as const) {
    writeFileSync(file, text, { mode: OWNER_ONLY_FILE });
    restrictToOwner(file);
  }
  return loadTlsMaterial(certFile, keyFile);
}

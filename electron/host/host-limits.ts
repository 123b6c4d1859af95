import type { FastifyRequest } from 'fastify';

/** The host's limits per client address. A busy panel day is a few hundred calls an hour per seat. */
export const LIMITS = {
  /** Any request, files included. */
  requestsPerMinute: 2000,
  /** Router calls other than signing in. */
  callsPerMinute: 1200,
  /** Sign-in (password or code) and unlock attempts: the account's own throttle counts failures; this stops one address trying many accounts. */
  signInsPerMinute: 10,
  /** New seats (session cookies) opened. */
  seatsPerMinute: 30,
  /** A JSON call; documents are built by the host, so no call needs to carry more. */
  bodyBytes: 5 * 1024 * 1024,
} as const;

const SIGN_IN_CHANNELS: ReadonlySet<string> = new Set([
  'auth:login',
  'auth:verifyCode',
  'auth:unlock',
  'auth:createFirstAdministrator',
]);

function isSignIn(request: FastifyRequest): boolean {
  const body = request.body as { channel?: unknown } | undefined;
  return typeof body?.channel === 'string' && SIGN_IN_CHANNELS.has(body.channel);
}

/** Sign-ins and other calls from one address are counted apart (the body is parsed by then: the preHandler hook). */
export function rateLimitKey(request: FastifyRequest): string {
  return `${request.ip}|${isSignIn(request) ? 'sign-in' : 'calls'}`;
}

export function rpcCallLimit(_request: FastifyRequest, key: string): number {
  return key.endsWith('|sign-in') ? LIMITS.signInsPerMinute : LIMITS.callsPerMinute;
}

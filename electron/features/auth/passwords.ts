import { hash, verify, type Options } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

/** OWASP's argon2id minimum: 19 MiB of memory, 2 passes. Hashing runs off the main thread. */
export const ARGON2_OPTIONS: Options = {
  // Algorithm.Argon2id: a const enum, which isolated modules cannot read.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

let checks = 0;

/** How many passwords have been checked against a hash since start: the throttle tests count them. */
export function passwordChecksSoFar(): number {
  return checks;
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  checks += 1;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let common: Set<string> | null = null;

/** About 50,000 passwords seen most often in breaches (from zxcvbn's list), checked case-insensitively. */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  const lower = password.toLowerCase();
  return common.has(lower) || common.has(lower.replace(/[\d!?.]+$/, ''));
}

/** Why a chosen password is refused, or null if it is acceptable (length is checked by the schema). */
export function passwordProblem(password: string, username: string, displayName: string): string | null {
  const lower = password.toLowerCase();
  if (isCommonPassword(password))
    return 'This password is too common. Choose one that would be hard to guess, such as three random words.';
  if (lower.includes(username.toLowerCase())) return 'The password must not contain the username.';
  const nameParts = displayName
    .toLowerCase()
    .split(/\s+/)
    .filter((part) => part.length >= 3);
  if (nameParts.some((part) => lower.includes(part))) return 'The password must not contain your name.';
  if (/^(.)\1+$/.test(password)) return 'The password must not be one character repeated.';
  return null;
}

import { describe, expect, it } from 'vitest';
import { admRecordingRefusal } from '../../shared/domain/auth/adm-rule';
import { describeWait, loginDelaySeconds } from '../../shared/domain/auth/throttle';
import { isCommonPassword, passwordProblem } from '../../electron/features/auth/passwords';

describe('login throttle', () => {
  it('allows five failures, then waits 30 seconds, doubling, at most 15 minutes', () => {
    expect([0, 1, 4].map(loginDelaySeconds)).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8].map(loginDelaySeconds)).toEqual([30, 60, 120, 240]);
    expect(loginDelaySeconds(20)).toBe(900);
  });

  it('says the wait in words', () => {
    expect(describeWait(1)).toBe('1 second');
    expect(describeWait(30)).toBe('30 seconds');
    expect(describeWait(60)).toBe('1 minute');
    expect(describeWait(90)).toBe('1 minute and 30 seconds');
    expect(describeWait(900)).toBe('15 minutes');
  });
});

describe('password rules', () => {
  it.each(['password123', 'Password1!', 'qwertyuiop', 'iloveyou12', '1234567890'])(
    'refuses the common %s',
    (password) => {
      expect(isCommonPassword(password)).toBe(true);
    },
  );

  it('accepts an uncommon passphrase', () => {
    expect(passwordProblem('plum-kettle-harbour-42', 'alex', 'Alex Administrator')).toBeNull();
  });

  it('refuses the username, the name, or one repeated character', () => {
    expect(passwordProblem('my-alexsmith-pass', 'alexsmith', 'Alex Smith')).toMatch(/username/);
    expect(passwordProblem('harbourSmith77', 'asmith', 'Alex Smith')).toMatch(/your name/);
    expect(passwordProblem('zzzzzzzzzzzz', 'asmith', 'Al Sm')).toMatch(/one character/);
  });
});

describe('ADM recording rule', () => {
  it('refuses the ADM who will decide the item', () => {
    expect(admRecordingRefusal({ userId: 'u1' }, { decidingAdmUserId: 'u1' })).toMatch(
      /agency decision maker for this item/,
    );
  });

  it('allows anyone else, and anyone before an ADM is assigned', () => {
    expect(admRecordingRefusal({ userId: 'u2' }, { decidingAdmUserId: 'u1' })).toBeNull();
    expect(admRecordingRefusal({ userId: 'u1' }, { decidingAdmUserId: null })).toBeNull();
  });
});

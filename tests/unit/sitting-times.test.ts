import { addMinutes, format, parse } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { addToTime } from '../../electron/features/sittings/sitting-view';

/** The agenda's start times: plain arithmetic gives what date-fns gave, round the clock. */
describe('an item start time', () => {
  const byDateFns = (time: string, minutes: number) =>
    format(addMinutes(parse(time, 'HH:mm', new Date(2000, 0, 1)), minutes), 'HH:mm');

  it('is the sitting start plus the minutes before it, as date-fns worked it out', () => {
    for (const time of ['00:00', '09:30', '10:05', '13:59', '23:45']) {
      for (const minutes of [0, 1, 15, 45, 59, 60, 61, 90, 135, 600, 1439, 1440, 2000]) {
        expect(addToTime(time, minutes), `${time} + ${minutes}`).toBe(byDateFns(time, minutes));
      }
    }
  });
});

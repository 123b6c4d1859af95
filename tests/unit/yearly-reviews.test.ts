import { describe, expect, it } from 'vitest';
import { plusDays } from '../../electron/demo/timeline';
import { LATE_EVERY, reviewDay, reviewedLate } from '../../electron/demo/yearly-reviews';

/** The demo's yearly reviews (FSR reg 28(2)): when each is done, worked out from the reference, never at random. */
describe('when the generated history reviews a carer', () => {
  const references = ['FC', 'CP'].flatMap((prefix) =>
    [2015, 2020, 2025].flatMap((year) =>
      Array.from({ length: 100 }, (_, n) => `${prefix}-${year}-${String(n + 1).padStart(3, '0')}`),
    ),
  );
  const due = '2026-06-15';

  it('reviews about one household in 25 late, the same ones every time', () => {
    const late = references.filter(reviewedLate);
    expect(late.length).toBeGreaterThan(references.length / LATE_EVERY / 2);
    expect(late.length).toBeLessThan((references.length / LATE_EVERY) * 2);
    expect(references.filter(reviewedLate)).toEqual(late);
  });

  it('reviews the others two to five weeks before the review falls due, and the late ones as long after', () => {
    for (const reference of references) {
      const day = reviewDay(reference, due);
      expect(day).toBe(reviewDay(reference, due));
      if (reviewedLate(reference)) {
        expect(day > plusDays(due, 13) && day <= plusDays(due, 40), `${reference}: ${day}`).toBe(true);
      } else {
        expect(day >= plusDays(due, -40) && day < plusDays(due, -13), `${reference}: ${day}`).toBe(true);
      }
    }
  });
});

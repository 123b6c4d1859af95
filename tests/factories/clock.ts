import { fixedClock } from '../../electron/backend/clock';

/** The date every test lives on unless it says otherwise (a Monday). */
export const TEST_TODAY = '2026-11-23';
export const testClock = fixedClock(new Date(`${TEST_TODAY}T09:00:00`));

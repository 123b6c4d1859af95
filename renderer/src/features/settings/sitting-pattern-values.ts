import type { SittingPattern, SittingPatternInput } from '../../../../shared/schemas/sitting-pattern';
import { wholeNumberAsTyped } from '../../api/typed-number';
import { partsFromIso, partsToIso, type DateParts } from '../../components/date-parts';

/** The sitting pattern as the form holds it while it is typed. */
export interface SittingPatternValues {
  kind: 'monthly' | 'interval' | '';
  weekday: string;
  weeksOfMonth: string[];
  everyWeeks: string;
  firstDate: DateParts;
  startTime: string;
  venue: string;
}

export function patternToValues(pattern: SittingPattern | null): SittingPatternValues {
  return {
    kind: pattern?.kind ?? '',
    weekday: pattern ? String(pattern.weekday) : '',
    weeksOfMonth: pattern?.weeksOfMonth.map(String) ?? [],
    everyWeeks: pattern?.everyWeeks ? String(pattern.everyWeeks) : '',
    firstDate: partsFromIso(pattern?.firstDate ?? null),
    startTime: pattern?.startTime ?? '09:30',
    venue: pattern?.venue ?? '',
  };
}

/** What is sent: blanks the chosen kind does not use become null, the rest go as typed for the schema to judge. */
export function valuesToPattern(values: SittingPatternValues): SittingPatternInput {
  const interval = values.kind === 'interval';
  return {
    kind: values.kind as 'monthly' | 'interval',
    weekday: values.weekday === '' ? (undefined as unknown as number) : Number(values.weekday),
    weeksOfMonth: interval ? [] : values.weeksOfMonth.map(Number),
    everyWeeks: interval && values.everyWeeks.trim() !== '' ? wholeNumberAsTyped(values.everyWeeks) : null,
    firstDate: interval && partsToIso(values.firstDate) !== '' ? partsToIso(values.firstDate) : null,
    startTime: values.startTime.trim(),
    venue: values.venue,
  };
}

/** The schema asks for the weeks only once the rest is valid; asked here too, every missing field is marked at once. */
export function missingPatternParts(values: SittingPatternValues): Record<string, string> {
  const missing: Record<string, string> = {};
  if (values.kind === 'monthly' && values.weeksOfMonth.length === 0) {
    missing['sittingPattern.weeksOfMonth'] = 'Choose at least one week of the month';
  }
  if (values.kind === 'interval' && values.everyWeeks.trim() === '') {
    missing['sittingPattern.everyWeeks'] = 'Enter how many weeks apart the sittings are';
  }
  if (values.kind === 'interval' && partsToIso(values.firstDate) === '') {
    missing['sittingPattern.firstDate'] = 'Enter the date of a sitting in the pattern';
  }
  return missing;
}

export const SITTING_PATTERN_TARGETS: Record<string, string> = {
  'sittingPattern.kind': 'pattern-kind',
  'sittingPattern.weekday': 'pattern-weekday',
  'sittingPattern.weeksOfMonth': 'pattern-weeks',
  'sittingPattern.everyWeeks': 'pattern-everyWeeks',
  'sittingPattern.firstDate': 'pattern-firstDate-day',
  'sittingPattern.startTime': 'pattern-startTime',
  'sittingPattern.venue': 'pattern-venue',
};

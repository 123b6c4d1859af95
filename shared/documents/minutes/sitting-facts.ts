import { HeadingLevel, type FileChild } from 'docx';
import type { MinutesContent } from '../../schemas/minutes';
import { heading, line, names, sittingDay, strong, table } from '../docx-parts';

type Sitting = MinutesContent['sitting'];

const NOT_RECORDED = 'Not recorded';

/** When and where the panel sat, and who presided, in words: printed by the builder below and by the minutes' template. */
export function sittingWords(sitting: Sitting) {
  return {
    dayAndTime: `${sittingDay(sitting.date)}, ${sitting.startTime}`,
    kind: sitting.kind === 'main' ? 'Main sitting' : 'Extra sitting',
    venue: sitting.venue,
    remoteLink: sitting.remoteLink,
    presidedBy: sitting.presider ? `${sitting.presider.name} (${sitting.presider.role})` : NOT_RECORDED,
  };
}

/** Who attended, in words: members present (name and role), then the others. */
export function attendanceWords(sitting: Sitting) {
  return {
    present: sitting.present.map((m) => ({ name: m.name, role: m.role })),
    apologies: names(sitting.apologies),
    absent: names(sitting.absent),
    adviser: sitting.adviserName ?? NOT_RECORDED,
    minuteTaker: sitting.minuteTakerName ?? NOT_RECORDED,
    observers: names(sitting.observers.map((o) => `${o.name} (${o.role})`)),
  };
}

/** Said when no member is recorded present. */
export const NONE_PRESENT = 'None recorded.';

/** When and where the panel sat, and who presided: the opening facts of the minutes and of every extract. */
export function sittingFacts(sitting: Sitting): FileChild[] {
  const words = sittingWords(sitting);
  return [
    strong(words.dayAndTime),
    line(words.kind),
    ...(words.venue ? [line(words.venue, 'Venue')] : []),
    ...(words.remoteLink ? [line(words.remoteLink, 'Remote')] : []),
    line(words.presidedBy, 'Presided by'),
  ];
}

/** The members present with their roles, as a table. */
export function membersPresent(sitting: Sitting): FileChild[] {
  const { present } = attendanceWords(sitting);
  return [
    heading('Members present', HeadingLevel.HEADING_2),
    present.length > 0
      ? table(
          ['Name', 'Role'],
          present.map((m) => [m.name, m.role]),
        )
      : line(NONE_PRESENT),
  ];
}

/** Attendance in full (NMS 14): members, apologies, absences, adviser, minute-taker and observers. */
export function attendance(sitting: Sitting): FileChild[] {
  const words = attendanceWords(sitting);
  return [
    heading('Attendance', HeadingLevel.HEADING_1),
    ...membersPresent(sitting),
    heading('Others', HeadingLevel.HEADING_2),
    line(words.apologies, 'Apologies'),
    line(words.absent, 'Absent'),
    line(words.adviser, 'Panel adviser'),
    line(words.minuteTaker, 'Minute-taker'),
    line(words.observers, 'Observers'),
  ];
}

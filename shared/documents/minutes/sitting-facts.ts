import { HeadingLevel, type FileChild } from 'docx';
import type { MinutesContent } from '../../schemas/minutes';
import { heading, line, names, sittingDay, strong, table } from '../docx-parts';

type Sitting = MinutesContent['sitting'];

export const presider = (sitting: Sitting) =>
  sitting.presider ? `${sitting.presider.name} (${sitting.presider.role})` : 'Not recorded';

/** When and where the panel sat, and who presided: the opening facts of the minutes and of every extract. */
export function sittingFacts(sitting: Sitting): FileChild[] {
  return [
    strong(`${sittingDay(sitting.date)}, ${sitting.startTime}`),
    line(sitting.kind === 'main' ? 'Main sitting' : 'Extra sitting'),
    ...(sitting.venue ? [line(sitting.venue, 'Venue')] : []),
    ...(sitting.remoteLink ? [line(sitting.remoteLink, 'Remote')] : []),
    line(presider(sitting), 'Presided by'),
  ];
}

/** The members present with their roles, as a table. */
export function membersPresent(sitting: Sitting): FileChild[] {
  return [
    heading('Members present', HeadingLevel.HEADING_2),
    sitting.present.length > 0
      ? table(
          ['Name', 'Role'],
          sitting.present.map((m) => [m.name, m.role]),
        )
      : line('None recorded.'),
  ];
}

/** Attendance in full (NMS 14): members, apologies, absences, adviser, minute-taker and observers. */
export function attendance(sitting: Sitting): FileChild[] {
  return [
    heading('Attendance', HeadingLevel.HEADING_1),
    ...membersPresent(sitting),
    heading('Others', HeadingLevel.HEADING_2),
    line(names(sitting.apologies), 'Apologies'),
    line(names(sitting.absent), 'Absent'),
    line(sitting.adviserName ?? 'Not recorded', 'Panel adviser'),
    line(sitting.minuteTakerName ?? 'Not recorded', 'Minute-taker'),
    line(names(sitting.observers.map((o) => `${o.name} (${o.role})`)), 'Observers'),
  ];
}

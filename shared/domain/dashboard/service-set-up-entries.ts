import type { Draft } from './due-entries';

/**
 * The set-up put off at first run comes back as one entry for the
 * administrator, due every day (an event of today, never overdue) until the
 * service's name, letterhead, sitting pattern and quorum are saved.
 */
export function serviceSetUpDrafts(putOff: boolean, today: string): Draft[] {
  if (!putOff) return [];
  return [
    {
      id: 'service_set_up',
      kind: 'service_set_up',
      title:
        'Finish setting up the service: its name and letterhead (documents say “Fostering service” until then), the usual sitting pattern and the quorum',
      subject: 'The service',
      dueDate: today,
      whoActs: 'administrator',
      link: '/set-up',
      timing: 'event',
    },
  ];
}

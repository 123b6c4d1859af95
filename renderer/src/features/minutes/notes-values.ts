import type { MinutesItem, MinutesNotes, SaveMinutesInput } from '../../../../shared/schemas/minutes';

export interface ItemNotesValues {
  papersConsidered: string;
  discussion: string;
  actions: string;
}

/** The administrator's notes as typed; blank boxes are sent as blank and stored as nothing. */
export interface NotesValues {
  opening: string;
  items: Record<string, ItemNotesValues>;
  otherBusiness: string;
  closing: string;
  amendmentReason: string;
}

export const BLANK_ITEM_NOTES: ItemNotesValues = { papersConsidered: '', discussion: '', actions: '' };

export function notesValues(notes: MinutesNotes, items: readonly MinutesItem[]): NotesValues {
  return {
    opening: notes.opening ?? '',
    items: Object.fromEntries(
      items.map((item) => {
        const own = notes.items[item.itemId];
        return [
          item.itemId,
          {
            papersConsidered: own?.papersConsidered ?? '',
            discussion: own?.discussion ?? '',
            actions: own?.actions ?? '',
          },
        ];
      }),
    ),
    otherBusiness: notes.otherBusiness ?? '',
    closing: notes.closing ?? '',
    amendmentReason: '',
  };
}

export function toSaveInput(sittingId: string, version: number, values: NotesValues): SaveMinutesInput {
  const items = Object.fromEntries(
    Object.entries(values.items).filter(([, notes]) => notes.papersConsidered || notes.discussion || notes.actions),
  );
  return {
    sittingId,
    version,
    notes: { opening: values.opening, items, otherBusiness: values.otherBusiness, closing: values.closing },
    amendmentReason: values.amendmentReason,
  };
}

/** Field name from the backend → the box an error summary link focuses. */
export function notesFieldTargets(items: readonly MinutesItem[]): Record<string, string> {
  const targets: Record<string, string> = {
    'notes.opening': 'minutesOpening',
    'notes.otherBusiness': 'minutesOtherBusiness',
    'notes.closing': 'minutesClosing',
    notes: 'minutesOpening',
    amendmentReason: 'amendmentReason',
  };
  for (const item of items) {
    for (const field of ['papersConsidered', 'discussion', 'actions'] as const) {
      targets[`notes.items.${item.itemId}.${field}`] = itemFieldId(item.itemId, field);
    }
  }
  return targets;
}

export function itemFieldId(itemId: string, field: keyof ItemNotesValues): string {
  return `minutesItem-${itemId}-${field}`;
}

import { describe, expect, it } from 'vitest';
import { NewHousehold, TermsOfApproval } from '../../shared/schemas/household';
import { optionalText, requiredText } from '../../shared/schemas/text';
import {
  bidiControlProblem,
  bidiControlsIn,
  isolatingBidiControls,
  showingBidiControls,
  withoutBidiControls,
} from '../../shared/domain/text/bidi-controls';
import { safeText } from '../../shared/documents/safe-text';

const REFUSED: [string, string][] = [
  ['\u202A', 'left-to-right embedding character (U+202A)'],
  ['\u202B', 'right-to-left embedding character (U+202B)'],
  ['\u202C', 'pop directional formatting character (U+202C)'],
  ['\u202D', 'left-to-right override character (U+202D)'],
  ['\u202E', 'right-to-left override character (U+202E)'],
  ['\u2066', 'left-to-right isolate character (U+2066)'],
  ['\u2067', 'right-to-left isolate character (U+2067)'],
  ['\u2068', 'first strong isolate character (U+2068)'],
  ['\u2069', 'pop directional isolate character (U+2069)'],
];

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('direction controls in free text', () => {
  it.each(REFUSED)('refuses %j, naming it and the field', (character, named) => {
    const required = requiredText('the name').safeParse(`Ann ${character}htimS`);
    expect(messagesOf(required)).toEqual([`Remove the ${named} from Name`]);
    const optional = optionalText('the notes').safeParse(`Notes ${character}`);
    expect(messagesOf(optional)).toEqual([`Remove the ${named} from Notes`]);
  });

  it('keeps the joiners and ordinary direction marks names need', () => {
    for (const text of ['کتاب\u200Cها', 'क्\u200Dष', 'Ann\u200E Smith', 'مرحبا\u200F', 'Family 👨‍👩‍👧']) {
      expect(requiredText('the name').safeParse(text)).toMatchObject({ success: true, data: text });
    }
  });

  it('reaches fields built on the shared helpers, such as a household’s names and a named child', () => {
    const household = NewHousehold.safeParse({ displayName: 'Smith \u202Eevil' });
    expect(messagesOf(household)).toContain(
      'Remove the right-to-left override character (U+202E) from Display name, like Mr and Mrs A',
    );
    const terms = TermsOfApproval.safeParse({ namedChildren: ['A\u2067B'] });
    expect(messagesOf(terms)).toContain('Remove the right-to-left isolate character (U+2067) from Child’s initials');
  });

  it('lists, shows and strips the refused characters', () => {
    const text = 'Override \u202Eabc\u202C end \u202E';
    expect(bidiControlsIn(text)).toEqual([
      { code: 'U+202E', name: 'right-to-left override' },
      { code: 'U+202C', name: 'pop directional formatting' },
    ]);
    expect(showingBidiControls(text)).toBe('Override [U+202E]abc[U+202C] end [U+202E]');
    expect(withoutBidiControls(text)).toBe('Override abc end ');
    expect(safeText('Name \u2067reversed\u2069 \u200D')).toBe('Name reversed \u200D');
  });

  it('isolates, for the screen, every string in an answer that holds one, and names the inner character when sent back', () => {
    const answer = {
      id: 'h1',
      displayName: 'Mr \u202Ehtims',
      applicantNames: ['Ann', 'Bo\u202Db'],
      version: 3,
      nested: null,
    };
    expect(isolatingBidiControls(answer)).toEqual({
      id: 'h1',
      displayName: '\u2068Mr \u202Ehtims\u2069',
      applicantNames: ['Ann', '\u2068Bo\u202Db\u2069'],
      version: 3,
      nested: null,
    });
    expect(isolatingBidiControls('plain \u200D text')).toBe('plain \u200D text');
    expect(bidiControlProblem('\u2068Mr \u202Ehtims\u2069', 'Name')).toBe(
      'Remove the right-to-left override character (U+202E) from Name',
    );
  });
});

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { USER_TEXT_SLOT, UserText, UserTextIn, userTextString } from './UserText';

describe('UserText', () => {
  it('isolates user text and shows an override as a mark, the letters in their stored order', () => {
    expect(renderToStaticMarkup(<UserText text={'Айгерим \u202EилактйеС'} />)).toBe(
      '<bdi>Айгерим <span class="invisible-char" title="U+202E">⟨U+202E⟩</span>илактйеС</bdi>',
    );
  });

  it('puts user text into a translated sentence at its slot, isolated', () => {
    const message = `Closed: ${USER_TEXT_SLOT}.`;
    expect(renderToStaticMarkup(<UserTextIn message={message} text={'Moved\u0000 away'} />)).toBe(
      'Closed: <bdi>Moved<span class="invisible-char" title="U+0000">⟨U+0000⟩</span> away</bdi>.',
    );
    expect(renderToStaticMarkup(<UserTextIn message="No slot" text="x" />)).toBe('No slot');
  });
});

describe('userTextString', () => {
  it('writes invisible controls as marks and leaves left-to-right text as typed, for options and attributes', () => {
    expect(userTextString('Айгерим \u202EилактйеС')).toBe('Айгерим ⟨U+202E⟩илактйеС');
    expect(userTextString('a\u0000b')).toBe('a⟨U+0000⟩b');
    // An option or label reads, and is found, by its own words.
    expect(userTextString('УП Алмалинского района')).toBe('УП Алмалинского района');
  });

  it('isolates text with right-to-left letters from what is around it', () => {
    expect(userTextString('Центр «אור»')).toBe('\u2068Центр «אור»\u2069');
    expect(userTextString('مركز')).toBe('\u2068مركز\u2069');
  });

  it('leaves no override or isolate of the user’s own in the result', () => {
    const out = userTextString('x\u202Dy\u2066z\u2069');
    expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(userTextString('א\u202Eb').slice(1, -1)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });
});

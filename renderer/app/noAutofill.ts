import { useEffect } from 'react';

/**
 * Keeps what is typed into the app out of the browser engine's own stores. Chromium remembers
 * text typed into fields for autofill suggestions (its "Web Data" file) and keeps form fields'
 * contents with each page of its history so a page can be restored ("Sessions"): both are files
 * in the data folder, outside the encrypted database, and a victim's name or IIN typed into a
 * form would be found there. A field with autocomplete="off" is neither remembered nor
 * restored. Forms that hold personal data say so themselves; this catches every other field the
 * moment it takes focus, before anything can be typed into it.
 */
export function useNoAutofill(): void {
  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      const field = e.target;
      if (
        (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) &&
        !field.hasAttribute('autocomplete')
      )
        field.setAttribute('autocomplete', 'off');
    };
    document.addEventListener('focusin', onFocus, true);
    return () => document.removeEventListener('focusin', onFocus, true);
  }, []);
}

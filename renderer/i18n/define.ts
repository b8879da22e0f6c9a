import type { Message } from './plural';

/** The languages every message is written in, English first (the reference wording). */
export type Translations<E> = {
  readonly en: E;
  readonly ru: { readonly [K in keyof E]: Message };
  readonly kk: { readonly [K in keyof E]: Message };
};

/**
 * One part of the app's messages, in every language. Russian and Kazakh must have exactly the
 * English keys: a missing or extra translation fails the build, not a user's screen.
 */
export function defineMessages<const E extends Readonly<Record<string, Message>>>(
  messages: Translations<E>,
): Translations<E> {
  return messages;
}

import type { MessageKey } from './en';
import type { Message } from './plural';

/** Every catalogue has exactly the English catalogue's keys. */
export type Catalogue = { readonly [K in MessageKey]: Message };

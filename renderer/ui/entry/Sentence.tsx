import { Fragment } from 'react';
import type { MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/i18n';
import { UserText } from '../UserText';

const MARK = '\uE000';

/**
 * A translated sentence with typed text in it ("Corrected: {reason}"): each typed value is put in
 * <UserText> (isolated, invisible characters shown) wherever the translation places it, so a
 * direction override in a reason cannot reorder the words around it.
 */
export function Sentence({
  message,
  values,
}: {
  readonly message: MessageKey;
  readonly values: Readonly<Record<string, string>>;
}) {
  const { t } = useI18n();
  const keys = Object.keys(values);
  const marked = t(message, Object.fromEntries(keys.map((k, i) => [k, `${MARK}${i}${MARK}`])));
  const parts = marked.split(MARK);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <UserText key={i} text={values[keys[Number(part)]!] ?? ''} />
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}

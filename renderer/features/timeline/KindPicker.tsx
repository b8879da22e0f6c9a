import { memo, useContext, useEffect, useMemo, useRef, useState, type FocusEvent } from 'react';
import {
  Button,
  Collection,
  ComboBox,
  ComboBoxStateContext,
  Header,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  ListBoxSection,
  Popover,
  type Key,
} from 'react-aria-components';
import { isEntryKind, type EntryKind } from '../../../shared/domain/entryKinds';
import { useI18n } from '../../i18n/i18n';
import { useDomainLabels } from '../../ui/entry/labels';
import { itemKey, kindSections, type KindSection, type KindSectionId } from './kindChoices';

type Props = {
  readonly value: EntryKind;
  readonly onChange: (kind: EntryKind) => void;
  /** Kinds recorded lately on this desktop, newest first. */
  readonly recent: readonly EntryKind[];
  readonly autoFocus?: boolean;
  readonly isDisabled?: boolean;
  /**
   * Where the list opens: inside the modal dialog, as everything outside a modal <dialog> is inert
   * and drawn beneath it.
   */
  readonly portal?: HTMLElement | null;
};

/**
 * Selects the kind's name when focus arrives (Tab, the dialog opening), so typing replaces it.
 * The focus events react-aria dispatches itself while the list is in use are left alone: selecting
 * then would swallow the letters being typed.
 */
function selectWhenArriving(e: FocusEvent<HTMLInputElement>) {
  if (e.nativeEvent.isTrusted) e.currentTarget.select();
}

function kindOfKey(key: Key | null): EntryKind | null {
  if (typeof key !== 'string') return null;
  const kind = key.slice(key.indexOf(':') + 1);
  return isEntryKind(kind) ? kind : null;
}

/**
 * While the user types, the first match is the focused option, so Enter or Tab takes it:
 * "выезд" + Enter picks the police call-out without an arrow key.
 */
function FocusFirstMatch({ query, first }: { query: string; first: string | null }) {
  const state = useContext(ComboBoxStateContext);
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  });
  // Only when the typed text changes, so arrow keys then move from the first match freely; after
  // the combo box's own effects, which clear the focused option when the text changes.
  useEffect(() => {
    if (query === '' || first === null) return;
    queueMicrotask(() => {
      const s = latest.current;
      if (s?.isOpen) s.selectionManager.setFocusedKey(first);
    });
  }, [query, first]);
  return null;
}

/**
 * The kind of entry: a combo box with type-ahead over the kinds' names in the app's language,
 * grouped, with the kinds used lately on this computer first. Its text is selected when it takes
 * focus, so typing replaces the preselected kind; Tab keeps it.
 */
export const KindPicker = memo(function KindPicker({
  value,
  onChange,
  recent,
  autoFocus,
  isDisabled,
  portal,
}: Props) {
  const { t } = useI18n();
  const names = useDomainLabels();
  const [input, setInput] = useState(() => names.kind(value));
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    // The form changed the kind (e.g. a quick action): show its name.
    setLastValue(value);
    setInput(names.kind(value));
  }
  // The list narrows only to what was typed, not to the chosen kind's own name.
  const query = input === names.kind(value) ? '' : input;
  const sections = useMemo(() => kindSections(recent, query, names), [recent, query, names]);
  const firstSection = sections[0];
  const first = firstSection?.kinds[0] ? itemKey(firstSection.id, firstSection.kinds[0]) : null;
  const selectedKey = useMemo(() => {
    const s = sections.find((x) => x.kinds.includes(value));
    return s ? itemKey(s.id, value) : null;
  }, [sections, value]);
  const sectionName = (id: KindSectionId) =>
    id === 'recent' ? t('entryForm.group.recent') : names.group(id);

  return (
    <ComboBox
      className="field entry-field kind-picker"
      items={sections}
      selectedKey={selectedKey}
      inputValue={input}
      onInputChange={setInput}
      onSelectionChange={(key) => {
        const kind = kindOfKey(key);
        if (kind) {
          onChange(kind);
          setInput(names.kind(kind));
        }
      }}
      menuTrigger="input"
      allowsEmptyCollection
      isDisabled={isDisabled}
      autoFocus={autoFocus}
    >
      <Label>{t('entry.kind')}</Label>
      <div className="kind-picker-control">
        <Input placeholder={t('entryForm.kindPlaceholder')} onFocus={selectWhenArriving} />
        <Button aria-label={t('entryForm.showKinds')} excludeFromTabOrder>
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      <span className="field-hint" />
      <span className="field-message" />
      <FocusFirstMatch query={query} first={first} />
      <Popover
        className="kind-popover"
        placement="bottom start"
        UNSTABLE_portalContainer={portal ?? undefined}
      >
        <ListBox<KindSection>
          className="kind-list"
          renderEmptyState={() => <p className="muted kind-empty">{t('entryForm.kindNoMatch')}</p>}
        >
          {(section) => (
            <ListBoxSection id={section.id} className="kind-section">
              <Header className="kind-section-header">{sectionName(section.id)}</Header>
              <Collection items={section.kinds.map((k) => ({ id: itemKey(section.id, k), kind: k }))}>
                {(item) => (
                  <ListBoxItem id={item.id} textValue={names.kind(item.kind)} className="kind-option">
                    {names.kind(item.kind)}
                  </ListBoxItem>
                )}
              </Collection>
            </ListBoxSection>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
});

/**
 * Names of the domain's enumerations in the user's language, typed so that a field, option,
 * kind, group or risk factor without a message fails the build: the keys are built from the
 * literal unions of KIND_FIELDS, ENTRY_KIND_GROUPS and RISK_FACTORS, not cast. Values read from
 * stored or imported entries are checked first and shown as they are when unknown.
 */
import { useMemo } from 'react';
import { isAgencyKind, type AgencyKind } from '../../../shared/domain/agencies';
import type { EntryKind, FieldKey, FieldOption, KindGroupId } from '../../../shared/domain/entryKinds';
import type { RiskFactorId } from '../../../shared/domain/risk';
import type { PersonRole } from '../../../shared/domain/types';
import type { Translate } from '../../i18n/i18n';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/catalogue';

// Build-time checks: every field key, option value (other than agency kinds), picker group and
// risk factor has its message. A new one without a message makes one of these lines fail.
type Missing<K extends string> = Exclude<K, MessageKey>;
const fieldsNamed: Missing<`field.${FieldKey}`> extends never ? true : never = true;
const optionsNamed: Missing<`option.${Exclude<FieldOption, AgencyKind>}`> extends never ? true : never = true;
const groupsNamed: Missing<`entry.group.${KindGroupId}`> extends never ? true : never = true;
const factorsNamed: Missing<`risk.factor.${RiskFactorId}`> extends never ? true : never = true;
const kindsNamed: Missing<`kind.${EntryKind}`> extends never ? true : never = true;
export const MESSAGES_COVER_THE_DOMAIN =
  fieldsNamed && optionsNamed && groupsNamed && factorsNamed && kindsNamed;

/** Whether `value` is one of `options` (a stored value may be anything). */
export function isOneOf<O extends string>(options: readonly O[], value: unknown): value is O {
  return typeof value === 'string' && (options as readonly string[]).includes(value);
}

/** Typed names of the domain's terms for one language. */
export type DomainLabels = {
  readonly field: (key: FieldKey) => string;
  /** An option's name; agency kinds by their agency name. */
  readonly option: (value: FieldOption) => string;
  readonly kind: (kind: EntryKind) => string;
  readonly group: (id: KindGroupId) => string;
  readonly factor: (id: RiskFactorId) => string;
  readonly role: (role: PersonRole) => string;
};

/** The names, from a translate function (also usable outside React). */
export function domainLabels(t: Translate): DomainLabels {
  return {
    field: (key) => t(`field.${key}`),
    option: (value) => (isAgencyKind(value) ? t(`agencyKind.${value}`) : t(`option.${value}`)),
    kind: (kind) => t(`kind.${kind}`),
    group: (id) => t(`entry.group.${id}`),
    factor: (id) => t(`risk.factor.${id}`),
    role: (role) => t(`role.${role}`),
  };
}

/** The names in the current language. */
export function useDomainLabels(): DomainLabels {
  const { t } = useI18n();
  return useMemo(() => domainLabels(t), [t]);
}

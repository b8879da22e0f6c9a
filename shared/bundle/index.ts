/**
 * The `.caseline` case bundle and the `.caseline-partner` card: the API the sharing feature
 * calls. The format is specified in docs/bundle-format.md.
 */
export { buildBundle } from './build';
export type { BuildError, BuildOptions, BuildResult, BundleInput } from './build';
export { readBundle } from './read';
export type { ReadBundleOptions, ReadBundleResult } from './read';
export { buildPartnerCard, readPartnerCard, CARD_VERSION } from './card';
export type { BuildCardResult, PartnerCard, PartnerCardInput, PartnerContact, ReadCardResult } from './card';
export type { At, FileError, FileErrorCode, FileWarning } from './errors';
export type { Phase, Progress } from './validate';
export { referencesOf } from './check';
export { CURRENT_VERSION, SUPPORTED_VERSIONS } from './versions';
export * from './limits';
export { BUNDLE_FORMAT, CARD_FORMAT } from './types';
export type {
  AgencyIdentity,
  Bundle,
  BundleAudience,
  BundleCase,
  BundleDelta,
  BundlePerson,
  BundleSender,
  SentEntry,
  Withheld,
} from './types';

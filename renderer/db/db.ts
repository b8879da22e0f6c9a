import { Dexie, type EntityTable } from 'dexie';
import {
  V1_STORES,
  type ActionRowV1,
  type CaseRowV1,
  type MeetingRowV1,
  type PersonRowV1,
} from './schema/v1';
import { upgradeToV2, V2_STORES, type AuditRowV2, type MetaRowV2 } from './schema/v2';
import {
  V5_STORES,
  type CaseLinkRowV5,
  type EntryRowV5,
  type PartnerRowV5,
  type ShareRowV5,
} from './schema/v5';

export const DB_NAME = 'caseline';

/**
 * The case database. Every schema version stays declared here in order; a new version adds a
 * `this.version(n)` line with its upgrade, and a test that upgrades a v(n-1) database.
 */
export class CaselineDb extends Dexie {
  cases!: EntityTable<CaseRowV1, 'id'>;
  persons!: EntityTable<PersonRowV1, 'id'>;
  entries!: EntityTable<EntryRowV5, 'id'>;
  meetings!: EntityTable<MeetingRowV1, 'id'>;
  actions!: EntityTable<ActionRowV1, 'id'>;
  audit!: EntityTable<AuditRowV2, 'id'>;
  meta!: EntityTable<MetaRowV2, 'key'>;
  partners!: EntityTable<PartnerRowV5, 'id'>;
  shares!: EntityTable<ShareRowV5, 'id'>;
  caseLinks!: EntityTable<CaseLinkRowV5, 'key'>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(V1_STORES);
    this.version(2).stores(V2_STORES).upgrade(upgradeToV2);
    // Versions 3 and 4 belong to other parts of the app; sharing's tables are version 5.
    this.version(5).stores(V5_STORES);
  }
}

let instance: CaselineDb | null = null;

/** The app's database, opened on first use. */
export function db(): CaselineDb {
  instance ??= new CaselineDb();
  return instance;
}

/** Points the app at another database (tests, benchmarks). */
export function setDb(next: CaselineDb): void {
  instance = next;
}

import { Dexie, type EntityTable } from 'dexie';
import { V1_STORES, type ActionRowV1, type CaseRowV1 } from './schema/v1';
import { upgradeToV2, V2_STORES, type AuditRowV2, type MetaRowV2 } from './schema/v2';
import { upgradePersonToV3, V3_STORES, type PersonRowV3 } from './schema/v3';
import { upgradeToV4, V4_STORES, type MeetingRowV4 } from './schema/v4';
import {
  V5_STORES,
  type CaseLinkRowV5,
  type EntryRowV5,
  type PartnerRowV5,
  type ShareRowV5,
} from './schema/v5';
import { watchStorageFaults } from './storageFaults';

export const DB_NAME = 'caseline';

/** The newest schema version declared below; tests of every upgrade expect to arrive at it. */
export const SCHEMA_VERSION = 5;

/**
 * The case database. Every schema version stays declared here in order; a new version adds a
 * `this.version(n)` line with its upgrade, and a test that upgrades a v(n-1) database.
 */
export class CaselineDb extends Dexie {
  cases!: EntityTable<CaseRowV1, 'id'>;
  persons!: EntityTable<PersonRowV3, 'id'>;
  entries!: EntityTable<EntryRowV5, 'id'>;
  meetings!: EntityTable<MeetingRowV4, 'id'>;
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
    this.version(3)
      .stores(V3_STORES)
      .upgrade((tx) => tx.table('persons').toCollection().modify(upgradePersonToV3));
    this.version(4).stores(V4_STORES).upgrade(upgradeToV4);
    this.version(5).stores(V5_STORES);
    watchStorageFaults(this);
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

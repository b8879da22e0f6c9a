import { Dexie, type EntityTable } from 'dexie';
import {
  V1_STORES,
  type ActionRowV1,
  type CaseRowV1,
  type EntryRowV1,
  type MeetingRowV1,
  type PersonRowV1,
} from './schema/v1';
import { upgradeToV2, V2_STORES, type AuditRowV2, type MetaRowV2 } from './schema/v2';
import { watchStorageFaults } from './storageFaults';

export const DB_NAME = 'caseline';

/**
 * The case database. Every schema version stays declared here in order; a new version adds a
 * `this.version(n)` line with its upgrade, and a test that upgrades a v(n-1) database.
 */
export class CaselineDb extends Dexie {
  cases!: EntityTable<CaseRowV1, 'id'>;
  persons!: EntityTable<PersonRowV1, 'id'>;
  entries!: EntityTable<EntryRowV1, 'id'>;
  meetings!: EntityTable<MeetingRowV1, 'id'>;
  actions!: EntityTable<ActionRowV1, 'id'>;
  audit!: EntityTable<AuditRowV2, 'id'>;
  meta!: EntityTable<MetaRowV2, 'key'>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(V1_STORES);
    this.version(2).stores(V2_STORES).upgrade(upgradeToV2);
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

/** What other features may use of storage: its room, and its faults. */
import './storage.css';
export { StorageNotices } from './StorageNotices';
export { StorageSection } from './StorageSection';

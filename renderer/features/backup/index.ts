/** What other features may use of backups and restores. */
import './backup.css';
export { BackupReminder } from './BackupReminder';
export { BackupSection } from './BackupSection';
export { RestorePage } from './RestorePage';

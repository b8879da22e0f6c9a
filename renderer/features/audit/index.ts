/** What other features may use of the audit log. */
import './audit.css';
export { AuditPage } from './AuditPage';
export { useAuditHeadKeeper } from './useAuditHeadKeeper';

/** What other features may use of exports. */
import './exports.css';
export { CaseExports } from './CaseExports';
export { ExportDialog } from './ExportDialog';
export { saveTextExport, type ExportNotice, type TextExport } from './saveExport';
export {
  actionLabels,
  actionRows,
  calendarDeadlines,
  calendarMeeting,
  chronologyLabels,
  chronologyRows,
  ownerName,
} from './rows';

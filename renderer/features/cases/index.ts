/** What other features may use of cases. */
import '../../ui/dates/dates.css';
import './cases.css';
import './glance.css';
export { CasePage } from './CasePage';
export { CasesPage } from './CasesPage';
export { NewCasePage } from './NewCasePage';

/** What other features may use of cases. */
import './cases.css';
import './glance.css';
export { CasePage } from './CasePage';
export { CasesPage } from './CasesPage';
export { NewCasePage } from './NewCasePage';

/** What other features may use of the deadlines page. */
import './deadlines.css';
export { DeadlinesPage } from './DeadlinesPage';
export { useDueTodayCount } from './useDeadlines';

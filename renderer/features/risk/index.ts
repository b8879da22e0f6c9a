/** What other features may use of risk assessment. */
import '../../ui/dates/dates.css';
import '../../ui/entry/entry.css';
import './risk.css';
export { RiskDialog } from './RiskDialog';
export { RiskTrend } from './RiskTrend';

/** What other features may use of risk assessment. */
import './risk.css';
export { RiskDialog } from './RiskDialog';
export { RiskTrend } from './RiskTrend';

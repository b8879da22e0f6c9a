/** What other features may use of first-run setup. */
import './setup.css';
export { SetupPage } from './SetupPage';

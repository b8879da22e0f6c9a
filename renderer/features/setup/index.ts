/** What other features may use of first-run setup. */
import './setup.css';
export { IdentityProblemPage, RecoverIdentityPage } from './RecoverIdentityPage';
export { SetupPage } from './SetupPage';

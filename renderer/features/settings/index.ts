/** What other features may use of settings. */
export { SettingsPage } from './SettingsPage';

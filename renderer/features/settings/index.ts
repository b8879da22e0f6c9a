/** What other features may use of settings. */
export { AgencyFields } from './AgencyFields';
export { SettingsPage } from './SettingsPage';

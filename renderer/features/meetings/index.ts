/** What other features may use of meetings. */
export { MeetingsPage } from './MeetingsPage';

/** What other features may use of meetings. */
import './meetings.css';
export { MeetingsPage } from './MeetingsPage';
export { useDateLabels } from './dateLabels';
export { caseMeetings, meetingStart } from './meetingTimes';

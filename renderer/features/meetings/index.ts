/** What other features may use of meetings. */
import '../../ui/dates/dates.css';
import './meetings.css';
export { MeetingPage } from './MeetingPage';
export { MeetingsPage } from './MeetingsPage';
export { useDateLabels } from './dateLabels';
export { caseMeetings, meetingStart, readable } from './meetingTimes';

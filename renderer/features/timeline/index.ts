/** What other features may use of the timeline. */
import './timeline.css';
export { EntryDialog } from './EntryDialog';
export { TimelineView } from './TimelineView';

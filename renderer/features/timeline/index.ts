/** What other features may use of the timeline. */
import '../../ui/dates/dates.css';
import '../../ui/entry/entry.css';
import './timeline.css';
export { EntryDialog, type EntryPreset } from './EntryDialog';
export { TimelineView } from './TimelineView';
export { rememberKind } from './kindChoices';

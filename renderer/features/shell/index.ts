/** The app frame. */
import './shell.css';
export { Shell } from './Shell';

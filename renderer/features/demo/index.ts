/** What other features may use of the demo workspace. */
import './demo.css';
export { DemoSection } from './DemoSection';

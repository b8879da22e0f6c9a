/** What other features may use of search: the Ctrl+K palette and the text folding it matches with. */
import './search.css';
export { SearchPalette } from './SearchPalette';
export { foldForSearch } from './searchIndex';

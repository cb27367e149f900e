/** The view keys live in the domain (scenarios and exercises name views); re-exported for the app. */
export { VIEWS, type ViewKey } from './domain/views';

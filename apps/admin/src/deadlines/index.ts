/** The start page's deadline overview and calendar feed, loaded on demand (see app/StartPage.tsx). */
export { default } from './DeadlinesPanel';

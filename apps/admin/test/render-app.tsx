import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../src/app/App';

/** Renders the whole admin at a URL, as a browser opening it would. */
export function renderApp(path: string) {
  window.history.replaceState(null, '', path);
  const user = userEvent.setup();
  const view = render(<App />);
  return { user, ...view };
}

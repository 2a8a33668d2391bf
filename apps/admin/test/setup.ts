// Runs before each test file: jest-dom matchers, and every test starts in Swedish with
// empty storage.
import '@testing-library/jest-dom/jest-globals';
import { beforeEach } from '@jest/globals';
import { configure } from '@testing-library/react';
import { i18n } from '../src/i18n/i18n';

// findBy… waits up to 1 s by default; a full `npm test` runs many workers on two cores, and
// a page rendering 1,000 activities can need longer there. The waits still end as soon
// as the element appears; 15 s leaves room for a CI machine shared with other work.
configure({ asyncUtilTimeout: 15000 });

beforeEach(async () => {
  window.localStorage.clear();
  await i18n.changeLanguage('sv');
});

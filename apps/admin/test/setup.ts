// Runs before each test file: jest-dom matchers, and every test starts in Swedish with
// empty storage.
import '@testing-library/jest-dom/jest-globals';
import { beforeEach } from '@jest/globals';
import { i18n } from '../src/i18n/i18n';

beforeEach(async () => {
  window.localStorage.clear();
  await i18n.changeLanguage('sv');
});

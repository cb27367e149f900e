// Vitest setup (unit and e2e configs): Node code and tests translate synchronously, so both
// locales are registered in full before any test file runs.
import './all';

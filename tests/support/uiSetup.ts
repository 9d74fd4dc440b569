/**
 * Every component test (the 'ui' project), in one place:
 * - Testing Library's findBy/waitFor give a screen up to 10 s to show what the test waits for. The default (1 s)
 *   measures the machine's load, not the component: on a busy two-core CI a save through the fakes can take longer,
 *   and a test must not fail for that. A screen that never shows it still fails.
 * - Each test has 180 s. A whole screen of Fluent controls with role queries and one or two axe runs takes 10–20 s on
 *   a quiet machine and has taken 80 s while several builds shared two cores (the whole suite runs in band). A test
 *   that hangs still fails, at 180 s. Do not lower it in a test file.
 */
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 10000 });
jest.setTimeout(180000);

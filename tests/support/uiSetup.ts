/**
 * Every component test (the 'ui' project): Testing Library's findBy/waitFor give a screen up to 10 s to show what
 * the test waits for. The default (1 s) measures the machine's load, not the component: on a busy two-core CI a
 * save through the fakes can take longer, and a test must not fail for that. A screen that never shows it still fails.
 */
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 10000 });

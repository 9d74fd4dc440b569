import type { Page } from 'playwright-core';
import { SIGNED_IN_USER_KEY } from '../../../local/workbench/app/signInStorage';

/** Makes the workbench sign in as this user on its next load (the page must already be on the workbench's origin). */
export async function rememberSignIn(page: Page, email: string): Promise<void> {
  await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [SIGNED_IN_USER_KEY, email] as const);
}

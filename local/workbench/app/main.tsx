import * as React from 'react';
import * as ReactDom from 'react-dom';
import { WorkbenchApp } from './WorkbenchApp';
import { registerOfflineIcons } from './offlineIcons';
import type { SignInUser } from './localServices';

interface WorkbenchConfig {
  readonly sitePath: string;
  readonly sites: { readonly path: string; readonly title: string }[];
  readonly users: SignInUser[];
  readonly now: string;
  /** Each site's form digest, as its SharePoint page carries it (see pageDigestBehavior). */
  readonly formDigests: Readonly<Record<string, string>>;
  readonly formDigestTimeoutSeconds: number;
}

async function start(): Promise<void> {
  registerOfflineIcons();
  const root = document.getElementById('root');
  if (!root) return;
  try {
    const response = await fetch('/_workbench/config');
    if (!response.ok) throw new Error(`the local server answered ${response.status}`);
    const config = (await response.json()) as WorkbenchConfig;
    // ?now=<ISO instant> shows the pages as at another moment of the demo (after a meeting, say); default the demo's own.
    const asked = new URLSearchParams(window.location.search).get('now');
    const now = asked !== null && !Number.isNaN(Date.parse(asked)) ? new Date(asked) : new Date(config.now);
    ReactDom.render(<WorkbenchApp origin={window.location.origin} sitePath={config.sitePath} sites={config.sites} users={config.users} now={now} pageDigests={{ values: config.formDigests, timeoutSeconds: config.formDigestTimeoutSeconds }} />, root);
  } catch (e) {
    root.textContent = `The workbench could not start: ${e instanceof Error ? e.message : String(e)}. Is 'npm start' still running?`;
  }
}

void start();

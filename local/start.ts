/**
 * `npm start`: local mode. Starts the SharePoint and Graph emulator (SQLite in .local/), seeds the demo data on
 * first run (or with --reset), bundles the workbench and serves it on http://localhost:4321.
 *
 *   npm start                  start, seeding only if the database is new
 *   npm start -- --reset       throw the local data away and seed again
 *   npm start -- --port 5000   another port
 *   npm run demo:seed          reset and seed, then exit
 */
import { existsSync, mkdirSync } from 'fs';
import { join } from 'path';
import { startLocalMode } from './localMode';

interface Args {
  readonly reset: boolean;
  readonly seedOnly: boolean;
  readonly port: number;
  readonly dbFile: string;
}

function parseArgs(argv: readonly string[]): Args {
  const has = (flag: string): boolean => argv.includes(flag);
  const valueOf = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const port = Number(valueOf('--port') ?? process.env.PORT ?? 4321);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not '${valueOf('--port')}'.`);
  return { reset: has('--reset'), seedOnly: has('--seed-only'), port, dbFile: valueOf('--db') ?? join(__dirname, '..', '.local', 'emulator.sqlite') };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const dir = join(args.dbFile, '..');
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  const fresh = args.reset || !existsSync(args.dbFile);
  const local = await startLocalMode({ port: args.port, dbFile: args.dbFile, reset: fresh, seed: fresh, log: console.log });
  if (args.seedOnly) {
    await local.close();
    console.log(`Demo data written to ${args.dbFile}.`);
    return;
  }
  console.log(`\nPathways Hub is running in local mode: ${local.origin}/\n(Ctrl+C stops it; 'npm start -- --reset' starts again from fresh demo data.)`);
  const stop = (): void => {
    void local.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack ?? e.message : e);
  process.exit(1);
});

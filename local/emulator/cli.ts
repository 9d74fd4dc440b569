/**
 * Starts the emulator: npx tsx local/emulator/cli.ts --port 4322 [--reset] [--db .local/emulator.sqlite]
 * (the Graph part is added by local/start.js, which passes it in parts).
 */
import { startEmulator } from './server';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const emulator = await startEmulator({
    port: Number(arg('port') ?? 4322),
    reset: process.argv.includes('--reset'),
    ...(arg('db') ? { dbFile: arg('db') } : {}),
    ...(arg('site') ? { sitePath: arg('site') } : {}),
  });
  process.stdout.write(`SharePoint emulator: ${emulator.siteUrl}\n`);
  process.stdout.write(`Sign in with the header x-emulator-user: <email> (users: ${emulator.origin}/_emulator/users)\n`);
  const stop = (): void => {
    void emulator.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});

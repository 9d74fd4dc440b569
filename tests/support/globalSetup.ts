export default async function globalSetup(): Promise<void> {
  // The emulator is started here once it exists (local mode issue).
}

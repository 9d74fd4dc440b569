/** CORS for browser pages on any localhost port (the workbench, the Playwright harness). */
const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i;

export function corsHeaders(origin: string | undefined): Record<string, string> {
  if (!origin || !LOCAL_ORIGIN.test(origin)) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, MERGE, DELETE, OPTIONS',
    'Access-Control-Allow-Headers':
      'Accept, Content-Type, Authorization, x-emulator-user, x-emulator-throttle, IF-Match, If-None-Match, X-HTTP-Method, X-RequestDigest, X-ClientService-ClientTag, X-PnPjs-NoDigest, Prefer, ConsistencyLevel, client-request-id, SdkVersion, odata-version',
    'Access-Control-Expose-Headers': 'ETag, Retry-After, Location, Content-Type, request-id, client-request-id',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
}

import type { GraphRequest } from '@microsoft/microsoft-graph-client';

/**
 * The narrow slice of a Graph client the services use. SPFx's MSGraphClientV3 and graph-client's Client
 * both satisfy it, so production passes the former and local mode the latter.
 */
export interface GraphApi {
  api(path: string): GraphRequest;
}

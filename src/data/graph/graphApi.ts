/**
 * The narrow slice of a Graph client the services use, declared structurally: SPFx's MSGraphClientV3 (which bundles
 * its own copy of graph-client) and graph-client's own Client both satisfy it, so production passes the former and
 * local mode the latter.
 */
export interface GraphRequestLike {
  header(name: string, value: string): GraphRequestLike;
  query(params: Record<string, string | number>): GraphRequestLike;
  filter(filter: string): GraphRequestLike;
  select(properties: string | string[]): GraphRequestLike;
  top(n: number): GraphRequestLike;
  get(): Promise<unknown>;
  post(body: unknown): Promise<unknown>;
  patch(body: unknown): Promise<unknown>;
  delete(): Promise<unknown>;
}

export interface GraphApi {
  api(path: string): GraphRequestLike;
}

import type { RouteResponse } from '../../contracts';
import { errors } from '../errors';
import { argOf, parseArgs, type Segment } from '../odata/path';
import { entity, json, type SpRequest } from '../request';
import type { SpServices } from '../services';

/**
 * GET <any site>/_api/web/GetStorageEntity('key'): a tenant property, read from the tenant app catalog whatever
 * the site (PnPjs docs, "tenant properties": "can be used from any web"). A key that is not set answers
 * 200 {"odata.null": true}, not 404 (cli-microsoft365 spo storageentity get tests for exactly that).
 */
export function getStorageEntity(s: SpServices, req: SpRequest, seg: Segment): RouteResponse {
  if (req.method !== 'GET') throw errors.notFound(seg.name);
  const key = String(argOf(parseArgs(seg.args, req.query), 'key', 0) ?? '');
  const found = key === '' ? undefined : s.ctx.tenant.properties.get(key);
  if (!found) return json(200, req.metadata === 'verbose' ? { d: { GetStorageEntity: null } } : { 'odata.null': true }, req.metadata);
  return entity(req, { 'odata.type': 'SP.StorageEntity', Comment: found.comment, Description: found.description, Value: found.value });
}

/** The query strings of the route handlers under app/api, one schema each. */
import { z } from 'zod';
import { optionalRange, platform, rowId } from './fields';
import { mappingParam } from './mapping';

/** An import's job id, made by the page: what its progress is asked by. */
export const JOB_ID = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * POST /api/import?name=…&shop=ID&platform=…&mapping=JSON&job=…&size=… (the shop by id; none: named
 * by the file's detected shop). A mapping decides the file's header and is saved for the shop.
 */
export const importQuery = z.object({
  name: z.string().trim().min(1).max(255),
  shop: rowId.optional(),
  /** A new shop's name, when the merchant names one instead of picking a stored one. */
  newShop: z.string().trim().min(1).max(100).optional(),
  platform: platform.optional(),
  mapping: mappingParam.optional(),
  job: z.string().regex(JOB_ID).optional(),
  size: z.coerce.number().int().nonnegative().optional(),
});

/** POST /api/import/preview?name=…&shop=ID&platform=…&mapping=JSON&complete=1 (the shop: whose saved mappings apply) */
export const previewQuery = z.object({
  name: z.string().trim().min(1).max(255),
  shop: rowId.optional(),
  platform: platform.optional(),
  mapping: mappingParam.optional(),
  complete: z.enum(['0', '1']).default('0'),
});

/** GET /api/import/progress?job=… */
export const progressQuery = z.object({ job: z.string().regex(JOB_ID) });

/** GET /api/shops/ID/daily?from=…&to=… */
export const dailyQuery = optionalRange;

/** A route's `[id]` segment. */
export const idParams = z.object({ id: rowId });

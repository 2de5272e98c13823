import type { z } from 'zod';
import type { DB } from '../db/connection';
import { deleteExpiredShareGrants } from '../db/queries/deleteExpiredShareGrants';
import { findShareGrant } from '../db/queries/findShareGrant';
import { findShareLinkByTokenHash } from '../db/queries/findShareLinkByTokenHash';
import { insertShareGrant } from '../db/queries/insertShareGrant';
import { insertShareLink } from '../db/queries/insertShareLink';
import { listShareLinksOfShop } from '../db/queries/listShareLinksOfShop';
import { recordShareView } from '../db/queries/recordShareView';
import { revokeShareLink as revokeRow } from '../db/queries/revokeShareLink';
import type { ShopRow } from '../db/schema';
import { publicBaseUrl } from '../http/hosts';
import { describeIssues } from '../input/fields';
import { type ShareOptionsInput, shareOptionsInput } from '../input/share';
import { expiryInDays, expiryOnChinaDay, linkState } from './expiry';
import { hashPassword } from './passwords';
import { DEFAULT_SHARE_DAYS, rangeOfRow, type ShareRange } from './range';
import { hashToken, isTokenShape, newId, newToken } from './tokens';

/** A link's options that do not pass the schema (the route and the command line validate first). */
export class ShareError extends Error {
  constructor(readonly issues: z.ZodError) {
    super(describeIssues(issues, 'en'));
  }
}

export interface CreatedShareLink {
  id: string;
  /** Shown once: only its hash is kept. */
  token: string;
  expiresAt: string | null;
}

/**
 * Creates a link to one shop's report (its row, found by the caller) from validated or raw
 * options: validated here too, the CLI and the API share one schema.
 */
export async function createShareLink(
  db: DB,
  shop: Pick<ShopRow, 'id'>,
  raw: ShareOptionsInput,
  now: Date = new Date(),
): Promise<CreatedShareLink> {
  const parsed = shareOptionsInput.safeParse(raw);
  if (!parsed.success) throw new ShareError(parsed.error);
  const v = parsed.data;
  const token = newToken();
  const id = newId();
  const expires =
    v.expiresInDays !== undefined
      ? expiryInDays(now, v.expiresInDays)
      : v.expiresOn
        ? expiryOnChinaDay(v.expiresOn)
        : null;
  const fixed = v.from !== undefined && v.to !== undefined;
  await insertShareLink(db, {
    id,
    shop_id: shop.id,
    label: v.label,
    token_hash: hashToken(token),
    range_kind: fixed ? 'fixed' : 'rolling',
    range_days: fixed ? null : (v.days ?? DEFAULT_SHARE_DAYS),
    range_from: fixed ? v.from! : null,
    range_to: fixed ? v.to! : null,
    expires_at: expires ? expires.toISOString() : null,
    password_hash: v.password ? await hashPassword(v.password) : null,
    include_orders: v.includeOrders ? 1 : 0,
    created_at: now.toISOString(),
    revoked_at: null,
  });
  return { id, token, expiresAt: expires ? expires.toISOString() : null };
}

export interface ShareLinkSummary {
  id: string;
  label: string;
  range: ShareRange;
  expiresAt: string | null;
  hasPassword: boolean;
  includeOrders: boolean;
  createdAt: string;
  revokedAt: string | null;
  state: 'active' | 'revoked' | 'expired';
  views: number;
  lastViewedAt: string | null;
}

/** A shop's links for the admin side. Never the token or a hash. */
export async function listShareLinks(
  db: DB,
  shop: Pick<ShopRow, 'id'>,
  now: Date = new Date(),
): Promise<ShareLinkSummary[]> {
  const rows = await listShareLinksOfShop(db, shop.id);
  return rows.map((r) => ({
    id: r.id,
    label: r.label,
    range: rangeOfRow(r),
    expiresAt: r.expires_at,
    hasPassword: r.password_hash !== null,
    includeOrders: r.include_orders === 1,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
    state: linkState(r, now),
    views: Number(r.views),
    lastViewedAt: r.last_viewed_at,
  }));
}

export async function revokeShareLink(db: DB, id: string, now: Date = new Date()) {
  return revokeRow(db, id, now.toISOString());
}

export type ResolvedShareLink = NonNullable<Awaited<ReturnType<typeof findShareLinkByTokenHash>>>;

/**
 * The link a token opens right now, or null. Unknown, malformed, revoked and expired tokens take
 * the same path (one hash, one indexed lookup) and give the same null, so neither the answer nor
 * its timing says which it was.
 */
export async function resolveShareLink(
  db: DB,
  token: string,
  now: Date = new Date(),
): Promise<ResolvedShareLink | null> {
  const shaped = isTokenShape(token);
  const row = await findShareLinkByTokenHash(db, hashToken(shaped ? token : `invalid:${token.slice(0, 64)}`));
  if (!row || !shaped) return null;
  return linkState(row, now) === 'active' ? row : null;
}

export const GRANT_TTL_MS = 12 * 3_600_000;

/** After the right password: a cookie token for this link only, stored hashed, gone with the link's revocation. */
export async function grantLinkAccess(db: DB, link: { id: string; expires_at: string | null }, now: Date = new Date()) {
  const token = newToken();
  let expires = now.getTime() + GRANT_TTL_MS;
  if (link.expires_at) expires = Math.min(expires, Date.parse(link.expires_at));
  const expiresAt = new Date(expires);
  // Old grants are worthless; dropping them here keeps the table to the cookies still alive.
  await deleteExpiredShareGrants(db, now.toISOString());
  await insertShareGrant(db, {
    token_hash: hashToken(token),
    link_id: link.id,
    created_at: now.toISOString(),
    expires_at: expiresAt.toISOString(),
  });
  return { token, expiresAt };
}

export async function hasLinkAccess(
  db: DB,
  linkId: string,
  cookie: string | undefined,
  now: Date = new Date(),
): Promise<boolean> {
  if (!cookie || !isTokenShape(cookie)) return false;
  const grant = await findShareGrant(db, hashToken(cookie));
  return Boolean(grant && grant.link_id === linkId && grant.expires_at > now.toISOString());
}

export async function countShareView(db: DB, linkId: string, now: Date = new Date()) {
  await recordShareView(db, linkId, now.toISOString());
}

/** The address to hand out: REDLINE_PUBLIC_URL when set, else the given base (the local server by default). */
export function shareUrl(token: string, base = publicBaseUrl()): string {
  return `${base.replace(/\/+$/, '')}/r/${token}`;
}

export const GRANT_COOKIE = 'redline_share';

import { addDays, dayToNumber } from '../time/china';

const DAY_MS = 86_400_000;

/** A link is usable while it is neither revoked nor past its expiry; both are read from its row each request. */
export function linkState(
  link: { revoked_at: string | null; expires_at: string | null },
  now: Date,
): 'active' | 'revoked' | 'expired' {
  if (link.revoked_at) return 'revoked';
  if (link.expires_at && now.getTime() >= Date.parse(link.expires_at)) return 'expired';
  return 'active';
}

export function expiryInDays(now: Date, days: number): Date {
  return new Date(now.getTime() + days * DAY_MS);
}

/** "Until 2024-03-01" means through that China calendar day: the link stops at the next China midnight. */
export function expiryOnChinaDay(day: string): Date {
  return new Date(dayToNumber(addDays(day, 1)) * DAY_MS - 8 * 3_600_000);
}

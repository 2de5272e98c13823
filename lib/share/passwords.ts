import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

const KEY_BYTES = 32;
/** N=2^15, r=8, p=1: about 32 MiB and tens of milliseconds per try. */
const PARAMS = { N: 32768, r: 8, p: 1 } as const;
const MAX_PASSWORD_LENGTH = 256;

function scryptAsync(password: string, salt: Buffer, keylen: number, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, keylen, { ...opts, maxmem: 128 * opts.N! * opts.r! * 2 }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** "scrypt$N$r$p$salt$key", salt and key base64url: the parameters travel with the hash. */
export async function hashPassword(password: string): Promise<string> {
  if (!password) throw new Error('empty password');
  if (password.length > MAX_PASSWORD_LENGTH) throw new Error('password too long');
  const salt = randomBytes(16);
  const key = await scryptAsync(password.normalize('NFC'), salt, KEY_BYTES, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0) || N > 1 << 17) return false;
  const expected = Buffer.from(parts[5], 'base64url');
  if (expected.length !== KEY_BYTES || password.length > MAX_PASSWORD_LENGTH) {
    return false;
  }
  const key = await scryptAsync(password.normalize('NFC'), Buffer.from(parts[4], 'base64url'), KEY_BYTES, { N, r, p });
  return timingSafeEqual(key, expected);
}

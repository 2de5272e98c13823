/**
 * Loopback, exactly: localhost, ::1 and 127.0.0.0/8 written as four decimal octets. Nothing that
 * merely starts with "127." (127.example.invalid is a public name anyone can point anywhere).
 * scripts/start.mjs keeps a copy of this check (it runs before anything is built); the security
 * tests hold both to the same table.
 */
export function isLoopbackName(name: string): boolean {
  const h = name
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');
  if (h === 'localhost' || h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  const m = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  return Boolean(m?.slice(1).every((o) => Number(o) <= 255));
}

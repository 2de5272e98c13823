import type { Kysely, Migration } from 'kysely';
import { normalizeShopName } from '../../shops/name';

/**
 * - admin_sessions.password_fp: a fingerprint of the admin password that made the session; a
 *   session made under another password (or before this column) is no session.
 * - auth_attempts.address: who made a wrong try, so the throttle slows that address down more
 *   than everyone else.
 * - shop names without invisible characters (lib/shops/name.ts). Two stored names that only now
 *   collide keep their old spelling.
 */
export const m0005_security: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('admin_sessions').addColumn('password_fp', 'text').execute();
    await db.schema
      .alterTable('auth_attempts')
      .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    await db.schema
      .createIndex('auth_attempts_by_address')
      .on('auth_attempts')
      .columns(['scope', 'address', 'at'])
      .execute();
    const shops = (await db.selectFrom('shops').select(['id', 'name']).orderBy('id').execute()) as {
      id: number;
      name: string;
    }[];
    const taken = new Set(shops.map((s) => s.name));
    for (const s of shops) {
      const name = normalizeShopName(s.name);
      if (name === s.name || !name || taken.has(name)) continue;
      await db.updateTable('shops').set({ name }).where('id', '=', s.id).execute();
      taken.delete(s.name);
      taken.add(name);
    }
  },
};

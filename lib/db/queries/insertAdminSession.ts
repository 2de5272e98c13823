import type { DB } from '../connection';
import type { AdminSessionTable } from '../schema';

export async function insertAdminSession(db: DB, row: AdminSessionTable) {
  await db.insertInto('admin_sessions').values(row).execute();
}

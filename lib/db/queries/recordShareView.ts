import type { DB } from '../connection';

export async function recordShareView(db: DB, id: string, at: string) {
  await db
    .updateTable('share_links')
    .set((eb) => ({ views: eb('views', '+', 1), last_viewed_at: at }))
    .where('id', '=', id)
    .execute();
}

/** A real SQLite file in a fresh temp folder, with shops made directly (no import needed for access rules). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Connection, closeConnection, openConnection } from '@/lib/db/connection';
import { createShop } from '@/lib/db/queries/shops';

export interface ShareTestDb extends Connection {
  cleanup(): Promise<void>;
}

export async function shareTestDb(shops: string[] = []): Promise<ShareTestDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redline-share-'));
  const conn = await openConnection(path.join(dir, 'redline.db'));
  for (const name of shops) await createShop(conn.db, name, 'pdd', '2024-01-01 00:00:00');
  return {
    ...conn,
    async cleanup() {
      await closeConnection(conn);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

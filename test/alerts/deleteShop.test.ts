/**
 * Deleting a shop leaves nothing of it in the alert tables: its own channels go with it (a foreign
 * key), and what a channel for every shop was told about it, with those deliveries, goes too.
 */
import { describe, expect, it } from 'vitest';
import { addAlertChannel } from '@/lib/alerts/channels';
import { runAlerts } from '@/lib/alerts/run';
import { closeConnection } from '@/lib/db/connection';
import { listAlertChannels } from '@/lib/db/queries/listAlertChannels';
import { alertChannelInput } from '@/lib/input/alerts';
import { deleteShop } from '@/lib/shops/shops';
import { accepted, startRobot } from '../helpers/robots';
import { openDb, tempDb } from '../report/fixture';
import { seedShopOverTheLine } from './fixture';

// 2024-04-01 10:00 in China: the latest complete day is 03-31.
const NOW = new Date('2024-04-01T02:00:00Z');
const quick = { backoffMs: [], timeoutMs: 2000 };

describe('deleting a shop', () => {
  it('takes its own channels and what a channel for every shop was told about it', async () => {
    const c = await openDb(tempDb().file);
    const robot = await startRobot('dingtalk');
    try {
      const shopId = await seedShopOverTheLine(c);
      const own = await addAlertChannel(c.db, alertChannelInput.parse({ shopId, kind: 'dingtalk', url: robot.url }));
      const all = await addAlertChannel(
        c.db,
        alertChannelInput.parse({ shopId: null, kind: 'dingtalk', url: robot.url }),
      );
      await runAlerts(c.db, { now: NOW, delivery: quick });
      expect(accepted(robot)).toHaveLength(2);
      expect(await deleteShop(c.db, { id: shopId })).toBe(true);
      expect((await listAlertChannels(c.db)).map((ch) => ch.id)).toEqual([all]);
      const left = (table: 'alert_state' | 'alert_deliveries') =>
        c.db.selectFrom(table).select('channel_id').where('shop_id', '=', shopId).execute();
      expect(await left('alert_state')).toEqual([]);
      expect(await left('alert_deliveries')).toEqual([]);
      expect(own).not.toBe(all);
    } finally {
      await robot.close();
      await closeConnection(c);
    }
  });
});

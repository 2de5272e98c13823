/** Which PDD after-sales statuses say the platform stepped in, by the platform's own vocabulary. */
import { expect, it } from 'vitest';
import { classifyCase } from '@/lib/import/intervention';
import { PLATFORM_SPECS } from '@/lib/import/platforms';

const pdd = PLATFORM_SPECS.pdd.intervention;
const cells = (status: string) => ({ status, interventionStatus: '', interventionFlag: '', platformInitiatedFlag: '' });

it('PDD: every status that says the platform is or was involved, and none that does not', () => {
  for (const s of ['平台处理中', '平台同意退款，退款中', '平台拒绝退款，退款关闭', '平台已介入处理中', '平台介入中'])
    expect(classifyCase(pdd, cells(s)), s).toEqual({ intervened: true, platformInitiated: false });
  for (const s of ['待商家处理', '退款成功', '商家拒绝退款', '买家撤销'])
    expect(classifyCase(pdd, cells(s)).intervened, s).toBe(false);
  // The platform opening a case itself is not the buyer asking it to step in.
  expect(classifyCase(pdd, cells('平台主动退款'))).toEqual({ intervened: false, platformInitiated: true });
});

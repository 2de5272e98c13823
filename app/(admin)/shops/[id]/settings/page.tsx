import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CalibrationPanel } from '@/app/_components/CalibrationPanel';
import { DeleteShopForm } from '@/app/_components/DeleteShopForm';
import { ImportHistory } from '@/app/_components/ImportHistory';
import { RuleSettingsForm } from '@/app/_components/RuleSettingsForm';
import { ShopSwitcher } from '@/app/_components/ShopSwitcher';
import { shopFromParam } from '@/app/_lib/shops';
import { getConnection } from '@/lib/db/connection';
import { listImportsOfShop } from '@/lib/db/queries/importHistory';
import { listRuleChanges } from '@/lib/db/queries/ruleChanges';
import { listShopRuleRows } from '@/lib/db/queries/shopRules';
import { listShops } from '@/lib/db/queries/shops';
import { getI18n } from '@/lib/i18n/server';
import { getShopReport } from '@/lib/report/shopReport';
import { resolveShopRules } from '@/lib/rules/shopRules';
import { chinaToday } from '@/lib/time/china';
import { addCalibrationAction, deleteShopAction, resetRuleAction, saveRuleAction, useBasisAction } from './actions';

export const dynamic = 'force-dynamic';

export default async function ShopSettings({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const shop = await shopFromParam(id);
  if (!shop) notFound();
  const { lang, t } = await getI18n();
  const { db } = await getConnection();
  const [rules, imports, report, shops, changes] = await Promise.all([
    listShopRuleRows(db, shop.id).then((rows) => resolveShopRules(shop.platform, rows)),
    listImportsOfShop(db, shop.id),
    getShopReport(db, shop.name),
    listShops(db),
    listRuleChanges(db, shop.id),
  ]);
  return (
    <>
      <div className="page-head">
        <h1>{t('settings.title', { shop: shop.name })}</h1>
        <div className="actions">
          {shops.length > 1 && (
            <ShopSwitcher shops={shops.map((s) => ({ id: s.id, name: s.name }))} current={shop.id} suffix="/settings" />
          )}
          <Link className="button" href={`/shops/${shop.id}`}>
            {t('settings.back')}
          </Link>
        </div>
      </div>
      <section aria-labelledby="rules-title">
        <h2 id="rules-title">{t('settings.rules')}</h2>
        <p className="muted">{t('settings.rulesIntro')}</p>
        {rules.length === 0 && <p className="muted">{t('settings.unavailable')}</p>}
        {rules.map((r) => (
          <RuleSettingsForm
            key={r.presetId}
            rule={r}
            action={saveRuleAction.bind(null, shop.id, r.presetId)}
            reset={resetRuleAction.bind(null, shop.id, r.presetId)}
            history={changes.filter((c) => c.presetId === r.presetId)}
          />
        ))}
      </section>
      {report && (
        <CalibrationPanel
          info={report.calibration}
          add={addCalibrationAction.bind(null, shop.id)}
          use={useBasisAction.bind(null, shop.id)}
          today={chinaToday()}
        />
      )}
      <ImportHistory imports={imports} lang={lang} />
      <DeleteShopForm shop={shop.name} action={deleteShopAction.bind(null, shop.id)} />
    </>
  );
}

import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AlertChannels } from '@/app/_components/AlertChannels';
import { CalibrationPanel } from '@/app/_components/CalibrationPanel';
import { DeleteShopForm } from '@/app/_components/DeleteShopForm';
import { ImportHistory } from '@/app/_components/ImportHistory';
import { RuleSettingsForm } from '@/app/_components/RuleSettingsForm';
import { SavedMappings } from '@/app/_components/SavedMappings';
import { ShopSwitcher } from '@/app/_components/ShopSwitcher';
import { allShops, shopFromParam } from '@/app/_lib/shops';
import { listChannelViews } from '@/lib/alerts/channels';
import { getConnection } from '@/lib/db/connection';
import { formatBytes } from '@/lib/i18n/format';
import { getI18n } from '@/lib/i18n/server';
import { importHistory } from '@/lib/import/history';
import { savedMappings } from '@/lib/import/savedMappings';
import { calibrationInfo } from '@/lib/report/calibration';
import { shopBasis } from '@/lib/report/shopReport';
import { getRuleHistory, getShopRules } from '@/lib/report/shopSettings';
import { shopStorage } from '@/lib/shops/shops';
import { chinaToday } from '@/lib/time/china';
import {
  addCalibrationAction,
  deleteShopAction,
  removeMappingAction,
  resetRuleAction,
  saveRuleAction,
  undoImportAction,
  useBasisAction,
} from './actions';
import { addAlertChannelAction, alertChannelAction } from './alertActions';

export const dynamic = 'force-dynamic';

export default async function ShopSettings({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const shop = await shopFromParam(id);
  if (!shop) notFound();
  const { lang, t } = await getI18n();
  const { db } = await getConnection();
  // The calibration alone: no report is built to read it.
  const [rules, imports, calibration, shops, changes, mappings, channels] = await Promise.all([
    getShopRules(db, shop),
    importHistory(db, shop.id),
    calibrationInfo(db, shop.id, shopBasis(shop)),
    allShops(),
    getRuleHistory(db, shop),
    savedMappings(db, shop.id),
    listChannelViews(db, shop.id, 5),
  ]);
  const bytes = await shopStorage(db, shop);
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
      <CalibrationPanel
        info={calibration}
        add={addCalibrationAction.bind(null, shop.id)}
        use={useBasisAction.bind(null, shop.id)}
        today={chinaToday()}
      />
      <AlertChannels
        channels={channels}
        act={alertChannelAction.bind(null, shop.id)}
        add={addAlertChannelAction.bind(null, shop.id)}
      />
      <ImportHistory imports={imports} lang={lang} undo={undoImportAction.bind(null, shop.id)} />
      <SavedMappings mappings={mappings} remove={removeMappingAction.bind(null, shop.id)} />
      <DeleteShopForm shop={shop.name} size={formatBytes(bytes, lang)} action={deleteShopAction.bind(null, shop.id)} />
    </>
  );
}

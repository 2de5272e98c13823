'use client';
import { useI18n } from '@/lib/i18n/client';
import { platformName } from '@/lib/i18n/platforms';
import type { PlatformId } from '@/lib/import/types';
import type { ShopOption } from './ShopPicker';

/**
 * Before anything is sent: the file is another platform's export than the chosen shop's, which the
 * import would refuse. Offers the shops of the file's platform, or a new shop.
 */
export function PlatformMismatch({
  filePlatform,
  shop,
  shops,
  disabled,
  onShop,
  onNewShop,
}: {
  filePlatform: PlatformId;
  shop: ShopOption;
  shops: readonly ShopOption[];
  disabled: boolean;
  onShop: (id: number) => void;
  onNewShop: () => void;
}) {
  const { lang, t } = useI18n();
  const same = shops.filter((s) => s.platform === filePlatform);
  return (
    <div className="message-warn" role="status" data-testid="platform-mismatch">
      <p>
        {t('mismatch.text', {
          file: platformName(filePlatform, lang),
          shop: shop.name,
          shopPlatform: platformName(shop.platform, lang),
        })}
      </p>
      <div className="actions">
        {same.map((s) => (
          <button key={s.id} type="button" className="button" disabled={disabled} onClick={() => onShop(s.id)}>
            {t('mismatch.useShop', { shop: s.name })}
          </button>
        ))}
        <button type="button" className="button" disabled={disabled} onClick={onNewShop}>
          {t('mismatch.newShop', { platform: platformName(filePlatform, lang) })}
        </button>
      </div>
    </div>
  );
}

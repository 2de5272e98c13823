'use client';
import { useId } from 'react';
import { useI18n } from '@/lib/i18n/client';
import { platformName } from '@/lib/i18n/platforms';
import { shopNameKey } from '@/lib/shops/name';

export interface ShopOption {
  id: number;
  name: string;
  platform: string;
}

export type ShopMode = 'existing' | 'new';

/**
 * The stored shop a new shop's name would join, if one has it already or a look-alike of it (the
 * server checks too). `except`: shops this form has just created, which its next files may join.
 */
export function takenName(
  shops: readonly ShopOption[],
  name: string,
  except: ReadonlySet<number> = new Set(),
): string | null {
  const key = shopNameKey(name);
  if (!key) return null;
  return shops.find((s) => !except.has(s.id) && shopNameKey(s.name) === key)?.name ?? null;
}

/** Which shop the files go into: a stored one, or a new one by the name typed. */
export function ShopPicker({
  shops,
  mode,
  shopId,
  newName,
  disabled,
  onMode,
  onShop,
  onName,
  created,
}: {
  shops: readonly ShopOption[];
  mode: ShopMode;
  shopId: number | null;
  newName: string;
  disabled: boolean;
  onMode: (m: ShopMode) => void;
  onShop: (id: number) => void;
  onName: (name: string) => void;
  /** Shops this form created: a name of one of them is not taken, the files go on into it. */
  created: ReadonlySet<number>;
}) {
  const { lang, t } = useI18n();
  const ids = useId();
  const taken = takenName(shops, newName, created);
  return (
    <fieldset disabled={disabled}>
      <legend>{t('import.shopLegend')}</legend>
      {shops.length > 0 && (
        <div className="actions" role="radiogroup" aria-label={t('import.shopLegend')}>
          {(['existing', 'new'] as const).map((m) => (
            <label key={m}>
              <input type="radio" name="shop-mode" value={m} checked={mode === m} onChange={() => onMode(m)} />{' '}
              {m === 'existing' ? t('import.shopExisting') : t('import.shopNew')}
            </label>
          ))}
        </div>
      )}
      {mode === 'existing' && shops.length > 0 ? (
        <div className="field">
          <label htmlFor={`${ids}-shop`}>{t('import.shopSelect')}</label>
          <select
            id={`${ids}-shop`}
            value={shopId ?? ''}
            onChange={(e) => onShop(Number(e.target.value))}
            data-testid="shop-select"
          >
            {shops.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} · {platformName(s.platform, lang)}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <div className="field">
          <label htmlFor={`${ids}-name`}>{t('import.shopName')}</label>
          <input
            id={`${ids}-name`}
            type="text"
            value={newName}
            maxLength={100}
            onChange={(e) => onName(e.target.value)}
            aria-describedby={`${ids}-name-hint`}
            aria-invalid={taken !== null}
            data-testid="shop-name"
          />
          {taken !== null ? (
            <span id={`${ids}-name-hint`} className="error-text" role="alert" data-testid="shop-name-taken">
              {t('errors.shopExists', { name: taken })}
            </span>
          ) : (
            <span id={`${ids}-name-hint`} className="field-hint">
              {t('import.shopNameHint')}
            </span>
          )}
        </div>
      )}
    </fieldset>
  );
}

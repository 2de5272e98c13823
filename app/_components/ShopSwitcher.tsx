'use client';
import { useRouter } from 'next/navigation';
import { useId } from 'react';
import { useI18n } from '@/lib/i18n/client';

/** Jumps to another shop's dashboard (or settings), keeping the range. */
export function ShopSwitcher({
  shops,
  current,
  suffix = '',
  query = '',
}: {
  shops: { id: number; name: string }[];
  current: number;
  suffix?: string;
  query?: string;
}) {
  const { t } = useI18n();
  const router = useRouter();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('dash.shopSwitch')}</label>
      <select
        id={id}
        value={current}
        onChange={(e) => router.push(`/shops/${e.target.value}${suffix}${query}`)}
        data-testid="shop-switcher"
      >
        {shops.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The two catalogs, Chinese first. Each is split by area (one file per area under zh/ and en/) only
 * to keep files short; an area's English file is typed by its Chinese one, so a key missing from
 * either is a type error. Messages are ICU MessageFormat: `{shop}`, `{n, plural, one {# day} other
 * {# days}}`, `{n, number}` (grouped as `formatInt` does, through Intl in the catalog's locale).
 */
import { alerts as enAlerts } from './en/alerts';
import { cli as enCli } from './en/cli';
import { common as enCommon } from './en/common';
import { dashboard as enDashboard } from './en/dashboard';
import { importMessages as enImportMessages } from './en/importMessages';
import { imports as enImports } from './en/imports';
import { mapping as enMapping } from './en/mapping';
import { settings as enSettings } from './en/settings';
import { share as enShare } from './en/share';
import type { Lang } from './lang';
import { alerts as zhAlerts } from './zh/alerts';
import { cli as zhCli } from './zh/cli';
import { common as zhCommon } from './zh/common';
import { dashboard as zhDashboard } from './zh/dashboard';
import { importMessages as zhImportMessages } from './zh/importMessages';
import { imports as zhImports } from './zh/imports';
import { mapping as zhMapping } from './zh/mapping';
import { settings as zhSettings } from './zh/settings';
import { share as zhShare } from './zh/share';

const zh = {
  ...zhCommon,
  ...zhImports,
  ...zhMapping,
  ...zhDashboard,
  ...zhSettings,
  ...zhImportMessages,
  ...zhShare,
  ...zhCli,
  ...zhAlerts,
};
const en = {
  ...enCommon,
  ...enImports,
  ...enMapping,
  ...enDashboard,
  ...enSettings,
  ...enImportMessages,
  ...enShare,
  ...enCli,
  ...enAlerts,
};

export type Catalog = typeof zh;
export const catalogs: Record<Lang, Catalog> = { zh, en };

import type { Shape } from '../shape';
import type { common as zh } from '../zh/common';

export const common: Shape<typeof zh> = {
  app: {
    name: 'Redline',
    tagline: 'Platform-intervention risk',
  },
  nav: {
    label: 'Main navigation',
    home: 'Shops',
    import: 'Import',
    logout: 'Log out',
  },
  lang: {
    label: 'Language',
    zh: '中文',
    en: 'English',
  },
  common: {
    loading: 'Loading…',
    error: 'Something went wrong',
    errorBody: 'The page data could not be loaded. Nothing was lost; try again.',
    retry: 'Try again',
    none: 'None',
    unknown: 'Unknown',
    empty: '(empty)',
    days: '{n, plural, one {# day} other {# days}}',
    day: 'Date',
    count: 'Count',
    share: 'Share',
    showTable: 'Table view',
    showChart: 'Chart view',
    notFound: 'Page not found',
    notFoundBody: 'The shop or page does not exist; it may have been deleted.',
    backHome: 'Back to the shops',
    download: 'Download',
    cancel: 'Cancel',
    save: 'Save',
  },
  status: {
    ok: 'OK',
    watch: 'Watch',
    over: 'Over',
    breach: 'Penalty',
    unknown: 'Unknown',
    none: 'No data',
    label: 'Status',
  },
  platform: {
    pdd: 'Pinduoduo',
    taobao: 'Taobao/Tmall',
    jd: 'JD',
    douyin: 'Douyin',
    kuaishou: 'Kuaishou',
  },
  kind: {
    orders: 'Orders',
    afterSales: 'After-sales',
  },
  confidence: {
    H: "high (the platform's rule text)",
    M: 'medium (official API or several sources)',
    L: 'low (one third-party source)',
    estimate: "Redline's estimate",
  },
  basis: {
    paid: 'orders by payment day',
    shipped: 'orders by shipping day',
    received: 'orders by receipt day',
    applied: 'interventions by application day',
    completed: 'interventions by completion day',
  },
};

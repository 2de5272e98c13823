/**
 * `redline alerts`: the shops' work-chat robots from the command line, over the same lib/alerts
 * functions as the settings page. A channel's URL and secret are never printed in full.
 */
import {
  addAlertChannel,
  listChannelViews,
  pauseAlertChannel,
  removeAlertChannel,
  testAlertChannel,
} from '../alerts/channels';
import { DEFAULT_FORECAST_DAYS, DEFAULT_STALE_DAYS } from '../alerts/evaluate';
import { runExclusive } from '../alerts/scheduler';
import { closeConnection } from '../db/connection';
import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/translate';
import { alertChannelInput } from '../input/alerts';
import { describeIssues } from '../input/fields';
import { listShops } from '../shops/shops';
import { chinaWallClock } from '../time/china';
import { parseCliArgs } from './args';
import { type CliContext, CliError, cliLang, openCliConnection } from './context';
import { resolveShop } from './shop';

const usage =
  () => `alerts add --shop S|--all-shops --channel dingtalk|wecom|feishu|webhook --url URL [--secret S] [--label L] [--language zh|en] [--link URL] [--off status,penalty,deadline,forecast,stale] [--forecast-days N] [--stale-days N] [--digest HH:MM]
alerts list [--shop S] [--json]
alerts test --id ID
alerts pause|resume --id ID
alerts remove --id ID
alerts run [--shop S]`;

const TOPICS = ['status', 'penalty', 'deadline', 'forecast', 'stale'] as const;

/** Every subcommand takes `--lang zh|en`; taken out here, before each parses its own options. */
function withoutLang(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang') i++;
    else if (!argv[i].startsWith('--lang=')) out.push(argv[i]);
  }
  return out;
}

export async function runAlertsCommand(ctx: CliContext, argv: string[]): Promise<number> {
  const lang = cliLang(argvLangFlag(argv));
  const [sub, ...rest] = withoutLang(argv);
  if (sub === 'add') return add(ctx, rest, lang);
  if (sub === 'list') return list(ctx, rest, lang);
  if (sub === 'test') return test(ctx, rest, lang);
  if (sub === 'remove') return byId(ctx, rest, 'remove', lang);
  if (sub === 'pause' || sub === 'resume') return byId(ctx, rest, sub, lang);
  if (sub === 'run') return run(ctx, rest, lang);
  throw new CliError(
    'cliError.which',
    { command: 'alerts', list: 'add, list, test, pause, resume, remove, run' },
    usage,
  );
}

function days(v: string | undefined, off: boolean, fallback: number): number | null {
  if (off) return null;
  if (v === undefined) return fallback;
  if (v === 'off') return null;
  return /^\d+$/.test(v) ? Number(v) : Number.NaN;
}

async function add(ctx: CliContext, argv: string[], lang: Lang): Promise<number> {
  const { values } = parseCliArgs({
    args: argv,
    options: {
      shop: { type: 'string' },
      'all-shops': { type: 'boolean', default: false },
      channel: { type: 'string' },
      url: { type: 'string' },
      secret: { type: 'string' },
      label: { type: 'string' },
      language: { type: 'string' },
      link: { type: 'string' },
      off: { type: 'string' },
      'forecast-days': { type: 'string' },
      'stale-days': { type: 'string' },
      digest: { type: 'string' },
    },
  });
  const command = 'alerts add';
  if (!values.channel) throw new CliError('alertsError.needChannel', { command }, usage);
  if (!values.url) throw new CliError('alertsError.needUrl', { command }, usage);
  if (!values.shop && !values['all-shops']) throw new CliError('cliError.needShop', { command }, usage);
  const off = new Set((values.off ?? '').split(',').filter(Boolean));
  if ([...off].some((t) => !(TOPICS as readonly string[]).includes(t)))
    throw new CliError('alertsError.triggers', { command });
  // The secret may come from the environment instead: `ps` shows a command line to every user.
  const secret = values.secret ?? process.env.REDLINE_ALERT_SECRET;
  const raw = {
    shopId: null,
    kind: values.channel,
    url: values.url,
    ...(secret ? { secret } : {}),
    label: values.label ?? '',
    lang: values.language ?? 'zh',
    ...(values.link ? { linkUrl: values.link } : {}),
    onStatus: !off.has('status'),
    onPenalty: !off.has('penalty'),
    onDeadline: !off.has('deadline'),
    forecastDays: days(values['forecast-days'], off.has('forecast'), DEFAULT_FORECAST_DAYS),
    staleDays: days(values['stale-days'], off.has('stale'), DEFAULT_STALE_DAYS),
    digestAt: values.digest ?? null,
  };
  const checked = alertChannelInput.safeParse(raw);
  if (!checked.success)
    throw new CliError('cliError.invalid', { command, detail: describeIssues(checked.error, lang, flagName) });
  const conn = await openCliConnection(ctx, lang);
  try {
    const shop = values.shop ? await resolveShop(conn.db, values.shop, command) : null;
    const id = await addAlertChannel(conn.db, { ...checked.data, shopId: shop?.id ?? null });
    const [view] = (await listChannelViews(conn.db)).filter((v) => v.id === id);
    const t = translator(lang);
    ctx.out(t('alertsCli.added', { id, kind: view.kind, shop: shop?.name ?? t('alertsCli.allShops'), url: view.url }));
    return 0;
  } finally {
    await closeConnection(conn);
  }
}

const FLAGS: Record<string, string> = {
  kind: '--channel',
  linkUrl: '--link',
  forecastDays: '--forecast-days',
  staleDays: '--stale-days',
  digestAt: '--digest',
};
const flagName = (field: string) => FLAGS[field] ?? `--${field}`;

function triggersText(v: Awaited<ReturnType<typeof listChannelViews>>[number]): string {
  const t = v.triggers;
  const on = [
    t.status && 'status',
    t.penalty && 'penalty',
    t.deadline && 'deadline',
    t.forecastDays !== null && `forecast≤${t.forecastDays}d`,
    t.staleDays !== null && `stale>${t.staleDays}d`,
    t.digestAt && `digest@${t.digestAt}`,
  ].filter(Boolean);
  return on.join(',') || '-';
}

async function list(ctx: CliContext, argv: string[], lang: Lang): Promise<number> {
  const { values } = parseCliArgs({
    args: argv,
    options: { shop: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const t = translator(lang);
  const conn = await openCliConnection(ctx, lang);
  try {
    const shop = values.shop ? await resolveShop(conn.db, values.shop, 'alerts list') : null;
    const views = await listChannelViews(conn.db, shop?.id);
    if (values.json) {
      ctx.out(JSON.stringify(views));
      return 0;
    }
    const names = new Map((await listShops(conn.db)).map((s) => [s.id, s.name]));
    if (!views.length) ctx.out(t('alertsCli.none'));
    for (const v of views) {
      ctx.out(
        t('alertsCli.row', {
          id: v.id,
          kind: v.kind,
          shop: v.shopId === null ? t('alertsCli.allShops') : (names.get(v.shopId) ?? String(v.shopId)),
          url: v.url,
          secret: v.hasSecret ? 'yes' : 'no',
          lang: v.lang,
          paused: v.paused ? 'yes' : 'no',
          triggers: triggersText(v),
          label: v.label ? `  ${JSON.stringify(v.label)}` : '',
        }),
      );
      const [last] = v.deliveries;
      if (last)
        ctx.out(
          t('alertsCli.lastDelivery', {
            // Stored in UTC; a merchant reads China time (--json keeps the stored ISO time).
            at: chinaWallClock(new Date(last.at)),
            outcome: last.outcome,
            detail: [last.code, last.detail].filter(Boolean).join(' '),
          }),
        );
    }
    return 0;
  } finally {
    await closeConnection(conn);
  }
}

function idOf(argv: string[], command: string): number {
  const { values } = parseCliArgs({ args: argv, options: { id: { type: 'string' } } });
  if (!values.id) throw new CliError('alertsError.needId', { command }, usage);
  if (!/^[1-9]\d{0,11}$/.test(values.id)) throw new CliError('alertsError.noChannel', { command, id: values.id });
  return Number(values.id);
}

async function test(ctx: CliContext, argv: string[], lang: Lang): Promise<number> {
  const id = idOf(argv, 'alerts test');
  const t = translator(lang);
  const conn = await openCliConnection(ctx, lang);
  try {
    const r = await testAlertChannel(conn.db, id);
    if (!r) throw new CliError('alertsError.noChannel', { command: 'alerts test', id });
    if (r.ok) ctx.out(t('alertsCli.testSent', { attempts: r.attempts }));
    else ctx.err(t('alertsCli.testFailed', { attempts: r.attempts, code: r.code ?? '', detail: r.detail }));
    return r.ok ? 0 : 1;
  } finally {
    await closeConnection(conn);
  }
}

async function byId(ctx: CliContext, argv: string[], what: 'remove' | 'pause' | 'resume', lang: Lang): Promise<number> {
  const command = `alerts ${what}`;
  const id = idOf(argv, command);
  const conn = await openCliConnection(ctx, lang);
  try {
    const done =
      what === 'remove'
        ? await removeAlertChannel(conn.db, id)
        : await pauseAlertChannel(conn.db, id, what === 'pause');
    if (!done) throw new CliError('alertsError.noChannel', { command, id });
    const key = what === 'remove' ? 'alertsCli.removed' : what === 'pause' ? 'alertsCli.paused' : 'alertsCli.resumed';
    ctx.out(translator(lang)(key, { id }));
    return 0;
  } finally {
    await closeConnection(conn);
  }
}

async function run(ctx: CliContext, argv: string[], lang: Lang): Promise<number> {
  const { values } = parseCliArgs({ args: argv, options: { shop: { type: 'string' } } });
  const t = translator(lang);
  const conn = await openCliConnection(ctx, lang);
  try {
    const shop = values.shop ? await resolveShop(conn.db, values.shop, 'alerts run') : null;
    // A cron job's pass: changes, and the digests whose time has come today.
    const r = await runExclusive(conn.db, { digest: true, ...(shop ? { shopIds: [shop.id] } : {}) });
    if (!r) {
      ctx.err(t('alertsCli.busy'));
      return 0;
    }
    ctx.out(t('alertsCli.ran', { ...r }));
    return r.failed ? 1 : 0;
  } finally {
    await closeConnection(conn);
  }
}

/** The value of `--lang X` or `--lang=X`, as given (cliLang refuses anything but zh and en). */
function argvLangFlag(argv: readonly string[]): string | undefined {
  const eq = argv.find((a) => a.startsWith('--lang='));
  const i = argv.indexOf('--lang');
  return eq ? eq.slice('--lang='.length) : i >= 0 ? argv[i + 1] : undefined;
}

import { closeConnection } from '../db/connection';
import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/translate';
import { describeIssues } from '../input/fields';
import { ruleChangeInput } from '../input/rules';
import { getRuleHistory, getShopRules, RuleChangeError, resetShopRules, updateShopRule } from '../report/shopSettings';
import { describeChange, describeLine, describePenalties, describeSource, ruleJson } from '../rules/describe';
import type { ShopRule } from '../rules/types';
import { parseCliArgs } from './args';
import { type CliContext, CliError, cliLang, openCliConnection } from './context';
import { resolveShop } from './shop';

const usage = (lang: Lang) => `rules list [--shop NAME] [--json] [--lang zh|en]
rules set [--shop NAME] [--rule ID] [--rate R|off] [--count N|off] [--combine and|or] [--sustain K] [--watch W]
          [--multiple M|off] [--category-average A|off] [--main] [--enable|--disable] [--json]
rules reset [--shop NAME] [--rule ID] [--json]
rules history [--shop NAME] [--rule ID] [--json]
${translator(lang)('cliText.rulesUsageNote')}`;

export async function runRulesCommand(ctx: CliContext, argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'list') return list(ctx, rest);
  if (sub === 'set') return set(ctx, rest);
  if (sub === 'reset') return reset(ctx, rest);
  if (sub === 'history') return history(ctx, rest);
  throw new CliError('cliError.which', { command: 'rules', list: 'list, set, reset, history' }, usage);
}

function printRules(ctx: CliContext, rules: readonly ShopRule[], lang: 'zh' | 'en') {
  const t = translator(lang);
  for (const r of rules) {
    const flags = [r.main ? t('cli.main') : null, r.enabled ? null : t('cli.off'), r.edited ? t('cli.edited') : null]
      .filter(Boolean)
      .join(', ');
    ctx.out(`${r.presetId}  ${r.name[lang]}${flags ? `  [${flags}]` : ''}`);
    ctx.out(t('cli.line', { text: describeLine(r, lang) }));
    ctx.out(t('cli.penalties', { text: describePenalties(r, lang) }));
    ctx.out(t('cli.source', { text: describeSource(r, lang) }));
    if (r.needsCategoryAverage) ctx.out(t('cli.needsAverage'));
    if (r.notes) ctx.out(t('cli.note', { text: r.notes[lang] }));
  }
}

async function list(ctx: CliContext, argv: string[]): Promise<number> {
  const { values } = parseCliArgs({
    args: argv,
    options: { shop: { type: 'string' }, json: { type: 'boolean', default: false }, lang: { type: 'string' } },
  });
  const lang = cliLang(values.lang);
  const conn = await openCliConnection(ctx);
  try {
    const shop = await resolveShop(conn.db, values.shop, 'rules list');
    const rules = await getShopRules(conn.db, shop);
    if (values.json) ctx.out(JSON.stringify({ shop: shop.name, platform: shop.platform, rules: rules.map(ruleJson) }));
    else {
      ctx.out(`${shop.name} (${shop.platform})`);
      printRules(ctx, rules, lang);
    }
    return 0;
  } finally {
    await closeConnection(conn);
  }
}

function num(flag: string, v: string | undefined): number | null | undefined {
  if (v === undefined) return undefined;
  if (v === 'off' || v === 'none') return null;
  const pctMatch = /^(-?\d+(?:\.\d+)?)%$/.exec(v);
  if (pctMatch) return Number(pctMatch[1]) / 100;
  if (!/^-?\d+(?:\.\d+)?$/.test(v)) throw new CliError('cliError.number', { flag, value: v });
  return Number(v);
}

async function set(ctx: CliContext, argv: string[]): Promise<number> {
  const { values } = parseCliArgs({
    args: argv,
    options: {
      shop: { type: 'string' },
      rule: { type: 'string' },
      rate: { type: 'string' },
      count: { type: 'string' },
      combine: { type: 'string' },
      sustain: { type: 'string' },
      watch: { type: 'string' },
      multiple: { type: 'string' },
      'category-average': { type: 'string' },
      main: { type: 'boolean' },
      enable: { type: 'boolean' },
      disable: { type: 'boolean' },
      json: { type: 'boolean', default: false },
      lang: { type: 'string' },
    },
  });
  const lang = cliLang(values.lang);
  if (values.enable && values.disable) throw new CliError('cliError.enableDisable', { command: 'rules set' });
  const sustain = num('sustain', values.sustain);
  const watch = num('watch', values.watch);
  if (sustain === null || watch === null) throw new CliError('cliError.sustainWatchOff', { command: 'rules set' });
  const parsed = ruleChangeInput.safeParse({
    rule: values.rule,
    rate: num('rate', values.rate),
    count: num('count', values.count),
    combine: values.combine,
    sustainDays: sustain,
    watch,
    rateMultiple: num('multiple', values.multiple),
    categoryAverage: num('category-average', values['category-average']),
    main: values.main,
    enabled: values.enable ? true : values.disable ? false : undefined,
  });
  if (!parsed.success) {
    const flagOf: Record<string, string> = {
      sustainDays: 'sustain',
      rateMultiple: 'multiple',
      categoryAverage: 'category-average',
      enabled: 'enable',
    };
    const detail = describeIssues(parsed.error, lang, (k) => `--${flagOf[k] ?? k}`, '\n');
    throw new CliError('cliError.invalid', { command: 'rules set', detail }, usage);
  }
  const conn = await openCliConnection(ctx);
  try {
    const shop = await resolveShop(conn.db, values.shop, 'rules set');
    // The rule changed: the one named, else the main one before the change (--disable may move "main").
    const id = parsed.data.rule ?? (await getShopRules(conn.db, shop)).find((r) => r.main)?.presetId;
    let saved: ShopRule[];
    try {
      saved = await updateShopRule(conn.db, shop, parsed.data);
    } catch (e) {
      if (e instanceof RuleChangeError)
        throw new CliError('cliError.invalid', { command: 'rules set', detail: e.text[lang] });
      throw e;
    }
    if (values.json) ctx.out(JSON.stringify({ shop: shop.name, platform: shop.platform, rules: saved.map(ruleJson) }));
    else
      printRules(
        ctx,
        saved.filter((r) => r.presetId === id),
        lang,
      );
    return 0;
  } finally {
    await closeConnection(conn);
  }
}

async function reset(ctx: CliContext, argv: string[]): Promise<number> {
  const { values } = parseCliArgs({
    args: argv,
    options: {
      shop: { type: 'string' },
      rule: { type: 'string' },
      json: { type: 'boolean', default: false },
      lang: { type: 'string' },
    },
  });
  const lang = cliLang(values.lang);
  const conn = await openCliConnection(ctx);
  try {
    const shop = await resolveShop(conn.db, values.shop, 'rules reset');
    let saved: ShopRule[];
    try {
      saved = await resetShopRules(conn.db, shop, values.rule);
    } catch (e) {
      if (e instanceof RuleChangeError)
        throw new CliError('cliError.invalid', { command: 'rules reset', detail: e.text[lang] });
      throw e;
    }
    if (values.json) ctx.out(JSON.stringify({ shop: shop.name, platform: shop.platform, rules: saved.map(ruleJson) }));
    else printRules(ctx, values.rule ? saved.filter((r) => r.presetId === values.rule) : saved, lang);
    return 0;
  } finally {
    await closeConnection(conn);
  }
}

async function history(ctx: CliContext, argv: string[]): Promise<number> {
  const { values } = parseCliArgs({
    args: argv,
    options: {
      shop: { type: 'string' },
      rule: { type: 'string' },
      json: { type: 'boolean', default: false },
      lang: { type: 'string' },
    },
  });
  const lang = cliLang(values.lang);
  const conn = await openCliConnection(ctx);
  try {
    const shop = await resolveShop(conn.db, values.shop, 'rules history');
    const changes = await getRuleHistory(conn.db, shop, values.rule);
    if (values.json) ctx.out(JSON.stringify({ shop: shop.name, changes }));
    else if (!changes.length) ctx.out(translator(lang)('settings.changesEmpty'));
    else
      for (const c of changes)
        ctx.out(
          `${c.at}  ${c.presetId}  ${translator(lang)(c.action === 'reset' ? 'settings.changeReset' : 'settings.changeSet')}: ${describeChange(c.before, c.after, lang)}`,
        );
    return 0;
  } finally {
    await closeConnection(conn);
  }
}

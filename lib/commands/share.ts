import { closeConnection } from '../db/connection';
import type { Lang } from '../i18n/lang';
import { translator } from '../i18n/translate';
import { describeIssues } from '../input/fields';
import { shareOptionsInput } from '../input/share';
import {
  createShareLink,
  listShareLinks,
  revokeShareLink,
  ShareError,
  type ShareLinkSummary,
  shareUrl,
} from '../share/links';
import { parseCliArgs } from './args';
import { type CliContext, CliError, cliLang, openCliConnection } from './context';
import { PASSWORD_ENV, readLinkPassword } from './password';
import { resolveShop } from './shop';

const usage = (
  lang: Lang,
) => `share create --shop NAME [--label L] [--days N | --from YYYY-MM-DD --to YYYY-MM-DD] [--expires-in-days N | --expires-on YYYY-MM-DD] [--ask-password] [--orders] [--json]
  ${translator(lang)('cliText.shareUsageNote', { env: PASSWORD_ENV })}
share list --shop NAME [--json]
share revoke --id ID`;

function int(flag: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new CliError('cliError.wholeNumber', { flag, value: v });
  return Number(v);
}

export async function runShareCommand(ctx: CliContext, argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'create') return create(ctx, rest);
  if (sub === 'list') return list(ctx, rest);
  if (sub === 'revoke') return revoke(ctx, rest);
  throw new CliError('cliError.which', { command: 'share', list: 'create, list, revoke' }, usage);
}

async function create(ctx: CliContext, argv: string[]): Promise<number> {
  const { values } = parseCliArgs({
    args: argv,
    options: {
      shop: { type: 'string' },
      label: { type: 'string' },
      days: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      'expires-in-days': { type: 'string' },
      'expires-on': { type: 'string' },
      password: { type: 'string' },
      'ask-password': { type: 'boolean', default: false },
      orders: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const lang = cliLang(undefined);
  if (!values.shop) throw new CliError('cliError.needShop', { command: 'share create' }, usage);
  const options = {
    label: values.label,
    days: int('days', values.days),
    from: values.from,
    to: values.to,
    expiresInDays: int('expires-in-days', values['expires-in-days']),
    expiresOn: values['expires-on'],
    password: await readLinkPassword({ ask: values['ask-password'], argv: values.password, warn: ctx.err, lang }),
    includeOrders: values.orders,
  };
  // The options first (a mistake is said before anything is opened), then the shop they are for.
  const checked = shareOptionsInput.safeParse(options);
  if (!checked.success)
    throw new CliError('cliError.invalid', { command: 'share create', detail: describeIssues(checked.error, lang) });
  const conn = await openCliConnection(ctx);
  try {
    const shop = await resolveShop(conn.db, values.shop, 'share create');
    const link = await createShareLink(conn.db, shop, checked.data);
    const url = shareUrl(link.token);
    if (values.json) ctx.out(JSON.stringify({ id: link.id, url }));
    else ctx.out(translator(lang)('cli.linkCreated', { url, id: link.id, expires: link.expiresAt ?? 'none' }));
    return 0;
  } catch (e) {
    if (e instanceof ShareError)
      throw new CliError('cliError.invalid', { command: 'share create', detail: describeIssues(e.issues, lang) });
    throw e;
  } finally {
    await closeConnection(conn);
  }
}

const rangeText = (l: ShareLinkSummary) =>
  l.range.kind === 'rolling' ? `last ${l.range.days} days` : `${l.range.from}…${l.range.to}`;

async function list(ctx: CliContext, argv: string[]): Promise<number> {
  const { values } = parseCliArgs({
    args: argv,
    options: { shop: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  if (!values.shop) throw new CliError('cliError.needShop', { command: 'share list' }, usage);
  const conn = await openCliConnection(ctx);
  try {
    const shop = await resolveShop(conn.db, values.shop, 'share list');
    const links = await listShareLinks(conn.db, shop);
    if (values.json) {
      ctx.out(JSON.stringify(links));
      return 0;
    }
    if (!links.length) ctx.out(translator(cliLang(undefined))('cli.noLinks', { shop: shop.name }));
    for (const l of links) {
      ctx.out(
        [
          l.id,
          l.state,
          JSON.stringify(l.label),
          rangeText(l),
          `expires ${l.expiresAt ?? 'never'}`,
          l.hasPassword ? 'password' : 'no password',
          `${l.views} views`,
          `last viewed ${l.lastViewedAt ?? 'never'}`,
        ].join('  '),
      );
    }
    return 0;
  } finally {
    await closeConnection(conn);
  }
}

async function revoke(ctx: CliContext, argv: string[]): Promise<number> {
  const { values } = parseCliArgs({ args: argv, options: { id: { type: 'string' } } });
  if (!values.id) throw new CliError('cliError.needId', { command: 'share revoke' }, usage);
  const conn = await openCliConnection(ctx);
  try {
    const r = await revokeShareLink(conn.db, values.id);
    if (r === 'missing') throw new CliError('cliError.noLink', { command: 'share revoke', id: values.id });
    ctx.out(translator(cliLang(undefined))(r === 'revoked' ? 'cli.revoked' : 'cli.alreadyRevoked', { id: values.id }));
    return 0;
  } finally {
    await closeConnection(conn);
  }
}

/**
 * `redline db copy --to URL [--shop NAME] [--json]`: moves shops from the SQLite file of
 * DATABASE_URL to another database (PostgreSQL, when a merchant outgrows one file on one machine).
 * The target is created or migrated first; the file is left as it was.
 */
import { closeConnection, openConnection, parseDatabaseUrl } from '../db/connection';
import { copyShops, NoSuchShop, ShopExists } from '../db/copyShops';
import { createPostgresDatabase } from '../db/postgres';
import { translator } from '../i18n/translate';
import { parseCliArgs } from './args';
import { type CliContext, CliError, cliLang, openCliConnection } from './context';

const usage = () => 'db copy --to postgres://USER@HOST:PORT/DB [--shop NAME] [--json]';

export async function runDbCommand(ctx: CliContext, argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'copy') throw new CliError('cliError.which', { command: 'db', list: 'copy' }, usage);
  const { values } = parseCliArgs({
    args: rest,
    options: {
      to: { type: 'string' },
      shop: { type: 'string' },
      json: { type: 'boolean', default: false },
      lang: { type: 'string' },
    },
  });
  const lang = cliLang(values.lang);
  const t = translator(lang);
  if (!values.to) throw new CliError('cliError.copyNeedsTo', {}, usage);
  let to: ReturnType<typeof parseDatabaseUrl>;
  try {
    to = parseDatabaseUrl(values.to);
  } catch (e) {
    throw new CliError('cliError.invalid', { command: 'db copy', detail: (e as Error).message });
  }
  // Opening the source brings it to the current version, as the app would; then it is only read.
  const source = await openCliConnection(ctx, lang);
  await closeConnection(source);
  if (source.dialect !== 'sqlite') throw new CliError('cliError.copyFromFile');
  if (to.dialect === 'sqlite' && to.file === source.file) throw new CliError('cliError.copySame');
  // A new server's database is made here; its tables, as on every connection, when it is opened.
  if (to.dialect === 'postgres') await createPostgresDatabase(to.url);
  const target = await openConnection(values.to);
  try {
    const copied = await copyShops(source.file, target.db, values.shop);
    if (values.json) ctx.out(JSON.stringify(copied));
    else if (!copied.length) ctx.out(t('cliText.copiedNothing'));
    else for (const c of copied) ctx.out(t('cliText.copied', { shop: c.name, ...c }));
    return 0;
  } catch (e) {
    if (e instanceof ShopExists) throw new CliError('cliError.copyShopExists', { name: e.shop });
    if (e instanceof NoSuchShop) throw new CliError('cliError.noShop', { command: 'db copy', name: e.shop });
    throw e;
  } finally {
    await closeConnection(target);
  }
}

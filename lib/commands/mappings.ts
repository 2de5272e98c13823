/** `redline mappings list|remove`: the column mappings a shop's imports saved, and forgetting one. */
import { closeConnection } from '../db/connection';
import { platformName } from '../i18n/platforms';
import { translator } from '../i18n/translate';
import { removeSavedMapping, shopMappings } from '../import/savedMappings';
import { parseCliArgs } from './args';
import { type CliContext, CliError, cliLang, openCliConnection } from './context';
import { resolveShop } from './shop';

const usage = () => `mappings list --shop NAME [--json]
mappings remove --id N`;

export async function runMappingsCommand(ctx: CliContext, argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'list') return list(ctx, rest);
  if (sub === 'remove') return remove(ctx, rest);
  throw new CliError('cliError.which', { command: 'mappings', list: 'list, remove' }, usage);
}

async function list(ctx: CliContext, argv: string[]): Promise<number> {
  const { values } = parseCliArgs({
    args: argv,
    options: { shop: { type: 'string' }, json: { type: 'boolean', default: false }, lang: { type: 'string' } },
  });
  const lang = cliLang(values.lang);
  const t = translator(lang);
  const conn = await openCliConnection(ctx, lang);
  try {
    const shop = await resolveShop(conn.db, values.shop, 'mappings list');
    const mappings = await shopMappings(conn.db, shop.id);
    if (values.json) {
      ctx.out(
        JSON.stringify(
          mappings.map((m) => ({
            id: m.id,
            platform: m.platform,
            kind: m.kind,
            columns: m.columns,
            interventionValues: m.interventionValues ?? null,
            header: m.headerKey.split('\u001f'),
            createdAt: m.createdAt,
          })),
        ),
      );
      return 0;
    }
    if (!mappings.length) ctx.out(t('cli.noMappings', { shop: shop.name }));
    for (const m of mappings)
      ctx.out(
        t('cli.mappingRow', {
          id: m.id,
          platform: platformName(m.platform, lang),
          kind: m.kind,
          columns: Object.entries(m.columns)
            .map(([field, column]) => `${field}=${column}`)
            .join(' '),
          values: m.interventionValues?.length ? t('cli.mappingValues', { list: m.interventionValues.join(', ') }) : '',
          when: m.createdAt,
        }),
      );
    return 0;
  } finally {
    await closeConnection(conn);
  }
}

async function remove(ctx: CliContext, argv: string[]): Promise<number> {
  const { values } = parseCliArgs({ args: argv, options: { id: { type: 'string' }, lang: { type: 'string' } } });
  const lang = cliLang(values.lang);
  const command = 'mappings remove';
  if (!values.id) throw new CliError('cliError.needMappingId', { command }, usage);
  if (!/^\d{1,15}$/.test(values.id)) throw new CliError('cliError.wholeNumber', { flag: 'id', value: values.id });
  const conn = await openCliConnection(ctx, lang);
  try {
    if (!(await removeSavedMapping(conn.db, null, Number(values.id))))
      throw new CliError('cliError.noMapping', { command, id: values.id });
    ctx.out(translator(lang)('cli.mappingRemoved', { id: values.id }));
    return 0;
  } finally {
    await closeConnection(conn);
  }
}

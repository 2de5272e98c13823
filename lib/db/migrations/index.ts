import type { Migration, MigrationProvider } from 'kysely';
import { m0001_initial } from './0001_initial';
import { m0002_rules } from './0002_rules';
import { m0003_shares } from './0003_shares';
import { m0004_coverage } from './0004_coverage';
import { m0005_rule_history } from './0005_rule_history';
import { m0005_security } from './0005_security';
import { m0006_message_codes } from './0006_message_codes';
import { m0007_column_mappings } from './0007_column_mappings';
import { m0008_order_level } from './0008_order_level';
import { m0009_undo } from './0009_undo';
import { m0010_import_jobs } from './0010_import_jobs';
import { m0011_alerts } from './0011_alerts';
import { m0012_import_counts } from './0012_import_counts';

/**
 * Migrations live in code so the bundled server and the CLI carry the same ones. One file per
 * migration, named by number; never edit one that has shipped, add the next.
 */
const migrations: Record<string, Migration> = {
  '0001_initial': m0001_initial,
  '0002_rules': m0002_rules,
  '0003_shares': m0003_shares,
  '0004_coverage': m0004_coverage,
  '0005_rule_history': m0005_rule_history,
  '0005_security': m0005_security,
  '0006_message_codes': m0006_message_codes,
  '0007_column_mappings': m0007_column_mappings,
  '0008_order_level': m0008_order_level,
  '0009_undo': m0009_undo,
  '0010_import_jobs': m0010_import_jobs,
  '0011_alerts': m0011_alerts,
  '0012_import_counts': m0012_import_counts,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};

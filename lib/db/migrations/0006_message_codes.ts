import type { Kysely, Migration } from 'kysely';

/**
 * Import messages are kept as a code and its parameters (JSON) and rendered in the reader's
 * language when shown, so a message can be reworded or a language added without touching stored
 * rows. Older rows keep their text in both languages (`message_zh` / `message_en`, and
 * `imports.message` as "中文\nEnglish") and are shown from it; new row errors leave those columns
 * empty (they are NOT NULL in 0001, and SQLite cannot relax that in place).
 */
export const m0006_message_codes: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('import_errors').addColumn('params', 'text').execute();
    await db.schema.alterTable('imports').addColumn('message_code', 'text').execute();
    await db.schema.alterTable('imports').addColumn('message_params', 'text').execute();
  },
};

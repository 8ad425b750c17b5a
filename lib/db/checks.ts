import Dexie from 'dexie';
import * as v from 'valibot';
import { STORED } from './schema';

/** A write the schema refuses. Names the table and field, never the value. */
export class RefusedWrite extends Error {
  constructor(
    readonly table: string,
    readonly field: string,
  ) {
    super(`Cadre refused to store ${field ? `${table}.${field}` : table}.`);
  }
}

type Row = Record<string, unknown>;

function checked(table: string, row: unknown): Row {
  const parsed = v.safeParse(STORED[table as keyof typeof STORED], row);
  if (!parsed.success) throw new RefusedWrite(table, v.getDotPath(parsed.issues[0]) ?? '');
  return parsed.output as Row;
}

/**
 * Every write to every table passes its schema (lib/db/schema.ts) and is stored the way
 * the schema normalises it. What the database holds is therefore always what a backup
 * import accepts: the same rules decide both.
 */
export function checkEveryWrite(database: Dexie): void {
  for (const table of database.tables) {
    if (!(table.name in STORED)) continue;
    table.hook('creating', (_key, row: Row) => {
      const output = checked(table.name, row);
      for (const field of Object.keys(row)) if (!(field in output)) delete row[field];
      Object.assign(row, output);
    });
    table.hook('updating', (changes, _key, row) => {
      // Changes are key paths ("schedule.manual.state"), as Dexie diffs a put.
      const next = structuredClone(row) as Row;
      for (const [path, value] of Object.entries(changes as Row)) {
        if (value === undefined) Dexie.delByKeyPath(next, path);
        else Dexie.setByKeyPath(next, path, value);
      }
      // What the schema changed (a recomputed key, a trimmed title) is written too.
      return checked(table.name, next);
    });
  }
}

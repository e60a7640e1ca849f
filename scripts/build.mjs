/**
 * Compiles the entry points (scripts/*.ts, src/main.ts, src/bench/worker.ts) into dist/, an ES
 * module each (esbuild: TypeScript stripped, the project's modules bundled, and two packages Node
 * is slow to load file by file: zod, 50 ms from node_modules and 13 ms bundled, and minisearch).
 * Other packages are imported from node_modules as they are. Code shared by entries, and modules
 * imported dynamically (`await import("./bot/…")`: loaded, with the packages they import, only
 * when that branch runs) go to dist/chunk-*.js, named by their content. The npm scripts run the
 * entries through scripts/run.mjs, which rebuilds first when a source changed: Node then starts on
 * plain JavaScript in a few files instead of compiling every TypeScript module through tsx's
 * loader on each start (0.2–0.5 s).
 *
 * Data read beside a module (`new URL("data/…", import.meta.url)`: src/zh/data, the CMaps of
 * src/ingest/data, the fingerprint's folders) is read where it is in src/: in the bundle, each
 * module's import.meta.url is its source file's URL, made relative to the bundle. So nothing is
 * copied, and the compiled code hashes the same source files for the index's builder fingerprint.
 *
 * dist/build.json lists every file that went into the bundles (the sources, and the files of the
 * bundled packages), with its mtime and size as they were before the build read it: run.mjs
 * compares them (a few ms) and rebuilds (about 0.3 s) when any differs, so an edit to src/ or an
 * `npm install` of another zod is picked up. Outputs are written to a temporary name and renamed,
 * chunks first (a new chunk has a new name), then the entries, then the manifest, so that two
 * processes rebuilding at once, or one starting while another rebuilds, never read half a file or
 * an entry without its chunks. Chunks that neither this build nor the one before uses are deleted.
 *
 * `node scripts/build.mjs` builds (npm's `prepare` runs it on `npm install` and `npm ci`).
 * Tests do not use dist/: vitest runs the TypeScript sources.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const DIST = join(ROOT, "dist");
export const MANIFEST = join(DIST, "build.json");
/** Bumped when the build's options change in a way the manifest's inputs do not show. */
const BUILD_VERSION = 1;

/** Entry name (what run.mjs is given) → source file, relative to the root. */
export function entryPoints() {
  const entries = {
    main: "src/main.ts",
    "bench-worker": "src/bench/worker.ts",
  };
  for (const name of readdirSync(join(ROOT, "scripts")).sort()) {
    if (name.endsWith(".ts") && !name.endsWith(".d.ts")) entries[name.slice(0, -3)] = `scripts/${name}`;
  }
  return entries;
}

/** The packages bundled (see above); every other one is imported from node_modules at run time. */
const BUNDLED = ["zod", "minisearch"];

/** The project's other packages, and their subpaths (grammy/types): left as imports. */
function externalPackages() {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((name) => !BUNDLED.includes(name));
  return names.flatMap((name) => [name, `${name}/*`]);
}

/** The files besides the sources whose change makes another build: the build itself, and the settings it reads. */
const BUILD_FILES = ["scripts/build.mjs", "scripts/run.mjs", "package.json", "tsconfig.json"];

function statOf(path) {
  const s = statSync(join(ROOT, path), { throwIfNoEntry: false });
  return s ? [s.mtimeMs, s.size] : null;
}

/** Every file under these folders (relative paths): their stats are taken before the build reads them. */
function snapshot(folders) {
  const stats = new Map();
  for (const folder of folders) {
    for (const entry of readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = relative(ROOT, join(entry.parentPath ?? entry.path, entry.name))
        .split(sep)
        .join("/");
      const s = statOf(path);
      if (s) stats.set(path, s);
    }
  }
  for (const path of BUILD_FILES) stats.set(path, statOf(path));
  return stats;
}

/**
 * In the bundle, `import.meta.url` of each project module becomes its source file's URL,
 * relative to the bundle's own (dist/x.js → ../src/zh/segment.ts): data files are found beside
 * the sources, wherever the checkout is.
 */
const sourceUrls = {
  name: "source-urls",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.split(sep).includes("node_modules")) return undefined;
      let contents = readFileSync(args.path, "utf8");
      if (contents.includes("import.meta.url")) {
        const fromDist = relative(DIST, args.path).split(sep).join("/");
        contents = contents.replaceAll("import.meta.url", `new URL(${JSON.stringify(fromDist)}, import.meta.url).href`);
      }
      return { contents, loader: "ts" };
    });
  },
};

function writeAtomically(path, contents) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, contents);
  renameSync(tmp, path);
}

/**
 * Builds every entry (or only those named) into dist/ and writes the manifest. Returns the build
 * time in ms. Throws (with esbuild's messages) when a source does not compile. A build of some
 * entries only is marked partial: the next run builds again.
 */
export async function build(only = null) {
  const started = performance.now();
  const { build: esbuild } = await import("esbuild");
  const before = snapshot(["src", "scripts"]);
  const all = entryPoints();
  const entries = only ? Object.fromEntries(Object.entries(all).filter(([name]) => only.includes(name))) : all;
  const result = await esbuild({
    absWorkingDir: ROOT,
    entryPoints: Object.entries(entries).map(([out, src]) => ({ in: src, out })),
    outdir: DIST,
    bundle: true,
    splitting: true,
    // Beside the entries: a module's source URL is made relative to dist/ (see sourceUrls).
    chunkNames: "chunk-[name]-[hash]",
    external: externalPackages(),
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: "linked",
    sourcesContent: false,
    legalComments: "none",
    logLevel: "silent",
    metafile: true,
    write: false,
    plugins: [sourceUrls],
  });
  const previous = readManifest();
  mkdirSync(DIST, { recursive: true });
  const isChunk = (file) => relative(DIST, file.path).startsWith("chunk-");
  for (const file of result.outputFiles.filter(isChunk)) writeAtomically(file.path, file.contents);
  for (const file of result.outputFiles.filter((f) => !isChunk(f))) writeAtomically(file.path, file.contents);
  const chunks = result.outputFiles.filter(isChunk).map((f) => relative(DIST, f.path));
  const inputs = {};
  for (const path of [...Object.keys(result.metafile.inputs), ...BUILD_FILES].sort()) {
    // A bundled package's files are stated as they are now (npm does not change them during a build).
    inputs[path] = before.get(path) ?? statOf(path);
  }
  const manifest = { version: BUILD_VERSION, complete: only === null, entries, chunks, inputs };
  writeAtomically(MANIFEST, `${JSON.stringify(manifest, null, 1)}\n`);
  // A process started on the previous build may still be importing its chunks: those stay one build longer.
  const keep = new Set([...chunks, ...(previous?.chunks ?? [])]);
  for (const name of readdirSync(DIST)) {
    if (name.startsWith("chunk-") && !name.endsWith(".tmp") && !keep.has(name)) rmSync(join(DIST, name), { force: true });
  }
  return performance.now() - started;
}

/** dist/build.json, or null when there is none (or it is unreadable). */
export function readManifest() {
  try {
    return JSON.parse(readFileSync(MANIFEST, "utf8"));
  } catch {
    return null;
  }
}

/**
 * Why dist/ cannot be run as it is (no build, another build version, a partial build, an entry
 * point added or removed, a source changed or gone), or null when it is up to date with every
 * source that went into it.
 */
export function staleReason() {
  const manifest = readManifest();
  if (!manifest) return "no build yet";
  if (manifest.version !== BUILD_VERSION) return "another build version";
  if (!manifest.complete) return "the last build was of some entry points only";
  if (JSON.stringify(manifest.entries) !== JSON.stringify(entryPoints())) return "entry points added or removed";
  for (const [path, recorded] of Object.entries(manifest.inputs)) {
    const now = statOf(path);
    if (!now || !recorded || now[0] !== recorded[0] || now[1] !== recorded[1]) return `${path} changed`;
  }
  return null;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    const ms = await build();
    console.log(`Built ${Object.keys(entryPoints()).length} entry points into ${relative(process.cwd(), DIST) || "."}/ in ${Math.round(ms)} ms.`);
  } catch (error) {
    process.stderr.write(`${formatBuildError(error)}\n`);
    process.exitCode = 1;
  }
}

/** esbuild's errors as "file:line:column: text" lines. */
export function formatBuildError(error) {
  const errors = error?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return `Build failed: ${error?.message ?? String(error)}`;
  return ["Build failed:", ...errors.map((e) => (e.location ? `${e.location.file}:${e.location.line}:${e.location.column}: ${e.text}` : e.text))].join("\n");
}

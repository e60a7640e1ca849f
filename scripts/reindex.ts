import "dotenv/config";
import { runReindex } from "../src/cli/reindex.ts";

process.exitCode = await runReindex(process.argv.slice(2), process.env);

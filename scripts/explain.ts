import "dotenv/config";
import { runExplain } from "../src/cli/explain.ts";

process.exitCode = await runExplain(process.argv.slice(2), process.env);

import "dotenv/config";
import { runAsk } from "../src/cli/ask.ts";

process.exitCode = await runAsk(process.argv.slice(2), process.env);

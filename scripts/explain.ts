import "dotenv/config";
import { endQuietlyWhenStdoutCloses } from "../src/cli/closed-pipe.ts";
import { runExplain } from "../src/cli/explain.ts";

endQuietlyWhenStdoutCloses();

process.exitCode = await runExplain(process.argv.slice(2), process.env);

import "dotenv/config";
import { endQuietlyWhenStdoutCloses } from "../src/cli/closed-pipe.ts";
import { runAsk } from "../src/cli/ask.ts";

endQuietlyWhenStdoutCloses();

process.exitCode = await runAsk(process.argv.slice(2), process.env);

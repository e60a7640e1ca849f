import "dotenv/config";
import { runAsk } from "../src/cli/ask.ts";

// `npm run ask -- … | head`: a reader that stops early is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

process.exitCode = await runAsk(process.argv.slice(2), process.env);

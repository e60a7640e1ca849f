import "dotenv/config";
import { runExplain } from "../src/cli/explain.ts";

// `npm run explain -- … | head`: a reader that stops early is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

process.exitCode = await runExplain(process.argv.slice(2), process.env);

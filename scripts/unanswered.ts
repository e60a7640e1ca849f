import "dotenv/config";
import { runUnanswered } from "../src/cli/unanswered.ts";

process.exitCode = await runUnanswered(process.argv.slice(2), process.env);

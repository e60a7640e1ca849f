/**
 * `npm run ask -- … | head`, `npm start < questions | head`: a reader that stops early is not an
 * error worth a stack trace. Standard output closing ends the process quietly, with code 0.
 */
export function endQuietlyWhenStdoutCloses(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
}

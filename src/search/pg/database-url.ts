/** DATABASE_URL in messages and logs: never with its password. */

/** The URL without its password: postgres://user@host:port/db. */
export function describeDatabase(url: string): string {
  try {
    const u = new URL(url);
    u.password = "";
    return u.toString().replace(/^(postgres(?:ql)?:\/\/[^@/]*):@/, "$1@");
  } catch {
    return "(DATABASE_URL is not a valid URL)";
  }
}

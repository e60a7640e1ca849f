/** What the bot needs from the outside world, passed to `createBot` and on to each feature. */
import type { Config } from "../config.ts";
import type { Logger } from "../logger.ts";
import type { SearchIndex } from "../search/search-index.ts";

export interface BotDeps {
  /** The current index; a function so the index can be swapped while the bot runs. */
  getIndex: () => SearchIndex;
  config: Config;
  logger: Logger;
}

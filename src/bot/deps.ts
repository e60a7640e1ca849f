/** What the bot needs from the outside world, passed to `createBot` and on to each feature. */
import type { Config } from "../config.ts";
import type { Logger } from "../logger.ts";
import type { LiveCorpus } from "../search/live-index.ts";
import type { Corpus } from "../search/corpus.ts";
import type { UnansweredLog } from "../unanswered.ts";
import type { FileDownloader } from "./download.ts";
import type { Reindexer } from "./reindex-runner.ts";
import type { AnswerStats } from "./stats.ts";
import type { StorageAdapter } from "grammy";
import type { ConversationSession } from "./conversation.ts";
import type { Limiters } from "./rate-limit.ts";
import type { AnswerStore } from "./answer-cache.ts";
export interface BotDeps {
  /** The current corpus; a function so the corpus can be swapped while the bot runs. */
  getCorpus: () => Corpus;
  config: Config;
  logger: Logger;
  /** The swappable index behind getCorpus, for /reload, /stats and uploads (absent: those say so). */
  live?: LiveCorpus;
  /** Where questions without an answer are appended (absent: not logged). */
  unanswered?: UnansweredLog;
  /** Counters for /stats (createBot makes one when absent). */
  stats?: AnswerStats;
  /** Runs the reindex after an admin's upload (absent: uploads are refused). */
  reindex?: Reindexer;
  /** Per-user rate limits (absent: counted in this process; shared when several instances serve one bot). */
  limiters?: Limiters;
  /** Answers kept for the buttons under them (absent: the last 500 in this process). */
  answers?: AnswerStore;
  /** Where each chat's last question is kept for follow-ups (absent: in memory, for half an hour). */
  conversations?: StorageAdapter<ConversationSession>;
  /** Downloads a file an admin sent (absent: from TELEGRAM_API_ROOT with the bot's token). */
  download?: FileDownloader;
}

/**
 * Build progress for a person: on a terminal, one bar per phase redrawn in place; otherwise
 * (a pipe, a log file, CI) plain lines, one per file read or indexed and one per other phase.
 */
import type { BuildPhase, ProgressEvent } from "../search/index/build.ts";

const LABELS: Record<BuildPhase, string> = {
  scan: "scan ",
  read: "read ",
  index: "index",
  build: "build",
  write: "write",
};
const BAR_WIDTH = 24;

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export function createProgress(stream: ProgressStream): { update: (event: ProgressEvent) => void; done: () => void } {
  return stream.isTTY ? barProgress(stream) : lineProgress(stream);
}

function barProgress(stream: ProgressStream) {
  let phase: BuildPhase | null = null;
  let drawnAt = 0;
  const finish = () => {
    if (phase !== null) stream.write("\n");
    phase = null;
  };
  return {
    update(event: ProgressEvent) {
      if (event.phase !== phase) {
        finish();
        phase = event.phase;
        drawnAt = 0;
      }
      // Redraw at most every 50 ms, and always the last step.
      const now = Date.now();
      if (event.done < event.total && now - drawnAt < 50) return;
      drawnAt = now;
      const filled = event.total === 0 ? BAR_WIDTH : Math.round((event.done / event.total) * BAR_WIDTH);
      const bar = "█".repeat(filled) + "░".repeat(BAR_WIDTH - filled);
      const count = `${event.done}/${event.total}`;
      const room = Math.max(0, (stream.columns ?? 80) - LABELS[event.phase].length - BAR_WIDTH - count.length - 5);
      const file = event.file && event.done < event.total ? clipEnd(event.file, room) : "";
      stream.write(`\r\x1b[2K${LABELS[event.phase]} ${bar} ${count} ${file}`);
    },
    done: finish,
  };
}

function lineProgress(stream: ProgressStream) {
  let phase: BuildPhase | null = null;
  return {
    update(event: ProgressEvent) {
      const first = event.phase !== phase;
      phase = event.phase;
      if (event.phase === "read" || event.phase === "index") {
        stream.write(`${LABELS[event.phase]} ${event.done}/${event.total} ${event.file ?? ""}\n`);
      } else if (event.phase === "scan") {
        if (event.done === event.total) stream.write(`scan  ${event.total} files\n`);
      } else if (first) {
        stream.write(`${LABELS[event.phase]}\n`);
      }
    },
    done: () => {},
  };
}

/** The end of a path, which tells the file apart: "…gwr/gwr-2019.txt". */
function clipEnd(text: string, width: number): string {
  if (text.length <= width) return text;
  return width <= 1 ? "" : `…${text.slice(text.length - width + 1)}`;
}

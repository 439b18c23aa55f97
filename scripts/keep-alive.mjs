// Node 20 may end a Payload CLI command halfway (exit 0, nothing written) when the only pending work is
// tsx's loader worker: the event loop looks empty. An idle timer keeps the process up until the CLI
// calls process.exit itself when it is done.
setInterval(() => {}, 1 << 30)

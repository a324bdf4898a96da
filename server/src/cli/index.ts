import { setFlagsFromString } from 'node:v8';
import { main } from './main';

// A run of the CLI is short, and each of its threads compiles the analysis anew. Inlining callees into
// the analysis's large functions doubles what V8's optimising compiler costs (measured over the corpus:
// 1.2 s of CPU per thread, 0.65 s without) for code only 5-10 % faster once warm, which pays back only
// after several thousand files per thread. Set before any worker starts: V8's flags hold for all threads.
setFlagsFromString('--no-turbo-inlining');

// A closed pipe (`unres outline x | head`) is not an error of ours.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`unres: ${String(e)}\n`);
    process.exitCode = 2;
  },
);

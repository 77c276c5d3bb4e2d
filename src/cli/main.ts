/** Entry of the command-line assessor bundle: runs, prints, and sets the exit status. */
import { run } from './assess';

try {
  const result = run(process.argv.slice(2));
  if ('stdout' in result) process.stdout.write(result.stdout);
  if ('stderr' in result) {
    process.stderr.write(`${result.stderr.join('\n')}\n`);
    process.exitCode = 2;
  }
} catch (e) {
  process.stderr.write(`internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
}

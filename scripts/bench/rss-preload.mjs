// Preloaded into a child `kg seed` by the benchmark: prints the process's peak RSS when it exits.
process.on('exit', () => {
  process.stderr.write(`bench:maxrss_kb=${process.resourceUsage().maxRSS}\n`);
});

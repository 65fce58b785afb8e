'use strict';
// Preloaded into a benchmarked child process (node --require bench/rssHook.js ...): when the process exits,
// writes its peak resident set size in kilobytes (process.resourceUsage().maxRSS) to the file named in
// TRACKER_BENCH_RSS_FILE. Does nothing when that variable is not set.
const fs = require('node:fs');

const out = process.env.TRACKER_BENCH_RSS_FILE;
if (out) {
  process.on('exit', () => {
    try {
      fs.writeFileSync(out, String(process.resourceUsage().maxRSS));
    } catch {
      // a report must never change the exit of the process it measures
    }
  });
}

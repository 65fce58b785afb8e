'use strict';
// Preloaded into a benchmarked child process (node --require bench/rssHook.js ...): when the process exits,
// writes its peak resident set size in kilobytes to the file named in TRACKER_BENCH_RSS_FILE. Does nothing
// when that variable is not set.
//
// On Linux the peak is VmHWM from /proc/self/status, the high-water mark of this process's own memory, and
// not process.resourceUsage().maxRSS: getrusage keeps the largest mark the process has had, and a child
// that is forked and then execs node starts as a copy of its parent, so its maxRSS is at least the parent's
// RSS at the fork (a child of a 400 MB process reported 404 MB where VmHWM said 40 MB; a jest worker of 257 MB
// made every child it measured "257 MB"). Elsewhere, where there is no /proc, maxRSS is all there is.
const fs = require('node:fs');

const out = process.env.TRACKER_BENCH_RSS_FILE;

function peakKilobytes() {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]);
  } catch {
    // no /proc here
  }
  return process.resourceUsage().maxRSS;
}

if (out) {
  process.on('exit', () => {
    try {
      fs.writeFileSync(out, String(peakKilobytes()));
    } catch {
      // a report must never change the exit of the process it measures
    }
  });
}

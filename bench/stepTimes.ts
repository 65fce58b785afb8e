/**
 * Where a run's time goes, step by step: a tracker read, checked, planned and written (processWorkbook, as
 * `check --out` runs it), sampled by V8's profiler over several runs. Each sample goes to the innermost
 * step its stack is in, so the RAG pass is what checkSheet spends outside classifying, reading and
 * validating, and the summaries are theirs wherever the plan asks for them. Samples in the garbage
 * collector are the GC's; the rest is "other". Sampling costs some speed, so the shares are what is
 * reported, and the bench scales them to its own timings.
 */
import { Session } from 'node:inspector/promises';
import type { Profiler, Runtime } from 'node:inspector';

export const STEPS = ['read', 'detect', 'classify', 'records', 'RAG', 'validate', 'summaries', 'plan', 'write', 'GC', 'other'] as const;
export type Step = (typeof STEPS)[number];

/** The functions a step begins at, by name; the summaries by the folder their models are made in. */
const STEP_OF: Record<string, Step> = {
  readUserGrid: 'read',
  readProductSheets: 'read',
  readXlsx: 'read',
  detectTracker: 'detect',
  trackerFromMapping: 'detect',
  classifyRows: 'classify',
  readRecords: 'records',
  checkSheet: 'RAG',
  validateRecords: 'validate',
  planXlsx: 'plan',
  planRun: 'plan',
  planWrites: 'plan',
  writeXlsx: 'write',
  applyWritePlan: 'write',
  removeProductOutput: 'write',
  toBytes: 'write',
};
const SUMMARIES = /\/core\/summary\//;

function stepOfFrame(frame: Runtime.CallFrame): Step | undefined {
  if (frame.functionName === '(garbage collector)') return 'GC';
  if (SUMMARIES.test(frame.url)) return 'summaries';
  return STEP_OF[frame.functionName];
}

/** Milliseconds per step in one profile, each sample given to the innermost step on its stack. */
export function attribute(profile: Profiler.Profile): Record<Step, number> {
  const parent = new Map<number, number>();
  const byId = new Map<number, Profiler.ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const stepOfNode = new Map<number, Step>();
  const stepOf = (id: number): Step => {
    const known = stepOfNode.get(id);
    if (known !== undefined) return known;
    const own = stepOfFrame(byId.get(id)!.callFrame);
    const up = parent.get(id);
    const step = own ?? (up === undefined ? 'other' : stepOf(up));
    stepOfNode.set(id, step);
    return step;
  };
  const ms = Object.fromEntries(STEPS.map((s) => [s, 0])) as Record<Step, number>;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) ms[stepOf(samples[i]!)] += (deltas[i] ?? 0) / 1000;
  return ms;
}

/** The share of the time each step took, over `runs` runs of `run` after one to warm up. */
export async function stepShares(run: () => void, runs: number): Promise<Record<Step, number>> {
  run();
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    for (let i = 0; i < runs; i++) run();
    const { profile } = await session.post('Profiler.stop');
    const ms = attribute(profile);
    const total = STEPS.reduce((n, s) => n + ms[s], 0);
    return Object.fromEntries(STEPS.map((s) => [s, total > 0 ? ms[s] / total : 0])) as Record<Step, number>;
  } finally {
    session.disconnect();
  }
}

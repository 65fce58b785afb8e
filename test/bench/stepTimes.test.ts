import type { Profiler } from 'node:inspector';
import { attribute, STEPS, type Step } from '../../bench/stepTimes';

/** a profile from stacks (root first, each frame `name` or `name@url`), one sample of `us` microseconds each */
function profile(samples: ReadonlyArray<readonly [readonly string[], number]>): Profiler.Profile {
  const nodes: Profiler.ProfileNode[] = [{ id: 1, callFrame: { functionName: '(root)', scriptId: '0', url: '', lineNumber: -1, columnNumber: -1 }, children: [] }];
  const ids: number[] = [];
  for (const [stack] of samples) {
    let at = nodes[0]!;
    for (const frame of stack) {
      const [functionName, url = '/app/dist/src/x.js'] = frame.split('@') as [string, string?];
      let child = (at.children ?? []).map((id) => nodes[id - 1]!).find((n) => n.callFrame.functionName === functionName && n.callFrame.url === url);
      if (!child) {
        child = { id: nodes.length + 1, callFrame: { functionName, scriptId: '1', url, lineNumber: 0, columnNumber: 0 }, children: [] };
        nodes.push(child);
        at.children!.push(child.id);
      }
      at = child;
    }
    ids.push(at.id);
  }
  return { nodes, startTime: 0, endTime: 0, samples: ids, timeDeltas: samples.map(([, us]) => us) };
}

const only = (step: Step, ms: number): Record<Step, number> => Object.fromEntries(STEPS.map((s) => [s, s === step ? ms : 0])) as Record<Step, number>;

describe('attribute', () => {
  it.each<[string, string[], Step]>([
    ['a step named on the stack takes the sample', ['main', 'processWorkbook', 'checkXlsx', 'readUserGrid', 'scan'], 'read'],
    ['the innermost step: validation inside checkSheet', ['prepareRun', 'checkSheet', 'validateRecords', 'refine'], 'validate'],
    ['what checkSheet spends outside the other steps is the RAG pass', ['prepareRun', 'checkSheet', 'computeRag'], 'RAG'],
    ['reading the records, inside checkSheet', ['checkSheet', 'readRecords', 'readPiece'], 'records'],
    ['classifying', ['checkSheet', 'classifyRows'], 'classify'],
    ['detecting', ['checkWorkbook', 'detectTracker', 'matchHeader'], 'detect'],
    ['a summary, by the folder it is made in, inside the plan', ['planXlsx', 'planWrites', 'summaryPlan', 'summariseTracker@/app/dist/src/core/summary/summariseTracker.js', 'dataRows@/app/dist/src/core/summary/dataRows.js'], 'summaries'],
    ['the rest of the plan', ['planXlsx', 'planRun', 'planWrites', 'layout'], 'plan'],
    ['writing', ['writeXlsx', 'applyWritePlan', 'renderWorksheet'], 'write'],
    ['packing', ['processWorkbook', 'toBytes', 'deflate'], 'write'],
    ['the garbage collector', ['(garbage collector)'], 'GC'],
    ['nothing of ours', ['main', 'somethingElse'], 'other'],
  ])('%s', (_what, stack, step) => {
    expect(attribute(profile([[stack, 1500]]))).toEqual(only(step, 1.5));
  });

  it('adds up the samples of each step', () => {
    const got = attribute(profile([
      [['checkSheet', 'readRecords'], 1000],
      [['checkSheet'], 250],
      [['checkSheet', 'readRecords', 'x'], 500],
      [['(garbage collector)'], 100],
    ]));
    expect(got).toEqual({ ...only('records', 1.5), RAG: 0.25, GC: 0.1 });
  });
});

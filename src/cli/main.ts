#!/usr/bin/env node
import { availableParallelism } from 'node:os';
import { expandInputs } from './expandInputs';
import { checkFilesInPool } from './pool';
import { HELP, parseCommand, UsageError } from './options';
import { makeProgressBar } from './progressBar';
import { OrderedOutput } from './orderedOutput';
import type { FileTask } from './checkFile';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../../../package.json') as { version: string };

/** Memory one worker may use before its file is given up as too big. */
const WORKER_MEMORY_MB = 2048;

async function main(argv: string[]): Promise<number> {
  let command;
  try {
    command = parseCommand(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`tracker-check: ${e.message}\nRun "tracker-check --help" for usage.\n`);
      return 2;
    }
    throw e;
  }
  if (command.command === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (command.command === 'version') {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const { inputs, ...options } = command.options;
  const files = await expandInputs(inputs);
  if (files.length === 0) {
    process.stderr.write(`tracker-check: no .xlsx files found in ${inputs.join(', ')}\n`);
    return 2;
  }
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const width = process.stdout.columns || 120;
  const tasks: FileTask[] = files.map((file) => ({ file, options, color, width }));
  const progress = files.length > 1 ? makeProgressBar(files.length) : null;
  const output = new OrderedOutput((text) => {
    progress?.clear();
    process.stdout.write(text);
  }, options.json ? '\n' : '\n\n');
  const outcomes = await checkFilesInPool(tasks, {
    size: Math.min(availableParallelism(), files.length),
    timeoutMs: options.timeoutSeconds * 1000,
    maxMemoryMb: WORKER_MEMORY_MB,
    onText: (index, text) => output.text(index, text),
    onDone: (index, outcome, done) => {
      output.done(index);
      progress?.tick(done, outcome.file);
    },
  });
  progress?.end();
  if (!options.json && files.length > 1) {
    const failed = outcomes.filter((o) => o.exitCode === 1).length;
    const unreadable = outcomes.filter((o) => o.exitCode === 2).length;
    process.stdout.write(`${files.length} files: ${files.length - failed - unreadable} pass, ${failed} with errors, ${unreadable} could not be read\n`);
  }
  return Math.max(...outcomes.map((o) => o.exitCode));
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`tracker-check: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);

/// <reference types="office-js" />
/**
 * The open workbook, inside one Excel.run, as the front's source (src/core/front): read through Office.js
 * into the engine's grid (the status columns' fills included), and written by applyOfficePlan in bulk,
 * chunked requests. For a write the facts are read first: they say which sheets are the product's, and
 * those need not be read again.
 */

import { ok, fail, type Result, type SourceRead, type TrackerSource, type WriteAccess, type WrittenBase, statusFillRanges, editedNote, lockedNote, ownedSheetNames, stopIfCancelled, type WritePlan } from '../../core';
import { applyOfficePlan } from './applyOfficePlan';
import { readOfficeFacts, type OfficeFacts } from './readOfficeFacts';
import { readOfficeFills } from './readOfficeFills';
import { readOfficeGrid } from './readOfficeGrid';

export type WrittenInExcel = WrittenBase;

function access(context: Excel.RequestContext, facts: OfficeFacts): NonNullable<SourceRead<WrittenInExcel>['access']> {
  return (_run, purpose) => {
    if (purpose === 'write' && facts.edited.length > 0) return fail('edited', editedNote([...facts.edited], 'nothing was written'));
    if (facts.structureLocked) return fail('locked', lockedNote(purpose === 'write' ? 'wrote nothing into it' : 'saved nothing'));
    const writer: WriteAccess<WrittenInExcel> = {
      prepare: () => ok({ facts, notes: [] }),
      apply: async (plan, job): Promise<Result<WrittenInExcel>> => {
        const applied = await applyOfficePlan(context, plan, facts.previous, { progress: job.progress, signal: job.signal });
        return ok({ sheets: applied.sheets, notes: applied.notes });
      },
      saveSettings: async (rows, owned, job): Promise<Result<WrittenInExcel>> => {
        // the settings sheet alone: the product's columns and sheets stay as they are, and still its own
        const settingsOnly: WritePlan = { trackerColumns: [], sheets: [], settingsRows: [...rows], owned, notes: [] };
        await applyOfficePlan(context, settingsOnly, null, { signal: job.signal });
        return ok({ sheets: [] });
      },
    };
    return ok(writer);
  };
}

export function officeSource(context: Excel.RequestContext): TrackerSource<WrittenInExcel> {
  return {
    name: 'this workbook',
    async read(request, today, forWrite, { progress, signal }): Promise<Result<SourceRead<WrittenInExcel>>> {
      stopIfCancelled(signal);
      const facts = forWrite ? (await readOfficeFacts(context)).facts : null;
      const skip = facts ? ownedSheetNames(facts.previous?.owned ?? null) : null;
      progress?.(0, 2, 'Reading the workbook');
      stopIfCancelled(signal);
      const { grid } = await readOfficeGrid(context, skip ? { sheets: (name) => !skip.has(name.toLowerCase()) } : {});
      stopIfCancelled(signal);
      // a status may be a cell's colour alone: the status columns' fills are read, and no others
      const filled = await readOfficeFills(context, grid, statusFillRanges(grid, request, today));
      progress?.(1, 2, 'Checking the tracker');
      stopIfCancelled(signal);
      return ok({ grid: filled.grid, notes: [], ...(facts ? { access: access(context, facts) } : {}) });
    },
  };
}

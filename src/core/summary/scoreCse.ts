import type { SheetReport } from '../checkSheet';
import type { CseScoringRules } from '../settings';
import type { ComplianceLevel, CseScoringModel } from './summaryModels';

/**
 * "Full Compliance", "Compliance Plus", "Partial", "Non-compliance", "NC", "C+" → the level; null when
 * nothing is written or it is not a compliance level.
 */
export function readComplianceLevel(text: string | null): ComplianceLevel | null {
  if (text === null) return null;
  const t = text.toLowerCase().replace(/[^a-z+]+/g, ' ').trim();
  if (t === '') return null;
  if (/^(?:non\b|non-?compl|nc$|not compliant|none$)/.test(t) || t.startsWith('non ')) return 'non';
  if (/\bpartial|^pc$|^p$/.test(t)) return 'partial';
  if (/\bplus\b|\+|^cp$/.test(t)) return 'plus';
  if (/\bfull|^fc$|^f$|^compliant$|^compliance$/.test(t)) return 'full';
  return null;
}

/** "Criterion 3 – Information and Access" → 3; "1.1.3" → 1 */
function criterionNumber(text: string | null): number | null {
  const m = text ? /(\d{1,2})/.exec(text) : null;
  const n = m ? Number(m[1]) : 0;
  return n > 0 ? n : null;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * Customer Service Excellence scoring: each element's compliance level counted by criterion (the
 * tracker's section, or the first number of its ref), each criterion's partial compliances against its
 * tolerance, the total against the overall tolerance, and no non-compliance. Null when the tracker has
 * no compliance column.
 */
export function scoreCse(report: SheetReport, rules: CseScoringRules): CseScoringModel | null {
  if (!report.mapping.columns.compliance) return null;
  const criteria = new Map<string, CseScoringModel['criteria'][number]>();
  const { records } = report;
  for (let k = 0; k < records.length; k++) {
    const section = records.section[k]!;
    const number = criterionNumber(section) ?? criterionNumber(records.ref[k]!);
    const key = number !== null ? `#${number}` : (section ?? '');
    let c = criteria.get(key);
    if (!c) {
      const maxPartials = number !== null ? (rules.maxPartials[number - 1] ?? null) : null;
      c = { criterion: section ?? (number !== null ? `Criterion ${number}` : '(no criterion)'), number, non: 0, partial: 0, full: 0, plus: 0, unscored: 0, elements: 0, maxPartials, withinTolerance: true };
      criteria.set(key, c);
    }
    c.elements++;
    const level = readComplianceLevel(records.compliance[k]!);
    if (level === null) c.unscored++;
    else c[level]++;
  }
  const list = [...criteria.values()];
  const totals = { non: 0, partial: 0, full: 0, plus: 0, unscored: 0, elements: 0 };
  for (const c of list) {
    c.withinTolerance = c.maxPartials === null || c.partial <= c.maxPartials;
    for (const k of Object.keys(totals) as Array<keyof typeof totals>) totals[k] += c[k];
  }

  const reasons: string[] = [];
  if (totals.non > rules.maxNon) reasons.push(`${plural(totals.non, 'non-compliance')} (${rules.maxNon === 0 ? 'none is' : `at most ${rules.maxNon} are`} allowed)`);
  for (const c of list) {
    if (!c.withinTolerance) reasons.push(`${c.criterion} has ${plural(c.partial, 'partial compliance')} (at most ${c.maxPartials})`);
  }
  if (totals.partial > rules.maxPartialsTotal) reasons.push(`${plural(totals.partial, 'partial compliance')} in all (at most ${rules.maxPartialsTotal})`);
  let verdict: CseScoringModel['verdict'];
  let verdictText: string;
  if (reasons.length > 0) {
    verdict = 'does-not-meet';
    verdictText = `Does not meet the standard: ${reasons.join('; ')}.`;
  } else if (totals.unscored > 0) {
    verdict = 'incomplete';
    verdictText = `Not yet scored: ${plural(totals.unscored, 'element has', 'elements have')} no compliance level.`;
  } else {
    verdict = 'meets';
    verdictText = `Meets the standard: no non-compliance and ${plural(totals.partial, 'partial compliance')} (at most ${rules.maxPartialsTotal}, within each criterion's tolerance).`;
  }
  return { sheet: report.name, criteria: list, totals, maxPartialsTotal: rules.maxPartialsTotal, maxNon: rules.maxNon, verdict, verdictText };
}

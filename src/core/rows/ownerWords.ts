/**
 * The words that tell a post or a team from a person in an owner cell (domain.md "Owners"), matched
 * case-blind, word by word.
 *
 *   post        a person's job, so a piece holding one is an owner of its own: "Head of Finance",
 *               "ICT Manager", "Chief Executive", "Team Leaders", "All Heads of Service", "Cllr" for a councillor
 *   team        a body of people, so a piece holding one is an owner of its own: "Corporate Management Team",
 *               "Customer Services", "Contact Centre", "Task & Finish Group"
 *   service     what posts and teams are named after ("Revenues", "Policy", "Communities"): a piece of these
 *               alone is no owner but part of a title or team name ("Revenues and Benefits Manager",
 *               "Policy & Performance"), and two capitalised words from here are never a person's name
 *               ("Environmental Health" is not a Mr Health)
 *   honorific   what may stand before a person's name: "Mr J Smith", "Cllr Smith"
 *   body        council bodies written as capitals, so a run of capitals holding one is one body ("CSE PAG"),
 *               where "HB CF" is two officers' initials
 *
 * Every list is exported so that a settings screen can show (and later extend) it.
 */

export const POST_WORDS: readonly string[] = [
  'head', 'heads', 'hos', 'director', 'directors', 'manager', 'managers', 'officer', 'officers', 'lead', 'leads',
  'leader', 'leaders', 'chief', 'executive', 'executives', 'ceo', 'co-ordinator', 'co-ordinators', 'coordinator',
  'coordinators', 'assistant', 'deputy', 'adviser', 'advisers', 'advisor', 'advisors', 'analyst', 'administrator',
  'supervisor', 'controller', 'clerk', 'secretary', 'treasurer', 'solicitor', 'accountant', 'auditor', 'engineer',
  'planner', 'surveyor', 'librarian', 'inspector', 'consultant', 'specialist', 'champion', 'champions', 'holder',
  'chair', 'chairman', 'chairperson', 'member', 'members', 'councillor', 'councillors', 'cllr', 'cllrs', 'mayor',
  'worker', 'workers', 'warden',
];

export const TEAM_WORDS: readonly string[] = [
  'team', 'teams', 'service', 'services', 'unit', 'units', 'board', 'group', 'groups', 'partnership',
  'partnerships', 'committee', 'panel', 'forum', 'department', 'dept', 'directorate', 'section', 'division',
  'council', 'network', 'office', 'centre', 'cabinet', 'agency', 'trust', 'project', 'programme', 'staff',
];

export const SERVICE_WORDS: readonly string[] = [
  'policy', 'performance', 'housing', 'finance', 'financial', 'resources', 'revenues', 'revenue', 'revs',
  'benefits', 'bens', 'planning', 'health', 'safety', 'environmental', 'environment', 'legal', 'democratic',
  'customer', 'customers', 'corporate', 'community', 'communities', 'communication', 'communications', 'comms',
  'equality', 'equalities', 'diversity', 'scrutiny', 'overview', 'regeneration', 'economic', 'economy',
  'development', 'leisure', 'culture', 'cultural', 'sport', 'sports', 'parks', 'open', 'spaces', 'waste',
  'street', 'scene', 'streetscene', 'transport', 'highways', 'education', 'children', "children's", 'childrens',
  'young', 'youth', 'people', 'adults', 'adult', 'social', 'care', 'licensing', 'property', 'estates',
  'facilities', 'procurement', 'audit', 'internal', 'information', 'governance', 'elections', 'electoral',
  'registration', 'building', 'control', 'neighbourhood', 'neighbourhoods', 'contact', 'reception', 'accountancy',
  'payroll', 'pensions', 'tax', 'rates', 'business', 'support', 'engagement', 'consultation', 'research',
  'digital', 'technology', 'transformation', 'improvement', 'quality', 'risk', 'emergency', 'libraries',
  'museums', 'tourism', 'events', 'trading', 'standards', 'enforcement', 'strategy', 'strategic', 'senior',
  'general', 'operations', 'operational', 'public', 'protection', 'access', 'accommodation', 'assets', 'capital',
  'projects', 'programmes', 'website', 'web', 'land', 'charges', 'task', 'finish', 'human', 'personnel',
  'portfolio', 'management', 'offending', 'safer', 'homelessness', 'private', 'sector',
  'affordable', 'homes', 'valuation', 'treasury', 'exchequer', 'welfare', 'employment', 'skills',
  'learning', 'training', 'all', 'relevant', 'various',
];

export const HONORIFICS: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'rev', 'revd', 'cllr', 'councillor', 'lord', 'lady',
];

export const BODY_ACRONYMS: readonly string[] = [
  'CMT', 'SMT', 'EMT', 'DMT', 'SLT', 'CLT', 'CMB', 'LSP', 'PAG', 'CSE', 'ICT', 'IT', 'HR', 'OD', 'PFH', 'LGA',
  'NHS', 'PCT', 'CCG',
];

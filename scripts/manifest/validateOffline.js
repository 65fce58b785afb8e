#!/usr/bin/env node
// Offline check of the add-in manifest. Microsoft's validator (office-addin-manifest validate) posts the
// manifest to a web service; this one needs no network, so it runs in the tests and in CI:
//   1. xmllint against the manifest schema in ./schema (structure, element order, value limits);
//   2. what no schema can see: every resid names a resource of the right kind, every address is https and
//      under the add-in's base address, every page is one the build emits, every icon is a file in assets/
//      of the size Office asks for, the host is Excel, and the publisher is not the add-in's own name.
// Usage: node scripts/manifest/validateOffline.js <manifest.xml> [--base <url>] [--assets <dir>] [--schema <xsd>]...
// Exit status: 0 valid, 1 problems found (one line each), 2 could not check (no xmllint, unreadable file).
'use strict';

const { Buffer } = require('buffer');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { SaxesParser } = require('saxes');
const { DEV_BASE_URL, ADDIN_PAGES, normaliseBaseUrl } = require('./renderManifest');

const SCHEMA = path.join(__dirname, 'schema', 'officeApp.xsd');
const ASSETS_DIR = path.resolve(__dirname, '..', '..', 'assets');
const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};
// Documented sizes for a task-pane add-in's own icons; ribbon icons take the size their <bt:Image> names.
const ICON_SIZE_OF = { IconUrl: 32, HighResolutionIconUrl: 64 };
// Which <Resources> table a reference must point into, by the referring element's name.
const RESOURCE_KIND_OF = {
  Label: 'ShortStrings', Title: 'ShortStrings', Description: 'LongStrings',
  LearnMoreUrl: 'Urls', FunctionFile: 'Urls', SourceLocation: 'Urls', 'bt:Image': 'Images',
};
const RESOURCE_TABLES = ['Images', 'Urls', 'ShortStrings', 'LongStrings'];
// the schema's icon sizes: a size outside them is the schema's complaint, not a second one about the file
const ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];

class CannotCheck extends Error {}

// a file as the person reading the message can open it: relative when under the current folder
function shown(file) {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/** Width and height from a PNG's IHDR chunk, or null if the file is not a PNG. */
function readPngSize(file) {
  const head = Buffer.alloc(24);
  const fd = fs.openSync(file, 'r');
  try {
    if (fs.readSync(fd, head, 0, 24, 0) < 24) return null;
  } finally {
    fs.closeSync(fd);
  }
  const signature = '89504e470d0a1a0a';
  if (head.toString('hex', 0, 8) !== signature || head.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

function xmllintAvailable() {
  const r = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  return !r.error;
}

// xmllint names elements {namespace}Local; the manifest's readers know them as Local or bt:Local
function shortNames(message) {
  return message.replace(/\{([a-z][a-z0-9+.-]*:[^}\s]*)\}([\w.-]+)/gi, (_m, uri, local) => (uri === NS.bt ? `bt:${local}` : local));
}

/** Schema problems, one line each, from xmllint. */
function schemaProblems(file, label, schema) {
  const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { encoding: 'utf8' });
  if (r.error) {
    throw new CannotCheck(r.error.code === 'ENOENT'
      ? 'xmllint is not installed: run  bash scripts/system-deps.sh  (Debian package libxml2-utils), then try again'
      : `xmllint could not run: ${r.error.message}`);
  }
  if (r.status === 0) return [];
  const problems = [];
  for (const line of r.stderr.split('\n')) {
    // "<file>:<line>: element X: Schemas validity error : Element '{ns}X', attribute 'a': ..." and
    // "<file>:<line>: parser error : ..."; the lines after a parser error quote the source with a caret
    const m = /^(.*?):(\d+): (?:element \S+: )?(.+?) error : (.*)$/.exec(line);
    if (m && m[1] === file) {
      const e = /^Element '([^']*)'(?:, (attribute '[^']*'))?: (.*)$/.exec(m[4]);
      const message = e ? `${e[2] ? `${e[2]}: ` : ''}${shortNames(e[3])}` : shortNames(m[4]);
      const where = e ? ` <${shortNames(e[1])}>:` : '';
      problems.push(`${label}:${m[2]}:${where} ${/Schemas validity/.test(m[3]) ? 'schema' : m[3] === 'parser' ? 'not well-formed XML' : m[3]}: ${message}`);
    } else if (/failed to compile|Schemas parser error/.test(line)) {
      problems.push(`${label}: the schema ${shown(schema)} could not be read: ${line.trim()}`);
    }
  }
  if (problems.length === 0) problems.push(`${label}: xmllint rejected the file (exit ${r.status}): ${r.stderr.trim().split('\n')[0] || 'no message'}`);
  return problems;
}

/** The manifest read into the facts the cross-checks need, each with its line. */
function readManifest(xmlText) {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack = [];
  const facts = { hosts: [], overrideHosts: [], resources: [], references: [], urls: [], provider: undefined, displayName: undefined };
  let text = '';
  const label = (node) => {
    const name = node.uri === NS.bt ? `bt:${node.local}` : node.local;
    const key = node.attributes.id || node.attributes.resid || node.attributes.Name;
    return key ? `<${name} ${key.local}="${key.value}">` : `<${name}>`;
  };
  const isUrl = (v) => /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(v.trim());
  parser.on('opentag', (node) => {
    const line = parser.line;
    const parent = stack[stack.length - 1];
    const name = node.uri === NS.bt ? `bt:${node.local}` : node.local;
    const attr = (local) => {
      const a = Object.values(node.attributes).find((x) => x.local === local && !x.uri);
      return a ? a.value : undefined;
    };
    const xsiType = Object.values(node.attributes).find((a) => a.uri === NS.xsi && a.local === 'type');
    const element = label(node);
    if (node.uri === NS.app && node.local === 'Host' && parent && parent.local === 'Hosts') facts.hosts.push({ name: attr('Name'), line, element });
    if (node.uri === NS.app && node.local === 'DisplayName') facts.displayName = attr('DefaultValue');
    if (node.uri === NS.ov && node.local === 'Host' && xsiType) facts.overrideHosts.push({ type: xsiType.value, line, element });
    if (node.uri === NS.bt && parent && parent.uri === NS.bt && RESOURCE_TABLES.includes(parent.local)) {
      facts.resources.push({ id: attr('id'), table: parent.local, value: attr('DefaultValue'), line, element });
    }
    const resid = attr('resid');
    if (resid !== undefined) {
      facts.references.push({ resid, kind: RESOURCE_KIND_OF[name], size: name === 'bt:Image' ? Number(attr('size')) : undefined, line, element });
    }
    for (const a of Object.values(node.attributes)) {
      if (a.prefix === 'xmlns' || a.local === 'xmlns' || !isUrl(a.value)) continue;
      // a localised <Override Value> stands for its parent: the same resource, of the same size
      const owner = node.local === 'Override' && parent ? parent : node;
      const ownerName = owner.uri === NS.bt ? `bt:${owner.local}` : owner.local;
      const resourceId = owner.attributes.id ? owner.attributes.id.value : undefined;
      facts.urls.push({ url: a.value.trim(), where: `${element} ${a.local}`, line, ownerName, resourceId });
    }
    stack.push(node);
    text = '';
  });
  parser.on('text', (t) => { text += t; });
  parser.on('closetag', (node) => {
    stack.pop();
    if (node.uri === NS.app && node.local === 'ProviderName') facts.provider = { name: text.trim(), line: parser.line, element: '<ProviderName>' };
    if (isUrl(text)) facts.urls.push({ url: text.trim(), where: label(node), line: parser.line, ownerName: node.local });
    text = '';
  });
  parser.write(xmlText).close();
  return facts;
}

/** Problems the schema cannot see; counts of what was checked. */
function crossCheck(facts, label, { baseUrl, assetsDir }) {
  const problems = [];
  const at = (fact, message) => problems.push(`${label}:${fact.line}: ${fact.where || fact.element}: ${message}`);

  if (facts.hosts.length === 0) problems.push(`${label}: <Hosts> names no host; Tracker Check is an Excel add-in: <Host Name="Workbook"/>`);
  for (const h of facts.hosts) if (h.name !== 'Workbook') at(h, `the host must be Workbook (Excel), not "${h.name}"`);
  for (const h of facts.overrideHosts) if (h.type.replace(/^.*:/, '') !== 'Workbook') at(h, `the ribbon host must be xsi:type="Workbook" (Excel), not "${h.type}"`);
  // AppSource and Office's add-in details show ProviderName as who publishes the add-in, beside its name
  if (facts.provider && facts.displayName !== undefined && facts.provider.name.toLowerCase() === facts.displayName.trim().toLowerCase()) {
    at(facts.provider, `the publisher is the add-in's own name, "${facts.provider.name}": name who publishes it (ADDIN_PUBLISHER when building)`);
  }

  const byId = new Map();
  for (const r of facts.resources) {
    if (byId.has(r.id)) at(r, `resource id "${r.id}" is defined twice (first on line ${byId.get(r.id).line})`);
    else byId.set(r.id, r);
  }
  const imageSizes = new Map();
  for (const ref of facts.references) {
    const target = byId.get(ref.resid);
    if (!target) {
      at(ref, `resid "${ref.resid}" names no resource in <Resources>`);
    } else if (ref.kind && target.table !== ref.kind) {
      at(ref, `resid "${ref.resid}" must name a bt:${ref.kind} resource, but it is in bt:${target.table}`);
    } else if (ICON_SIZES.includes(ref.size)) {
      const sizes = imageSizes.get(ref.resid) || new Set();
      imageSizes.set(ref.resid, sizes.add(ref.size));
    }
  }

  let icons = 0;
  for (const u of facts.urls) {
    let parsed;
    try {
      parsed = new URL(u.url);
    } catch {
      at(u, `"${u.url}" is not a valid address`);
      continue;
    }
    if (parsed.protocol !== 'https:') {
      at(u, `"${u.url}" must be https: Office loads add-in files only over https`);
      continue;
    }
    if (u.ownerName === 'AppDomain') continue;
    if (!u.url.startsWith(baseUrl)) {
      at(u, `"${u.url}" is not under the add-in's address ${baseUrl}: the add-in loads only its own files`);
      continue;
    }
    const rel = decodeURIComponent(parsed.pathname).slice(decodeURIComponent(new URL(baseUrl).pathname).length);
    const isIcon = u.ownerName in ICON_SIZE_OF || (u.ownerName === 'bt:Image' && u.resourceId !== undefined);
    if (!isIcon) {
      if (!ADDIN_PAGES.includes(rel)) at(u, `"${u.url}" names ${rel || 'the folder'}, which the build does not emit (its pages: ${ADDIN_PAGES.join(', ')})`);
      continue;
    }
    icons++;
    const want = u.ownerName in ICON_SIZE_OF ? new Set([ICON_SIZE_OF[u.ownerName]]) : imageSizes.get(u.resourceId) || new Set();
    if (!/^assets\/[^/]+\.png$/.test(rel)) {
      at(u, `"${u.url}" must be a .png in assets/ (the build copies only assets/*.png)`);
      continue;
    }
    const file = path.join(assetsDir, rel.slice('assets/'.length));
    if (!fs.existsSync(file)) {
      at(u, `"${u.url}" has no file: ${shown(file)} does not exist`);
      continue;
    }
    const size = readPngSize(file);
    if (!size) {
      at(u, `${shown(file)} is not a PNG file`);
      continue;
    }
    if (want.size > 1) at(u, `the same image is used at ${[...want].join(' and ')} px; each size needs its own file`);
    for (const px of want) {
      if (size.width !== px || size.height !== px) at(u, `${shown(file)} is ${size.width}x${size.height}; it is used at ${px}x${px}`);
    }
  }
  return { problems, counts: { resids: facts.references.length, icons, urls: facts.urls.length } };
}

/**
 * Every problem with the manifest at `file`, one line each, and what was checked. Throws CannotCheck when
 * the check itself cannot run (no xmllint, unreadable file).
 */
function validateManifest(file, options = {}) {
  const label = options.label || shown(path.resolve(file));
  const baseUrl = normaliseBaseUrl(options.baseUrl || DEV_BASE_URL);
  const assetsDir = options.assetsDir || ASSETS_DIR;
  const schemas = options.schemas && options.schemas.length ? options.schemas : [SCHEMA];
  let xmlText;
  try {
    xmlText = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new CannotCheck(`cannot read ${label}: ${e.message}`);
  }
  const absolute = path.resolve(file);
  const problems = schemas.flatMap((schema) => schemaProblems(absolute, label, schema));
  let facts;
  try {
    facts = readManifest(xmlText);
  } catch (e) {
    // xmllint has already said where the XML breaks; say it here only if it did not
    if (problems.length === 0) problems.push(`${label}: not well-formed XML: ${e.message}`);
    return { problems, counts: { resids: 0, icons: 0, urls: 0 } };
  }
  const checked = crossCheck(facts, label, { baseUrl, assetsDir });
  return { problems: problems.concat(checked.problems), counts: checked.counts };
}

function main(argv) {
  const args = argv.slice(2);
  const options = { schemas: [] };
  let file;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--base') options.baseUrl = args[++i];
    else if (a === '--assets') options.assetsDir = path.resolve(args[++i] || '');
    else if (a === '--schema') options.schemas.push(path.resolve(args[++i] || ''));
    else if (!file && !a.startsWith('--')) file = a;
    else {
      console.error(`unknown argument ${a}`);
      return 2;
    }
  }
  if (!file) {
    console.error('usage: node scripts/manifest/validateOffline.js <manifest.xml> [--base <url>] [--assets <dir>] [--schema <xsd>]...');
    return 2;
  }
  let result;
  try {
    result = validateManifest(file, options);
  } catch (e) {
    console.error(e.message);
    return 2;
  }
  const label = options.label || shown(path.resolve(file));
  if (result.problems.length) {
    for (const p of result.problems) console.log(p);
    console.log(`${label} is not valid: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`);
    return 1;
  }
  const { resids, icons, urls } = result.counts;
  console.log(`${label} is valid (schemas + ${resids} resids, ${icons} icons, ${urls} URLs checked)`);
  return 0;
}

module.exports = { validateManifest, readPngSize, xmllintAvailable, CannotCheck, SCHEMA, ASSETS_DIR };

if (require.main === module) process.exitCode = main(process.argv);

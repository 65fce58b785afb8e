// The manifest in the repository names the dev server; a council's build names the server it hosts the
// files on (ADDIN_URL). CommonJS because webpack.config.js requires it.
'use strict';

const DEV_BASE_URL = 'https://localhost:3000/';

/** The pages the build emits: the only pages a manifest may name under its base address. */
const ADDIN_PAGES = Object.freeze(['taskpane.html', 'commands.html']);

/** `url` as a base address: absolute https, ending in "/". Throws a one-line Error otherwise. */
function normaliseBaseUrl(url) {
  let parsed;
  try {
    parsed = new URL(String(url));
  } catch {
    throw new Error(`ADDIN_URL must be an absolute https address such as https://intranet.example.gov.uk/tracker-check/ (got "${url}")`);
  }
  // Office refuses to load an add-in page over http, and a query or fragment would end up inside every page address
  if (parsed.protocol !== 'https:') throw new Error(`ADDIN_URL must use https, as Office loads add-ins only over https (got "${url}")`);
  if (parsed.search || parsed.hash) throw new Error(`ADDIN_URL must be a folder address, without ? or # (got "${url}")`);
  return parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/`;
}

/** The manifest text with every dev-server address moved under `baseUrl`. */
function renderManifest(xmlText, baseUrl) {
  // new URL() has percent-encoded < > and ", but & and ' may stay in a path and must not break the XML
  const base = normaliseBaseUrl(baseUrl).replace(/&/g, '&amp;').replace(/'/g, '&apos;');
  return String(xmlText).split(DEV_BASE_URL).join(base);
}

module.exports = { renderManifest, normaliseBaseUrl, DEV_BASE_URL, ADDIN_PAGES };

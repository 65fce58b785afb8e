// The manifest in the repository names the dev server and the default publisher; a council's build names
// the server it hosts the files on (ADDIN_URL) and itself as publisher (ADDIN_PUBLISHER). CommonJS because
// webpack.config.js requires it.
'use strict';

const DEV_BASE_URL = 'https://localhost:3000/';

/** The pages the build emits: the only pages a manifest may name under its base address. */
const ADDIN_PAGES = Object.freeze(['taskpane.html', 'commands.html', 'support.html']);

// ProviderName's limit in the manifest schema (bt:ShortText)
const PUBLISHER_MAX_LENGTH = 125;

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

/** The publisher's name as Office shows it: trimmed, one line, 1 to 125 characters. Throws a one-line Error otherwise. */
function normalisePublisher(name) {
  const text = String(name ?? '').trim();
  if (!text) throw new Error('ADDIN_PUBLISHER (or package.json config.publisher) must name the publisher, such as "Example Borough Council"');
  // a control character would make the manifest's XML invalid, and a line break has no place in a name
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(text)) throw new Error(`ADDIN_PUBLISHER must be one line of text (got ${JSON.stringify(text)})`);
  if (text.length > PUBLISHER_MAX_LENGTH) {
    throw new Error(`ADDIN_PUBLISHER must be at most ${PUBLISHER_MAX_LENGTH} characters, the manifest's limit (got ${text.length})`);
  }
  return text;
}

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The manifest text with every dev-server address moved under `baseUrl`, and `publisher` as ProviderName when given. */
function renderManifest(xmlText, baseUrl, publisher) {
  // new URL() has percent-encoded < > and ", but & and ' may stay in a path and must not break the XML
  const base = normaliseBaseUrl(baseUrl).replace(/&/g, '&amp;').replace(/'/g, '&apos;');
  const moved = String(xmlText).split(DEV_BASE_URL).join(base);
  if (publisher === undefined) return moved;
  const name = escapeXml(normalisePublisher(publisher));
  return moved.replace(/<ProviderName>[^<]*<\/ProviderName>/, () => `<ProviderName>${name}</ProviderName>`);
}

module.exports = { renderManifest, normaliseBaseUrl, normalisePublisher, DEV_BASE_URL, ADDIN_PAGES };

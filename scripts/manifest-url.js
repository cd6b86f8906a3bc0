// The add-in's public URL in the built manifest. CommonJS so that webpack.config.js can require it;
// the manifest test imports the same functions (types in manifest-url.d.ts).
"use strict";

/** The dev-server origin every URL in the source manifest.xml points at. */
const DEV_URL = "https://localhost:3000";

/**
 * Reads and checks the add-in URL (the folder that will hold taskpane.html, commands.html and
 * assets/). Office loads add-ins only over https, so anything else is refused. Missing: the dev
 * URL, with a warning, so a local `npm run build` still works; the result is then only usable
 * from this machine. Returns the URL without a trailing slash.
 * @param {string | undefined} raw
 * @returns {{ url: string, warning?: string }}
 */
function resolveAddinUrl(raw) {
  if (raw === undefined || raw.trim() === "") {
    return {
      url: DEV_URL,
      warning: `ADDIN_URL is not set: dist/manifest.xml points at ${DEV_URL} (only this machine can load it). ` +
        "Set ADDIN_URL=https://your.host/path to build for deployment.",
    };
  }
  let parsed;
  try {
    parsed = new URL(raw.trim());
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${JSON.stringify(raw)}`);
  }
  if (parsed.protocol !== "https:") throw new Error(`ADDIN_URL must use https (Office loads add-ins only over https): ${raw}`);
  if (parsed.username || parsed.password) throw new Error(`ADDIN_URL must not contain credentials: ${raw}`);
  if (parsed.search || parsed.hash) throw new Error(`ADDIN_URL must not have a query or fragment: ${raw}`);
  return { url: (parsed.origin + parsed.pathname).replace(/\/+$/, "") };
}

const XML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/**
 * Replaces every occurrence of the dev URL in the manifest text by `url` (as returned by
 * resolveAddinUrl), escaped for XML attributes and text.
 * @param {string} xml
 * @param {string} url
 * @returns {string}
 */
function rewriteManifestUrls(xml, url) {
  if (!xml.includes(DEV_URL)) throw new Error(`manifest.xml contains no ${DEV_URL} URL to replace`);
  const escaped = url.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
  return xml.split(DEV_URL).join(escaped);
}

module.exports = { DEV_URL, resolveAddinUrl, rewriteManifestUrls };

// xmllint (Debian package libxml2-utils) for the manifest tests: schema validation against the
// offline Office add-in XSDs in ../shared/schemas, and XPath queries.

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export const REPO = path.resolve(__dirname, "../..");
/** CI clones the repository beside shared/, so the schemas are found relative to the repo. */
export const SCHEMA = path.resolve(REPO, "../shared/schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd");

/** Throws with an installation hint when xmllint or the schemas are missing. */
export function requireXmllint(): void {
  const r = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  if (r.error) {
    throw new Error(
      "xmllint is not installed, so the manifest cannot be validated. Install it with `apt-get install libxml2-utils` " +
        "(Debian/Ubuntu) or `brew install libxml2` (macOS).",
    );
  }
  if (!existsSync(SCHEMA)) throw new Error(`Office add-in manifest schema not found at ${SCHEMA} (shared/ must sit beside the repository).`);
}

export interface Validation {
  readonly valid: boolean;
  /** xmllint's messages (stderr). */
  readonly output: string;
}

export function validateManifest(file: string): Validation {
  const r = spawnSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, file], { encoding: "utf8" });
  if (r.error) throw r.error;
  return { valid: r.status === 0, output: `${r.stderr}${r.stdout}` };
}

/**
 * Evaluates an XPath expression (namespaces via local-name()) and returns xmllint's output lines:
 * one per text node, ` name="value"` per attribute node, the value for string()/count().
 * An empty node set gives [].
 */
export function xpath(file: string, expr: string): string[] {
  const r = spawnSync("xmllint", ["--nonet", "--xpath", expr, file], { encoding: "utf8" });
  if (r.error) throw r.error;
  if (r.status !== 0) {
    if (/XPath set is empty/.test(r.stderr)) return [];
    throw new Error(`xmllint --xpath ${expr} failed: ${r.stderr}`);
  }
  return r.stdout.split("\n").filter((line) => line.trim() !== "");
}

/** Attribute values from an XPath selecting attribute nodes. */
export function xpathAttributes(file: string, expr: string): string[] {
  return xpath(file, expr).map((line) => {
    const m = /^\s*[\w:.-]+="(.*)"\s*$/.exec(line);
    if (!m) throw new Error(`not an attribute node: ${line}`);
    return m[1]!.replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  });
}

/** `//*[local-name()='a']/*[local-name()='b']` from "a/b": XPath steps that ignore namespaces. */
export function ln(steps: string, anywhere = true): string {
  const parts = steps.split("/").map((s) => {
    const [name, pred] = s.split("[", 2);
    return `*[local-name()='${name}']${pred ? `[${pred}` : ""}`;
  });
  return `${anywhere ? "//" : "/"}${parts.join("/")}`;
}

// The add-in manifest: valid against Microsoft's XSDs (offline, xmllint), least privilege,
// Korean with English overrides, the three ribbon buttons wired to what the function file
// registers, and icons that exist at the sizes the manifest declares.

import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEV_URL, resolveAddinUrl, rewriteManifestUrls } from "../../scripts/manifest-url";
import { GUARDED_FEATURES, MANIFEST_MIN_SET } from "../../src/hosts/office/requirements";
import { REPO, ln, requireXmllint, validateManifest, xpath, xpathAttributes } from "./xmllint";

const MANIFEST = path.join(REPO, "manifest.xml");
const source = readFileSync(MANIFEST, "utf8");
let tmp: string;

beforeAll(() => {
  requireXmllint();
  tmp = mkdtempSync(path.join(os.tmpdir(), "manifest-test-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function writeVariant(name: string, xml: string): string {
  const file = path.join(tmp, name);
  writeFileSync(file, xml);
  return file;
}

/** Replaces exactly one occurrence, so a broken test setup cannot pass silently. */
function replaceOnce(xml: string, from: string, to: string): string {
  const n = xml.split(from).length - 1;
  if (n !== 1) throw new Error(`expected one "${from}" in manifest.xml, found ${n}`);
  return xml.replace(from, to);
}

describe("schema validation (xmllint, offline XSDs)", () => {
  test("manifest.xml is valid", () => {
    const r = validateManifest(MANIFEST);
    expect(r.output).toContain("validates");
    expect(r.valid).toBe(true);
  });

  test("the built manifest (ADDIN_URL with a path) is valid and points only at ADDIN_URL", () => {
    const { url } = resolveAddinUrl("https://reports.example.org/yongsan/addin/");
    const built = rewriteManifestUrls(source, url);
    const file = writeVariant("built.xml", built);
    expect(validateManifest(file).valid).toBe(true);
    expect(built).not.toContain("localhost");
    expect(xpathAttributes(file, `${ln("DefaultSettings/SourceLocation")}/@DefaultValue`)).toEqual([
      "https://reports.example.org/yongsan/addin/taskpane.html",
    ]);
  });

  test.each([
    ["a misspelled element", (xml: string) => replaceOnce(xml, "<Permissions>ReadWriteDocument</Permissions>", "<Permisions>ReadWriteDocument</Permisions>")],
    ["an unknown permission", (xml: string) => replaceOnce(xml, "<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWriteMailbox</Permissions>")],
    ["a misspelled element inside VersionOverrides", (xml: string) => replaceOnce(xml, '<FunctionFile resid="Commands.Url" />', '<FunctionFle resid="Commands.Url" />')],
    ["an unknown action type", (xml: string) => xml.replace('<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ShowTaskPane">')],
    ["a display name over 125 characters", (xml: string) => replaceOnce(xml, '<DisplayName DefaultValue="분기 운영위원회 보고서">', `<DisplayName DefaultValue="${"가".repeat(126)}">`)],
    ["a missing Id", (xml: string) => xml.replace(/<Id>[^<]*<\/Id>/, "")],
  ])("fails on %s", (_name, mutate) => {
    const broken = mutate(source);
    expect(broken).not.toBe(source);
    const r = validateManifest(writeVariant("broken.xml", broken));
    expect(r.valid).toBe(false);
    expect(r.output).toMatch(/fails to validate/);
  });
});

describe("content", () => {
  test("identity, host and least privilege", () => {
    expect(xpath(MANIFEST, `string(${ln("OfficeApp", false)}/@*[local-name()='type'])`)).toEqual(["TaskPaneApp"]);
    expect(xpath(MANIFEST, `string(${ln("OfficeApp/Id", false)})`)[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(xpathAttributes(MANIFEST, `${ln("OfficeApp/Hosts/Host", false)}/@Name`)).toEqual(["Workbook"]);
    expect(xpath(MANIFEST, `${ln("Permissions")}/text()`)).toEqual(["ReadWriteDocument"]);
  });

  test("requires ExcelApi 1.7, what the Office host uses without an isSetSupported guard; nothing else", () => {
    expect(xpathAttributes(MANIFEST, `${ln("Requirements/Sets/Set")}/@Name`)).toEqual(["ExcelApi"]);
    expect(xpathAttributes(MANIFEST, `${ln("Requirements/Sets/Set")}/@MinVersion`)).toEqual(["1.7"]);
  });

  test("every newer ExcelApi version the code checks at run time is above the declared minimum", () => {
    // The Office host checks requirement sets in one place (src/hosts/office/requirements.ts); no
    // other code calls isSetSupported with a version of its own.
    expect(xpathAttributes(MANIFEST, `${ln("Requirements/Sets/Set")}/@MinVersion`)).toEqual([MANIFEST_MIN_SET]);
    const minor = (v: string) => Number(v.split(".")[1]);
    // A guard at or below the minimum would be dead code, hinting that the minimum is wrong.
    for (const [feature, { set }] of Object.entries(GUARDED_FEATURES)) {
      expect({ feature, aboveMinimum: minor(set) > minor(MANIFEST_MIN_SET) }).toEqual({ feature, aboveMinimum: true });
    }
    const officeCode = ["src/hosts/office", "src/taskpane", "src/commands", "src/session"]
      .flatMap((d) => readdirSync(path.join(REPO, d), { recursive: true, encoding: "utf8" }).map((f) => path.join(d, f)))
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => readFileSync(path.join(REPO, f), "utf8"))
      .join("\n");
    expect([...officeCode.matchAll(/isSetSupported\(\s*(?:"ExcelApi",\s*)?"(1\.\d+)"/g)].map((m) => m[1])).toEqual([]);
  });

  test("Korean by default, with an en-US override for every visible string", () => {
    expect(xpath(MANIFEST, `${ln("DefaultLocale")}/text()`)).toEqual(["ko-KR"]);
    for (const el of ["DisplayName", "Description"]) {
      expect(xpathAttributes(MANIFEST, `${ln(`OfficeApp/${el}`, false)}/@DefaultValue`)[0]).toMatch(/[가-힣]/);
      expect(xpathAttributes(MANIFEST, `${ln(`OfficeApp/${el}/Override`, false)}/@Locale`)).toEqual(["en-US"]);
    }
    const stringIds = xpathAttributes(MANIFEST, `${ln("ShortStrings/String")}/@id | ${ln("LongStrings/String")}/@id`);
    expect(stringIds.length).toBeGreaterThan(5);
    for (const id of stringIds) {
      const base = `//*[local-name()='String'][@id='${id}']`;
      expect(xpathAttributes(MANIFEST, `${base}/@DefaultValue`)[0]).toMatch(/[가-힣]/);
      const english = xpathAttributes(MANIFEST, `${base}/*[local-name()='Override'][@Locale='en-US']/@Value`);
      expect(english).toHaveLength(1);
      expect(english[0]).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  test("every resid refers to a defined resource", () => {
    const defined = new Set(xpathAttributes(MANIFEST, `${ln("Resources")}//@id`));
    const used = xpathAttributes(MANIFEST, "//@resid");
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((r) => !defined.has(r))).toEqual([]);
  });

  test("one ribbon group on the Home tab with 보고서 생성, 데이터 검증 and 작업창", () => {
    const group = ln("ExtensionPoint/OfficeTab[@id='TabHome']/Group");
    expect(xpath(MANIFEST, `count(${group})`)).toEqual(["1"]);
    const ids = xpathAttributes(MANIFEST, `${group}/*[local-name()='Control']/@id`);
    expect(ids).toHaveLength(3);
    const buttons = ids.map((id) => {
      const control = `${group}/*[local-name()='Control'][@id='${id}']`;
      const labelId = xpathAttributes(MANIFEST, `${control}/*[local-name()='Label']/@resid`)[0]!;
      const label = xpathAttributes(MANIFEST, `//*[local-name()='String'][@id='${labelId}']/@DefaultValue`)[0];
      const action = xpath(MANIFEST, `string(${control}/*[local-name()='Action']/@*[local-name()='type'])`)[0];
      const fn = xpath(MANIFEST, `${control}/*[local-name()='Action']/*[local-name()='FunctionName']/text()`)[0] ?? null;
      const tip = xpathAttributes(MANIFEST, `${control}/*[local-name()='Supertip']/*[local-name()='Description']/@resid`);
      const icons = xpathAttributes(MANIFEST, `${control}/*[local-name()='Icon']/*[local-name()='Image']/@size`);
      return { label, action, fn, hasTip: tip.length === 1, icons };
    });
    expect(buttons).toEqual([
      { label: "보고서 생성", action: "ExecuteFunction", fn: "generateReport", hasTip: true, icons: ["16", "32", "80"] },
      { label: "데이터 검증", action: "ExecuteFunction", fn: "validateData", hasTip: true, icons: ["16", "32", "80"] },
      { label: "작업창", action: "ShowTaskpane", fn: null, hasTip: true, icons: ["16", "32", "80"] },
    ]);
  });

  test("VersionOverrides 1.0 (what the offline schemas describe) with the function file", () => {
    expect(xpath(MANIFEST, `string(${ln("VersionOverrides")}/@*[local-name()='type'])`)).toEqual(["VersionOverridesV1_0"]);
    const fileId = xpathAttributes(MANIFEST, `${ln("FunctionFile")}/@resid`)[0];
    expect(xpathAttributes(MANIFEST, `//*[local-name()='Url'][@id='${fileId}']/@DefaultValue`)).toEqual([`${DEV_URL}/commands.html`]);
  });
});

describe("URLs and files", () => {
  const withoutComments = source.replace(/<!--[\s\S]*?-->/g, "");
  const urls = [...withoutComments.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]).filter((u) => !u.startsWith("http://schemas.") && !u.startsWith("http://www.w3.org"));

  test("every URL is on the dev server and names a page or asset the build emits", () => {
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      expect(url.startsWith(`${DEV_URL}/`)).toBe(true);
      const file = url.slice(DEV_URL.length + 1);
      if (file.endsWith(".html")) {
        // Emitted by HtmlWebpackPlugin from these templates (webpack.config.js).
        expect(["taskpane.html", "commands.html"]).toContain(file);
        expect(existsSync(path.join(REPO, "src", file.replace(".html", ""), file))).toBe(true);
      } else {
        expect(file).toMatch(/^assets\/[a-z]+-\d+\.png$/);
        expect(existsSync(path.join(REPO, file))).toBe(true);
      }
    }
  });

  /** Width and height from a PNG's IHDR chunk. */
  function pngSize(file: string): { width: number; height: number } {
    const b = readFileSync(file);
    expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(b.toString("ascii", 12, 16)).toBe("IHDR");
    return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  }

  const assetPath = (url: string) => path.join(REPO, url.slice(DEV_URL.length + 1));

  test("icons have the pixel sizes the manifest declares", () => {
    const declared: [string, number][] = [
      [xpathAttributes(MANIFEST, `${ln("OfficeApp/IconUrl", false)}/@DefaultValue`)[0]!, 32],
      [xpathAttributes(MANIFEST, `${ln("OfficeApp/HighResolutionIconUrl", false)}/@DefaultValue`)[0]!, 64],
    ];
    // Ribbon icons: each <bt:Image size=".." resid=".."> reference against the image resource.
    const refs = xpath(MANIFEST, `${ln("Icon/Image")}/@size | ${ln("Icon/Image")}/@resid`);
    expect(refs.length % 2).toBe(0);
    for (let i = 0; i < refs.length; i += 2) {
      const size = Number(/"(\d+)"/.exec(refs[i]!)![1]);
      const resid = /"(.+)"/.exec(refs[i + 1]!)![1];
      const url = xpathAttributes(MANIFEST, `${ln("Images/Image")}[@id='${resid}']/@DefaultValue`)[0]!;
      declared.push([url, size]);
    }
    expect(declared.length).toBeGreaterThanOrEqual(2 + 4 * 3);
    for (const [url, size] of declared) {
      expect({ url, ...pngSize(assetPath(url)) }).toEqual({ url, width: size, height: size });
    }
    // The add-in icon also exists at 16 and 80 px for store listings and the ribbon group.
    for (const size of [16, 32, 64, 80]) expect(pngSize(path.join(REPO, `assets/icon-${size}.png`)).width).toBe(size);
  });
});

describe("ADDIN_URL", () => {
  test.each([
    ["https://reports.example.org", "https://reports.example.org"],
    ["https://reports.example.org/", "https://reports.example.org"],
    [" https://Reports.Example.org/addin// ", "https://reports.example.org/addin"],
    ["https://host.example:8443/a/b", "https://host.example:8443/a/b"],
  ])("%j is used as %j", (raw, url) => {
    expect(resolveAddinUrl(raw)).toEqual({ url });
  });

  test("missing: the dev URL, with a warning", () => {
    for (const raw of [undefined, "", "  "]) {
      const r = resolveAddinUrl(raw);
      expect(r.url).toBe(DEV_URL);
      expect(r.warning).toMatch(/ADDIN_URL is not set/);
    }
  });

  test.each([
    ["http://reports.example.org", /https/],
    ["reports.example.org", /not a URL/],
    ["https://user:pw@reports.example.org", /credentials/],
    ["https://reports.example.org/?x=1", /query/],
    ["https://reports.example.org/#top", /query or fragment/],
  ])("%j is refused", (raw, message) => {
    expect(() => resolveAddinUrl(raw)).toThrow(message);
  });

  test("replacement escapes XML and replaces every dev URL", () => {
    const xml = `<a x="${DEV_URL}/t.html">${DEV_URL}/y</a>`;
    expect(rewriteManifestUrls(xml, "https://h.example/a&b")).toBe('<a x="https://h.example/a&amp;b/t.html">https://h.example/a&amp;b/y</a>');
    expect(() => rewriteManifestUrls("<a/>", "https://h.example")).toThrow(/no https:\/\/localhost:3000/);
  });
});

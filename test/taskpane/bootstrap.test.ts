import { detectOffice, type OfficeLike } from "../../src/taskpane/bootstrap";
import { pickLocale } from "../../src/core/locale";

const never = () => new Promise<never>(() => undefined);

describe("detectOffice", () => {
  test.each([
    ["no office.js and the script already failed", "standalone", (): OfficeLike | undefined => undefined, { officeSettled: true }, 100],
    ["no office.js yet, never arrives", "standalone", (): OfficeLike | undefined => undefined, { timeoutMs: 200 }, 400],
  ] as const)("%s → %s", async (_, mode, get, opts, within) => {
    const t0 = Date.now();
    const info = await detectOffice(get, { pollMs: 10, ...opts });
    expect(info.mode).toBe(mode);
    expect(Date.now() - t0).toBeLessThan(within);
  });

  test("onReady never resolves (CDN half-loaded): standalone after the timeout, not later", async () => {
    const office: OfficeLike = { onReady: never };
    const t0 = Date.now();
    const info = await detectOffice(() => office, { timeoutMs: 150 });
    const elapsed = Date.now() - t0;
    expect(info.mode).toBe("standalone");
    expect(elapsed).toBeGreaterThanOrEqual(140);
    expect(elapsed).toBeLessThan(600);
  });

  test("onReady in a plain browser reports no host: standalone at once", async () => {
    const office: OfficeLike = { onReady: () => Promise.resolve({ host: null, platform: null }) };
    const t0 = Date.now();
    expect((await detectOffice(() => office, { timeoutMs: 2000 })).mode).toBe("standalone");
    expect(Date.now() - t0).toBeLessThan(200);
  });

  test("inside Excel: excel mode and Office's display language", async () => {
    const office: OfficeLike = { onReady: () => Promise.resolve({ host: "Excel" }), context: { displayLanguage: "en-US" } };
    expect(await detectOffice(() => office)).toEqual({ mode: "excel", language: "en-US" });
  });

  test("another Office host (Word) is not Excel", async () => {
    const office: OfficeLike = { onReady: () => Promise.resolve({ host: "Word" }) };
    expect((await detectOffice(() => office)).mode).toBe("standalone");
  });

  test("office.js arriving late is still waited for", async () => {
    let office: OfficeLike | undefined;
    setTimeout(() => (office = { onReady: () => Promise.resolve({ host: "Excel" }), context: { displayLanguage: "ko-KR" } }), 60);
    expect(await detectOffice(() => office, { timeoutMs: 1000, pollMs: 10 })).toEqual({ mode: "excel", language: "ko-KR" });
  });
});

describe("pickLocale", () => {
  test.each([
    ["en-US", "en"],
    ["en", "en"],
    ["EN-gb", "en"],
    ["ko-KR", "ko"],
    ["ko", "ko"],
    ["ja-JP", "ko"],
    ["", "ko"],
    [undefined, "ko"],
    [null, "ko"],
    ["eng", "ko"],
    ["en_US", "en"],
    [" en-GB ", "en"],
  ] as const)("%s → %s", (lang, locale) => {
    expect(pickLocale(lang)).toBe(locale);
  });
});

describe("slow Office start", () => {
  test("onReady after the timeout in Excel: standalone first, then lateExcel resolves to Excel", async () => {
    let resolveReady!: (v: { host: string | null }) => void;
    const office: OfficeLike = { onReady: () => new Promise((r) => (resolveReady = r)), context: { displayLanguage: "en-US" } };
    const info = await detectOffice(() => office, { timeoutMs: 50 });
    expect(info.mode).toBe("standalone");
    expect(info.lateExcel).toBeDefined();
    resolveReady({ host: "Excel" });
    await expect(info.lateExcel).resolves.toEqual({ mode: "excel", language: "en-US" });
  });

  test("no office.js at all: nothing to wait for later", async () => {
    const info = await detectOffice((): OfficeLike | undefined => undefined, { officeSettled: true });
    expect(info.lateExcel).toBeUndefined();
  });
});

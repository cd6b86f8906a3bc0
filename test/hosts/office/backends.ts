// The two Excels the Office host's tests run on, at each requirement-set profile:
// - "fake": the hand-written proxies (test/fakes/fake-excel.ts);
// - "real": Microsoft's own client library answered by the responder (test/fakes/real-excel.ts).
// Both work on the same workbook model, so a test's assertions hold for both.
import type { WorkbookGrid } from "../../../src/core/grid";
import { FakeExcel } from "../../fakes/fake-excel";
import { RealExcel } from "../../fakes/real-excel";
import { PROFILES, type Platform } from "../../fakes/requirement-sets";

export type Backend = "fake" | "real";
export type AnyExcel = FakeExcel | RealExcel;
export const BACKENDS: readonly Backend[] = ["fake", "real"];
export { PROFILES };

/** Every backend at every profile: rows for describe.each. */
export const CASES: readonly (readonly [Backend, string])[] = BACKENDS.flatMap((b) => PROFILES.map((p) => [b, p] as const));

export interface ExcelSetup {
  readonly apiVersion?: string;
  readonly platform?: Platform;
}

export function openExcel(backend: Backend, grid: WorkbookGrid, setup: ExcelSetup = {}): AnyExcel {
  const x = backend === "fake" ? FakeExcel.fromGrid(grid) : RealExcel.fromGrid(grid);
  if (setup.apiVersion) x.apiVersion = setup.apiVersion;
  if (setup.platform) x.platform = setup.platform;
  return x;
}

/** Lets change events queued after a sync reach their handlers. */
export function settle(): Promise<void> {
  return new Promise((r) => setTimeout(r, 5));
}

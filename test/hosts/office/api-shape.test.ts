// The Office host is typed against its own structural subset of the Excel API (excel-api.ts) so the
// fake can stand in. These assignments make the type check prove that the real Office.js typings
// (@types/office-js) have every member the subset declares, with compatible types: a misspelt
// property or method in the subset fails `npm run typecheck`, not a user's Excel.
import type { XChangedEventArgs, XPageLayout, XRange, XRequestContext, XRunOptions, XWorksheet } from "../../../src/hosts/office/excel-api";

type Assignable<From, To> = From extends To ? true : false;

// Compile-time checks; the runtime test only keeps jest from calling the file empty.
const checks = {
  context: true as Assignable<Excel.RequestContext, XRequestContext>,
  worksheet: true as Assignable<Excel.Worksheet, XWorksheet>,
  range: true as Assignable<Excel.Range, XRange>,
  pageLayout: true as Assignable<Excel.PageLayout, XPageLayout>,
  changed: true as Assignable<Excel.WorksheetChangedEventArgs, XChangedEventArgs>,
  runOptions: true as Assignable<Excel.RunOptions, XRunOptions>,
} satisfies Record<string, true>;

describe("the Office host's Excel API subset", () => {
  it("is a subset of the real Office.js typings", () => {
    expect(Object.values(checks).every((v) => v)).toBe(true);
  });
});

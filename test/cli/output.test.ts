// The CLI's human output lines up in a terminal whatever the sheet names are made of.
import { recognizedLines } from "../../src/cli/output";
import type { RecognizedSheet } from "../../src/core/model";

const sheet = (role: string, name: string, rowCount: number): RecognizedSheet =>
  ({ role, sheet: name, headerRow: 4, columns: {}, rowCount }) as unknown as RecognizedSheet;

describe("recognizedLines", () => {
  it("aligns sheet names pasted from a Mac (NFD) like the same names typed on Windows", () => {
    const names = ["예산", "교부내역", "집행내역"];
    const nfc = recognizedLines(names.map((n, i) => sheet(["budget", "grants", "ledger"][i]!, n, 10 * (i + 1))));
    const nfd = recognizedLines(names.map((n, i) => sheet(["budget", "grants", "ledger"][i]!, n.normalize("NFD"), 10 * (i + 1))));
    expect(nfd.map((l) => l.normalize("NFC"))).toEqual(nfc);
  });
});

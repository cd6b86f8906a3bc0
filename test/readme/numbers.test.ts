// The README's measured numbers are the measuring scripts' output, written by `npm run
// readme:numbers` (scripts/readme-numbers.ts): every block it writes is in the README, fenced,
// headed by the command that printed it, with the lines that only that command prints (a sentence
// typed in place of the output — "about 230 kB", a range of times — has none of them), and no
// content hash left in a file name.
import { readFileSync } from "node:fs";
import { BLOCKS, README, readBlock, withoutHashes, writeBlock } from "../../scripts/readme-numbers";

const readme = readFileSync(README, "utf8");

describe("the README's number blocks", () => {
  it.each(BLOCKS.map((b) => [b.name, b] as const))("%s: present, headed by its command, every line in the command's format", (_, block) => {
    const found = readBlock(readme, block.name);
    expect(found).not.toBeNull();
    if (block.name === "machine") expect(found!.shown).toBeNull();
    else expect(found!.shown).toBe(block.shown);
    expect(found!.lines.length).toBeGreaterThan(0);
    expect(found!.lines.some((l) => block.shape.test(l))).toBe(true);
    for (const line of found!.lines) expect(line).toBe(withoutHashes(line));
    expect(found!.lines.join("\n")).not.toMatch(/not measured yet/);
  });

  it("a block is written and read back as the script writes it", () => {
    const text = "before\n<!-- numbers:x -->\nold\n<!-- /numbers:x -->\nafter\n";
    const written = writeBlock(text, "x", "npm run x", ["line 1", "line 2"]);
    expect(written).toBe("before\n<!-- numbers:x -->\n```text\n$ npm run x\nline 1\nline 2\n```\n<!-- /numbers:x -->\nafter\n");
    expect(readBlock(written, "x")).toEqual({ shown: "npm run x", lines: ["line 1", "line 2"] });
    expect(() => writeBlock("no markers", "x", "npm run x", [])).toThrow(/no block/);
  });

  it("file names lose their content hashes, so a rebuild alone changes no block", () => {
    expect(withoutHashes("ui.2955d457.js 518 kB, taskpane.bbc1aac3.js")).toBe("ui.js 518 kB, taskpane.js");
  });
});

// The Office host's requests, as Microsoft's own Excel client library (@microsoft/office-js,
// excel-web-16.00.js) serializes them, on the paths that carry the most: the largest request and
// response of each against Excel on the web's 5 MB limit. Part of `npm run bench`; alone:
//   npx tsx scripts/bench-office.ts [ledger rows, default 50000]
// The requests are answered by the test responder (test/fakes/real-excel.ts), not by Excel: sizes
// are exact, times are not Excel's.

import { measureOfficePaths } from "../test/fakes/office-paths";

const LIMIT = 5 * 1024 * 1024;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

export async function benchOfficeRequests(rows = 50_000): Promise<void> {
  console.log("");
  console.log(`Office.js requests through Microsoft's client library (limit ${kb(LIMIT)} per request and response):`);
  console.log("path                                   requests  largest request  largest response  all requests  of limit");
  for (const m of await measureOfficePaths(rows)) {
    const worst = Math.max(m.largestRequest, m.largestResponse);
    console.log(
      [
        m.path.padEnd(38),
        String(m.requests).padStart(8),
        kb(m.largestRequest).padStart(16),
        kb(m.largestResponse).padStart(17),
        kb(m.totalRequest).padStart(13),
        `${((worst / LIMIT) * 100).toFixed(0)}%`.padStart(9),
        m.ok ? "" : "  FAILED",
      ].join(" "),
    );
  }
}

if (require.main === module) {
  benchOfficeRequests(Number(process.argv[2] ?? 50_000)).catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}

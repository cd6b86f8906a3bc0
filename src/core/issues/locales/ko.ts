// The Korean catalog: for each issue code, the message and what the user can do about it.
// Korean is the add-in's first language; every code has its entry (the Catalog type says so), and
// test/core/messages.test.ts renders each one from an example of that code.
//
// A message says what is wrong without saying where: the renderer (issues/render.ts) puts the
// place ("'집행내역' 시트 D7 셀: ") before it, unless the entry's place is "own" (the message
// names its sheet itself, or the issue is about no place).

import type { Catalog } from "../catalog";
import { workbookKo } from "./ko/workbook";
import { readingKo } from "./ko/reading";
import { reportKo } from "./ko/report";
import { hostKo } from "./ko/host";

/** Every code, once: the parts are split by the part of the core that emits them. */
export const ko: Catalog = { ...workbookKo, ...readingKo, ...reportKo, ...hostKo };

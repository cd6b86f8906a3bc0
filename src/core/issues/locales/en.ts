// The English catalog, for Office running in English: the same codes as the Korean one (ko.ts),
// with the same params. Messages that follow a place start in lower case; the renderer puts the
// place before them, or capitalises them where the place is shown beside the message instead.

import type { Catalog } from "../catalog";
import { workbookEn } from "./en/workbook";
import { readingEn } from "./en/reading";
import { reportEn } from "./en/report";
import { hostEn } from "./en/host";

/** Every code, once: the parts are split by the part of the core that emits them. */
export const en: Catalog = { ...workbookEn, ...readingEn, ...reportEn, ...hostEn };

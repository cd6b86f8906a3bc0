// The English catalog, part: host errors (Office.js, the file host) and mechanical fixes.
import type { Catalog } from "../../catalog";
import { paneName } from "../../words";

export const hostEn = {
  // --- host errors and fixes (Office.js / file hosts, mechanical fixes) ---
  "host-cell-edit-mode": {
    message: () => `Excel is editing a cell, so nothing could be done.`,
    hint: () => `Press Enter or Esc to finish editing the cell, then try again.`,
  },
  "host-sheet-changed": {
    message: () => `A sheet was renamed or deleted (or a cell became a formula) while working, so it stopped. Nothing was changed.`,
    hint: (p) => (p.shell === "cli" ? `Run it again.` : `Press ${paneName("recheck", "en")} in the task pane, then retry.`),
  },
  "host-payload-too-large": {
    message: () => `The data to exchange with Excel exceeded its limit (5 MB) for one request.`,
    hint: () => `Clear leftover values in unused rows and columns, then retry; if it persists, use desktop Excel.`,
  },
  "host-sheet-protected": {
    message: () => `The sheet is protected, so it could not be changed. Nothing was changed.`,
    hint: () => `Unprotect the sheet (Review > Unprotect Sheet) and retry.`,
  },
  "host-name-conflict": {
    message: () => `A sheet with that name already exists, so no new sheet was made. The existing sheet is unchanged.`,
    hint: () => `Rename the existing sheet, or run again (a new name is chosen).`,
  },
  "host-unreadable": {
    // unreadable: the kind the xlsx host tells (HostError.unreadable); the hint then says why.
    message: () => `The workbook could not be read.`,
    hint: (p) => {
      switch (p.unreadable) {
        case "empty":
          return `The file is empty (0 bytes). Save or download it again.`;
        case "ole":
          return `The workbook has a password, or is in the Excel 97-2003 (.xls) format. Remove the password in Excel and save it as .xlsx.`;
        case "not-zip":
          return `This is not an .xlsx file. If it is a .csv or another file, open it in Excel and save it as .xlsx.`;
        case "zip-not-workbook":
          return `This is a zip file but not an Excel workbook (perhaps a .docx or .ods renamed).`;
        case "corrupt":
          return `The file is damaged or was not downloaded completely. Download it again, or open and save it in Excel.`;
        default:
          return `Check that the file is an .xlsx workbook without a password.`;
      }
    },
  },
  "host-unknown": {
    message: (p) => `Excel reported an unexpected error; any half-written sheet was removed. (${p.detail})`,
    hint: () => `Try again; if it persists, send this message to the maintainer.`,
  },
  "fix-amount-text": {
    message: (p) => `amount stored as text '${p.value}' becomes the number ${p.after}.`,
    hint: (p) => (p.shell === "cli" ? `It is read as an amount as it is; you may also retype it as a number.` : `${paneName("undo", "en")} in the task pane restores the original value.`),
  },
  "fix-date-text": {
    message: (p) => `date stored as text '${p.value}' becomes the date ${p.after}.`,
    hint: (p) =>
      p.shell === "cli" ? `It is read as a date as it is; you may also retype it as a date.` : `The cell gets the yyyy-mm-dd date format. ${paneName("undo", "en")} in the task pane restores the original.`,
  },
  "fix-full-width": {
    message: (p) => `full-width characters '${p.value}' become '${p.after}'.`,
    hint: () => `These were typed in the IME's full-width mode.`,
  },
  "fix-spaces": {
    message: (p) => `stray spaces in '${p.value}' are removed: '${p.after}'.`,
    hint: () => `Names must match exactly for ledger lines to meet their budget lines.`,
  },
} satisfies Partial<Catalog>;

// The real Office.js behind the ExcelHost interface: Excel.run (with run options where the
// requirement set has them) and the ExcelApi requirement-set check. Only loaded inside Office.
import type { ExcelHost, XRequestContext } from "./excel-api";

export function officeExcelHost(): ExcelHost {
  return {
    run: (batch, options) => {
      // The structural XRequestContext is the subset of Excel.RequestContext the host uses.
      const body = (context: Excel.RequestContext) => batch(context as unknown as XRequestContext);
      return options ? Excel.run(options, body) : Excel.run(body);
    },
    runOn: (context, batch) =>
      Excel.run(context as unknown as Excel.RequestContext, (c: Excel.RequestContext) => batch(c as unknown as XRequestContext)),
    isSetSupported: (version) => Office.context.requirements.isSetSupported("ExcelApi", version),
  };
}

/**
 * The text of each page of a PDF, as pdf.js reads it (the same text a reader could select or a
 * screen reader could read from the printout).
 *
 * const pages = await pdfPageTexts(await page.pdf({ format: 'A4' }));
 */
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfPageTexts(pdf: Uint8Array): Promise<string[]> {
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const loading = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
  const document = await loading.promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const content = await (await document.getPage(number)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join(''));
    }
    return pages;
  } finally {
    await loading.destroy();
  }
}

/**
 * Text with every space removed: a title wrapped over two lines, or a web address broken
 * anywhere, still matches itself.
 */
export function squeeze(text: string): string {
  return text.replace(/[\s\u00ad]+/g, '');
}

/**
 * How far down each page of a PDF its text reaches, as a fraction of the height inside the page
 * margins (0: nothing below the top margin, 1: text down to the bottom margin), measured at the
 * baseline of the lowest line. A drawing's lowest labels count, so a page ending in a chart reads
 * as filled to that chart's foot.
 */
export async function pdfPageFills(pdf: Uint8Array, marginMm: number): Promise<number[]> {
  const loading = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
  const document = await loading.promise;
  const margin = (marginMm / 25.4) * 72; // PDF units are points
  try {
    const fills: number[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const [, bottom, , top] = page.view as [number, number, number, number];
      // PDF y grows upward: the lowest line has the smallest baseline y.
      const baselines = (await page.getTextContent()).items.flatMap((item) => ('str' in item && item.str.trim() ? [item.transform[5] as number] : []));
      const lowest = baselines.length > 0 ? Math.min(...baselines) : top - margin;
      fills.push((top - margin - lowest) / (top - bottom - 2 * margin));
    }
    return fills;
  } finally {
    await loading.destroy();
  }
}

/** A thick horizontal rule printed on a page: a chart's top rule, the key facts' rule. */
export interface PrintedRule {
  /** How far down the page its top is, as a fraction of the height inside the page margins. */
  at: number;
  /** Whether any text is printed below it on the same page. */
  textBelow: boolean;
}

/** A PDF transformation matrix [a, b, c, d, e, f], and two of them composed (`outer` applied last). */
type Matrix = [number, number, number, number, number, number];
const compose = (outer: Matrix, inner: Matrix): Matrix => [
  outer[0] * inner[0] + outer[2] * inner[1],
  outer[1] * inner[0] + outer[3] * inner[1],
  outer[0] * inner[2] + outer[2] * inner[3],
  outer[1] * inner[2] + outer[3] * inner[3],
  outer[0] * inner[4] + outer[2] * inner[5] + outer[4],
  outer[1] * inner[4] + outer[3] * inner[5] + outer[5],
];

/**
 * The thick horizontal rules on each page of a PDF: filled rectangles 1.5 to 3 pt tall (CSS's
 * 3 px is 2.25 pt; a table's 1 px line is 0.75 pt and is left out) and at least a third of the
 * width inside the margins wide, as Chromium draws a border. A rule with no text below it on its
 * page has been left at the foot of the sheet, apart from whatever it stands above.
 */
export async function pdfPageRules(pdf: Uint8Array, marginMm: number): Promise<PrintedRule[][]> {
  const loading = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
  const document = await loading.promise;
  const margin = (marginMm / 25.4) * 72;
  try {
    const rules: PrintedRule[][] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const [left, bottom, right, top] = page.view as [number, number, number, number];
      const inside = { width: right - left - 2 * margin, height: top - bottom - 2 * margin };
      const { fnArray, argsArray } = await page.getOperatorList();
      let matrix: Matrix = [1, 0, 0, 1, 0, 0];
      const saved: Matrix[] = [];
      const tops: number[] = [];
      fnArray.forEach((fn, index) => {
        const args = argsArray[index];
        if (fn === OPS.save) saved.push(matrix);
        else if (fn === OPS.restore) matrix = saved.pop() ?? matrix;
        else if (fn === OPS.transform) matrix = compose(matrix, args as Matrix);
        else if (fn === OPS.constructPath && args[0] === OPS.fill) {
          // [paint operator, path data, [minX, minY, maxX, maxY]] in the current user space.
          const [x0, y0, x1, y1] = args[2] as number[];
          const corners = [
            [x0, y0],
            [x1, y1],
          ].map(([x, y]) => [matrix[0] * x! + matrix[2] * y! + matrix[4], matrix[1] * x! + matrix[3] * y! + matrix[5]] as const);
          const width = Math.abs(corners[1]![0] - corners[0]![0]);
          const height = Math.abs(corners[1]![1] - corners[0]![1]);
          if (height >= 1.5 && height <= 3 && width >= inside.width / 3) tops.push(Math.max(corners[0]![1], corners[1]![1]));
        }
      });
      const baselines = (await page.getTextContent()).items.flatMap((item) => ('str' in item && item.str.trim() ? [item.transform[5] as number] : []));
      rules.push(tops.map((y) => ({ at: (top - margin - y) / inside.height, textBelow: baselines.some((baseline) => baseline < y) })));
    }
    return rules;
  } finally {
    await loading.destroy();
  }
}

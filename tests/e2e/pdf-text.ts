/**
 * The text of each page of a PDF, as pdf.js reads it (the same text a reader could select or a
 * screen reader could read from the printout).
 *
 * const pages = await pdfPageTexts(await page.pdf({ format: 'A4' }));
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

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

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

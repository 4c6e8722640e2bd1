/**
 * A number in a story links to its endnote ("Where the numbers come from"). Once a reader has
 * followed one, the note ends with a link back to that very number, so they can go on reading
 * where they left off. A number can appear several times in a story, and only the click knows
 * which one the reader came from. Without scripts, the browser's Back does the same.
 */
export const backLinkClass = 'note-back';

/** Wires the page's numbers: call once. */
export function linkNotesBack(root: Document = document): void {
  root.addEventListener('click', (event) => {
    if (!(event.target instanceof Element)) return;
    const number = event.target.closest<HTMLAnchorElement>('a.num');
    if (!number || !number.hash) return;
    const note = root.getElementById(decodeURIComponent(number.hash.slice(1)));
    if (!note || !note.closest('.story-figures')) return;
    // A stable id for the number: its place among the page's numbers.
    number.id ||= `num-${[...root.querySelectorAll('a.num')].indexOf(number) + 1}`;
    let back = note.querySelector<HTMLAnchorElement>(`a.${backLinkClass}`);
    if (!back) {
      back = root.createElement('a');
      back.className = backLinkClass;
      // Words only: the faces are cut to the characters the built pages use, and an arrow drawn in
      // by a script is not among them.
      back.textContent = 'Back to the text';
      note.append(' ', back);
    }
    back.href = `#${number.id}`;
  });
}

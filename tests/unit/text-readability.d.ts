/** The part of text-readability (which ships no types) that the takeaway test uses. */
declare module 'text-readability' {
  const readability: {
    /** The Flesch–Kincaid reading grade of a text. */
    fleschKincaidGrade(text: string): number;
  };
  export default readability;
}

/**
 * The widths every chart is drawn at. A drawing is shown at its own width or wider, never
 * scaled down (the frame's container queries pick the widest that fits), so text drawn at
 * 12 px is at least 12 px on a phone: 288 px is the text column of a 320 px phone.
 */
export const layoutWidths = { narrow: 288, medium: 420, wide: 640 } as const;

export type LayoutName = keyof typeof layoutWidths;

export const layoutNames = Object.keys(layoutWidths) as LayoutName[];

/** The smallest size of any text in a chart, in px at the drawing's own width. */
export const minimumTextSize = 12;

/**
 * The two drawings every chart ships: a narrow one whose text stays legible on a phone, and a
 * wide one for everything else. The chart frame's container query shows the one that fits.
 */
export const layoutWidths = { narrow: 320, wide: 640 } as const;

export type LayoutName = keyof typeof layoutWidths;

export const layoutNames = Object.keys(layoutWidths) as LayoutName[];

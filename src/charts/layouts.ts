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

/**
 * A drawing wider than the text column, for complex charts whose definition asks for it
 * (`breakout: true`). It is drawn with the wide layout's settings at 960 px, so its text is drawn
 * at its real size, and shown only where the frame breaks out of the column (from 1024 px) and
 * its container has the full width: never scaled down. Embeds leave it out.
 */
export const breakoutLayout = { name: 'breakout', width: 960, preset: 'wide' } as const;

/** Every drawing's layout: the three, and the breakout. */
export type DrawingLayout = LayoutName | typeof breakoutLayout.name;

export const drawingWidths: Record<DrawingLayout, number> = { ...layoutWidths, [breakoutLayout.name]: breakoutLayout.width };

/** The layout settings (heights, tick counts) a drawing is made with: a breakout drawing uses the wide layout's. */
export function presetOf(layout: DrawingLayout): LayoutName {
  return layout === breakoutLayout.name ? breakoutLayout.preset : layout;
}

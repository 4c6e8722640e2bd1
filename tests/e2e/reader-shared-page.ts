/**
 * The e2e `test` of ./fixtures, whose `page` every e2e test now shares: reused by the next test
 * in the same worker if that one asks for the same browser settings (theme, window, pixel
 * density, CSP bypass), see ./shared-page. The tests of one describe block share their settings
 * and run one after another, so each worker opens one page per block.
 */
export { test, expect } from './fixtures';

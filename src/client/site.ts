/** The script of every story page: only enhancements of HTML that already works. */
import './chart-frame';
import { linkNotesBack } from './number-notes';

linkNotesBack();

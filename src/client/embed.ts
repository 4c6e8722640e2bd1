/** The script of every embed page: the chart frame's enhancements, and height reporting. */
import './chart-frame';
import { reportHeight } from './embed-height';

reportHeight(document.querySelector('chart-frame')?.getAttribute('data-slug') ?? '');

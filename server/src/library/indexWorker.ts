/** A worker thread of library indexing: reads and interprets the files it is given. */
import { serve } from '../node/workers';
import { readEntry } from './interpret';

serve(readEntry);

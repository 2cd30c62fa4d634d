// Defines <vnp-visit-stats>: the only module of this element with a side effect.
import { VnpVisitStats } from './visit-stats.component.js';

VnpVisitStats.define();

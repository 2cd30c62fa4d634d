// Defines <vnp-anniversary-banner>: the only module of this element with a side effect.
import { VnpAnniversaryBanner } from './anniversary-banner.component.js';

VnpAnniversaryBanner.define();

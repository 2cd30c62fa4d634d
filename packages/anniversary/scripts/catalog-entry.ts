export { nationalCommemorations } from '../src/catalog/national.js';

export { elapsedYears } from './elapsed-years.js';

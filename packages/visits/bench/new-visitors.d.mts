import type { Options } from 'autocannon';
export function newVisitorHits(url: string, origin: string): Options;

// TEMPORARY (replaced by the relate owner): finds nothing yet.
import type { Document } from '../document.ts';
export function relate(_doc: Document): void {}

// TEMPORARY (replaced by the recognise owner): finds nothing yet.
import type { Document } from '../document.ts';
export function recognise(_doc: Document): void {}

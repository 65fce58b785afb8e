import { types } from 'node:util';

/**
 * What a fault's line says of the error: its message. An error made in another realm (Node's own, seen
 * from a test's) is an error too, though not `instanceof` this realm's Error.
 */
export function errorMessage(error: unknown): string {
  return error instanceof Error || types.isNativeError(error) ? error.message : String(error);
}

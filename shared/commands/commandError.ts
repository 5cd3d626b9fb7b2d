/** A command that cannot apply to this design says why, in words the user sees; the design is unchanged. */
export class CommandRefused extends Error {
  override readonly name = 'CommandRefused';
}

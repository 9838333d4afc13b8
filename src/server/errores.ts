// The expected refusals of an operation. Apart from ./operacion.ts so that code which runs outside
// a request (the worker, the command-line tools) can refuse without loading the session's modules.

export type ErroresDeCampo = Record<string, string[]>;

/** An expected refusal (conflict, invalid state, business rule) with a message for the user. */
export class ErrorDeNegocio extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: ErroresDeCampo,
  ) {
    super(message);
    this.name = "ErrorDeNegocio";
  }
}

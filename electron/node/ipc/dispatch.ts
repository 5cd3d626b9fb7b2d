import { jsonPath } from '../../../shared/format/formatError';
import { type Channel, channels } from '../../../shared/ipc/channels';
import { contract, type ResultOf } from '../../../shared/ipc/contract';
import type { HostError, HostResponse } from '../../../shared/ipc/response';
import { DesignFileError } from '../files/designFiles';
import { describeLibraryError } from '../store/libraryErrors';
import { LibraryCorrupt } from '../store/libraryStore';
import { NotAllowed, NotFound, Unsupported } from './hostErrors';
import { PathNotAllowed } from './pathPolicy';

export type Handlers = { [C in Channel]: (args: ResultArgs<C>) => Promise<ResultOf<C>> | ResultOf<C> };
/** What a handler receives: the arguments after the contract's schema has parsed them. */
type ResultArgs<C extends Channel> = import('zod').output<(typeof contract)[C]['args']>;

const channelSet: ReadonlySet<string> = new Set(channels);
export const isChannel = (value: string): value is Channel => channelSet.has(value);

/**
 * The one gate between a host's transport and the services: an unknown channel or a payload that does not
 * match the contract is answered with `bad-request` before any service runs, and a service's failure is
 * turned into a message the user can read. Both hosts (Electron IPC, web HTTP) call this.
 */
export async function dispatch(handlers: Handlers, channel: string, payload: unknown): Promise<HostResponse<unknown>> {
  if (!isChannel(channel))
    return failure({ code: 'unknown-channel', message: `There is no "${channel.slice(0, 100)}" request.` });
  const parsed = contract[channel].args.safeParse(payload);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 20)
      .map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));
    const first = issues[0]!;
    return failure({
      code: 'bad-request',
      message: `The ${channel} request is malformed at ${first.path}: ${first.message}.`,
      issues,
    });
  }
  try {
    const handler = handlers[channel] as (args: unknown) => Promise<unknown> | unknown;
    return { ok: true, result: await handler(parsed.data) };
  } catch (error) {
    return failure(hostErrorOf(error));
  }
}

function hostErrorOf(error: unknown): HostError {
  if (error instanceof DesignFileError) {
    return {
      code: error.kind,
      message: error.message,
      ...(error.format ? { issues: error.format.issues, line: error.format.line, column: error.format.column } : {}),
    };
  }
  if (error instanceof PathNotAllowed || error instanceof NotAllowed)
    return { code: 'forbidden', message: error.message };
  if (error instanceof NotFound) return { code: 'not-found', message: error.message };
  if (error instanceof Unsupported) return { code: 'unsupported', message: error.message };
  if (error instanceof LibraryCorrupt) return { code: 'internal', message: error.message };
  const library = describeLibraryError(error);
  if (library) return { code: 'io', message: library };
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Something went wrong on the lyncplan side: ${detail}` };
}

const failure = (error: HostError): HostResponse<never> => ({ ok: false, error });

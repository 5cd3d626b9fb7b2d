import type { FormatIssue } from '../format/formatError';

/** Why a call failed, in a form the renderer can show: a code to branch on and a sentence for the user. */
export interface HostError {
  code:
    | 'bad-request' // the payload does not match the contract
    | 'unknown-channel'
    | 'forbidden' // wrong sender, token or path
    | 'not-found' // what the request names is not there (a design no longer in the library)
    | 'unsupported' // this host cannot do it (Export PDF in a browser)
    | 'invalid-file' // the file is not a valid .lyncplan
    | 'io' // the disk refused (full, read-only, permission)
    | 'internal';
  message: string;
  /** For invalid files and payloads: each problem with its place. */
  issues?: FormatIssue[];
  line?: number;
  column?: number;
}

export type HostResponse<T> = { ok: true; result: T } | { ok: false; error: HostError };

import { type Channel, channels } from './channels';
import type { ArgsOf, ResultOf } from './contract';
import type { HostResponse } from './response';

type Namespace<C extends string> = C extends `${infer N}.${string}` ? N : never;
type Method<C extends string, N extends string> = C extends `${N}.${infer M}` ? M : never;

/** `window.lyncplan.library.list({})`: the contract as nested, typed methods, each answering a HostResponse. */
export type LyncplanApi = {
  [N in Namespace<Channel>]: {
    [M in Method<Channel, N>]: (
      args: ArgsOf<`${N}.${M}` & Channel>,
    ) => Promise<HostResponse<ResultOf<`${N}.${M}` & Channel>>>;
  };
};

export type Invoke = (channel: Channel, args: unknown) => Promise<HostResponse<unknown>>;

/** Builds the API over any transport: Electron's ipcRenderer.invoke in the preload, fetch in the web client. */
export function buildApi(invoke: Invoke): LyncplanApi {
  const api: Record<string, Record<string, (args: unknown) => Promise<HostResponse<unknown>>>> = {};
  for (const channel of channels) {
    const [namespace, method] = channel.split('.') as [string, string];
    const methods = api[namespace] ?? {};
    methods[method] = (args: unknown) => invoke(channel, args);
    api[namespace] = methods;
  }
  return api as unknown as LyncplanApi;
}

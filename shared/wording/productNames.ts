import type { ProductVersion } from '../model/primitives';

/** "Lync Server 2010": how a finding about a legacy pool says which product's figure it applies. */
export function productName(version: ProductVersion): string {
  return `Lync Server ${version}`;
}

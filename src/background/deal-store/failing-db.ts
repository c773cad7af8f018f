// For tests of the deal store on a real IndexedDB (fake-indexeddb in Node): a database whose writes
// fail the way a full disk makes them fail, without mocking any module.
import type { DealDb } from './deal-db';

/**
 * `db` with the `failOn`-th put into the deals store failing as a full disk does: the transaction
 * aborts and the put rejects with QuotaExceededError. The database and transactions are real.
 */
export function failingPut(db: DealDb, failOn: number, name = 'QuotaExceededError'): DealDb {
  let puts = 0;
  const bound = <T extends object>(target: T, prop: string | symbol) => {
    const value = Reflect.get(target, prop, target) as unknown;
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
  };
  return new Proxy(db, {
    get(target, prop) {
      if (prop !== 'transaction') return bound(target, prop);
      return (...args: Parameters<DealDb['transaction']>) => {
        const tx = (target.transaction as (...a: unknown[]) => ReturnType<DealDb['transaction']>)(...args);
        const wrapStore = <S extends object>(store: S): S =>
          new Proxy(store, {
            get(s, p) {
              if (p !== 'put' || (s as { name?: string }).name !== 'deals') return bound(s, p);
              return async (...put: unknown[]) => {
                if (++puts === failOn) {
                  tx.abort();
                  throw new DOMException('The quota has been exceeded.', name);
                }
                return (s as unknown as { put: (...a: unknown[]) => Promise<unknown> }).put(...put);
              };
            },
          });
        return new Proxy(tx, {
          get(t, p) {
            if (p === 'store') return wrapStore((t as unknown as { store: object }).store);
            if (p === 'objectStore') return (n: string) => wrapStore((t.objectStore as (n: string) => object)(n));
            return bound(t, p);
          },
        });
      };
    },
  });
}

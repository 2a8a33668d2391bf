import { type ComponentType, type JSX, useEffect, useState } from 'react';
import { Loading } from '../components/Loading';

/** A component from a chunk loaded on demand, plus a way to start loading it early. */
export type LazyComponent<P extends object> = ((props: P) => JSX.Element) & {
  preload: () => Promise<ComponentType<P>>;
};

/**
 * A component whose code is in a chunk loaded on demand: it shows <Loading /> until the
 * chunk is there, then the component; once loaded it renders at once, with no loading step.
 *
 * Not React.lazy with Suspense, on purpose: React holds back the reveal of a suspended
 * boundary until 300 ms after its fallback appeared (its fallback throttle), so on the plan
 * page a chunk that arrived 50 ms after "Laddar …" was shown still showed its page 250 ms
 * later (docs/benchmarks.md, figure 4b). A load that fails throws while rendering, as
 * React.lazy does.
 */
export function lazyComponent<P extends object>(
  load: () => Promise<ComponentType<P>>,
): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined; // the next visit tries again
        throw error;
      },
    );
    return pending;
  };

  function Lazy(props: P) {
    const [component, setComponent] = useState(() => loaded);
    const [failure, setFailure] = useState<{ error: unknown } | null>(null);
    useEffect(() => {
      if (component) return;
      let current = true;
      preload().then(
        (done) => current && setComponent(() => done),
        (error: unknown) => current && setFailure({ error }),
      );
      return () => {
        current = false;
      };
    }, [component]);
    if (failure) throw failure.error;
    const Component = component ?? loaded;
    return Component ? <Component {...props} /> : <Loading />;
  }
  return Object.assign(Lazy, { preload });
}

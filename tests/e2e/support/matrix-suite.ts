// A matrix spec's shared state: the build's action targets and the set-up world, undone after the file.
import { test } from './fixtures';
import { setUpWorld } from './matrix-capture';
import { actionTargets, type ActionTarget } from './matrix-manifest';
import type { MatrixWorld } from './matrix-rows';

export type MatrixSuite = { world: MatrixWorld; targets: Map<string, ActionTarget> };

/** Sets the world up before the file's tests and undoes it after; `more` changes what else the file needs and returns its own undo. */
export function matrixSuite(more: () => () => void = () => () => {}): MatrixSuite {
  const suite = {} as MatrixSuite; // filled in beforeAll, so tests can hold it from the start
  let undo: (() => void) | undefined;
  test.beforeAll(async () => {
    suite.targets = actionTargets();
    const set = await setUpWorld();
    const undoMore = more();
    suite.world = set.world;
    undo = () => {
      undoMore();
      set.undo();
    };
  });
  test.afterAll(() => undo?.());
  return suite;
}

/**
 * Long computations written as generators that `yield` between steps: run them to the end at once
 * (`runSteps`), or one step per turn of the event loop (`runStepsInTurns`) so other calls answer
 * in between.
 */
export function runSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export async function runStepsInTurns<T>(steps: Generator<void, T, void>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise(setImmediate);
  }
}

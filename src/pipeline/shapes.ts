/**
 * Objects the stages change after making them (entity candidates, date expressions): V8 takes a field never changed
 * since construction for a constant, and a number where only undefined has been for another kind of field, and the
 * first change, hundreds or thousands of articles into a run, deoptimizes every optimized function that depends on
 * it, which V8 then compiles again (on the bench corpus: 16 and 21 entity functions at once, and the date functions
 * three times; `node --trace-deopt`). A module makes those changes itself, on an object of its own, at load, before any
 * code is optimized: `write` makes the object as the stages do and changes each field with a value of its kind.
 *
 * It runs repeatedly: made once, by code that V8 has not yet given type feedback, the changes did not reach the shape
 * the stages' objects share (measured: once or 8 times left the deoptimizations, 20 times removed them).
 */
export function changeFieldsAtLoad(write: () => void): void {
  for (let i = 0; i < 32; i++) write();
}

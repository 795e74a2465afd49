// Preloaded (node --import) into every process of a `npm run test:clock` run: moves the clock
// to CRD_TEST_CLOCK, keeping it ticking, so that a test or a product process that reads the
// real clock instead of CRD_AS_OF sees another day and fails. Only `new Date()` and
// `Date.now()` move; dates built from parts or text are unchanged.
const target = Date.parse(process.env.CRD_TEST_CLOCK ?? "");
if (Number.isNaN(target)) throw new Error(`CRD_TEST_CLOCK=${process.env.CRD_TEST_CLOCK} is not an instant`);
const RealDate = globalThis.Date;
const offset = target - RealDate.now();

class MovedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + offset);
    else super(...args);
  }
  static now() {
    return RealDate.now() + offset;
  }
}
globalThis.Date = MovedDate;

/**
 * The V8 flags every API process runs with: `npm start`, the container image, the tests and
 * the benchmarks (a test checks that the package script and the Dockerfile agree).
 *
 * A heap budget. Without one V8 sizes the old generation from the machine's memory and
 * collects lazily: under 32 concurrent readers the heap held 250 MB of which 60 MB was live
 * (the rest garbage not yet collected), and the process peaked at 374–415 MB resident
 * (docs/benchmarks.md, figure 5). 256 MB is four times the live heap at national scale, with
 * room for the heaviest request (an XLSX of every kommun, a report, a 10,000-row import); a
 * deployment with other limits overrides it in the container's command (docs/operations.md).
 */
export const API_NODE_FLAGS: readonly string[] = ['--max-old-space-size=256'];

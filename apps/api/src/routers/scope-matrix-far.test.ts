// The scope matrix on units out of the user's line: another unit of the province, and a unit
// of another province (test/scope-matrix-suite.ts; the rest in scope-matrix-near.test.ts).
import { MATRIX_SHARES, scopeMatrixSuite } from '../test/scope-matrix-suite.js';

scopeMatrixSuite(MATRIX_SHARES.far);

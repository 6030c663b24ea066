// The scope matrix on the units near the user: their own, below and above it
// (test/scope-matrix-suite.ts; the rest in scope-matrix-far.test.ts).
import { MATRIX_SHARES, scopeMatrixSuite } from '../test/scope-matrix-suite.js';

scopeMatrixSuite(MATRIX_SHARES.near);

// The steps of a reorganisation, by kind.
import type { ReorganisationStep } from '@lantoa/domain';
import type { StepType } from './reorganisation-labels';

/** One kind of step. */
export type Of<T extends StepType> = Extract<ReorganisationStep, { type: T }>;

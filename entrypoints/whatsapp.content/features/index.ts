import type { Feature } from './feature';
import { protection } from './protection';
import { sync } from './sync';

/** Every content-script feature, in the order they start. */
export const features: Feature[] = [sync, protection];

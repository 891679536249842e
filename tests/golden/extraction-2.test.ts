/** Golden pages, shard 2 of 4 (see extraction.test.ts). */
import { defineGoldenTests } from './support/define-golden-tests';

defineGoldenTests(1, 4);

/** Golden pages, shard 3 of 4 (see extraction.test.ts). */
import { defineGoldenTests } from './support/define-golden-tests';

defineGoldenTests(2, 4);

/** Golden pages, shard 4 of 4 (see extraction.test.ts). */
import { defineGoldenTests } from './support/define-golden-tests';

defineGoldenTests(3, 4);

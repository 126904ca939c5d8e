// Bundled for the Node tests (node-test/.out/support.js): core's sample case, generators and parser.
export { sampleCase, sampleBoard, makeChronology } from '@opencasework/core/sample';
export { parseCaseBundle, parseTeamBoard, makeChange } from '@opencasework/core';

// The synthetic sample case (no real person), for demonstrations and trying the components out.
export { sampleCase } from '@opencasework/core/sample';

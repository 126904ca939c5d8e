// The fake camera and microphone the recording tests rely on (Chromium only: web-test-runner.config.mjs gives
// Chromium a generated tone and picture). Firefox and WebKit here have no fake devices: their recording tests use files.
import { expect } from '@open-wc/testing';

const chromium = navigator.userAgent.includes('Chrome/');

describe('a fake camera and microphone in Chromium', () => {
  it('gives an audio and a video track, and MediaRecorder turns them into a clip with bytes in it', async function () {
    if (!chromium) {
      // No fake devices here: asking must settle (a refusal the element can explain, or a stream), never hang.
      const settled = await Promise.race([
        navigator.mediaDevices.getUserMedia({ audio: true }).then(
          (s) => (s.getTracks().forEach((t) => t.stop()), 'stream'),
          (e: unknown) => (e instanceof DOMException ? e.name : 'error'),
        ),
        new Promise((r) => setTimeout(() => r('hung'), 8000)),
      ]);
      expect(settled).to.not.equal('hung');
      return;
    }
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: { width: 320, height: 240 } });
    expect(stream.getAudioTracks()).to.have.length(1);
    expect(stream.getVideoTracks()).to.have.length(1);
    const rec = new MediaRecorder(stream);
    const chunks: Blob[] = [];
    rec.ondataavailable = (e) => chunks.push(e.data);
    const stopped = new Promise((r) => (rec.onstop = r));
    rec.start();
    await new Promise((r) => setTimeout(r, 800));
    rec.stop();
    await stopped;
    stream.getTracks().forEach((t) => t.stop());
    const clip = new Blob(chunks, { type: rec.mimeType });
    expect(clip.size, 'bytes recorded').to.be.greaterThan(1000);
    expect(clip.type).to.match(/^video\/webm/);
  });
});

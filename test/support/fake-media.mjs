// A fake microphone and camera for Chromium (--use-fake-device-for-media-stream): a WAV and a Y4M clip written once
// per run to the temporary folder, so recording tests hear a known tone and see a known picture without hardware.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** 2 s of a 440 Hz tone, 16 kHz mono 16-bit PCM. */
function wav(seconds = 2, rate = 16000, hz = 440) {
  const n = seconds * rate;
  const b = Buffer.alloc(44 + n * 2);
  b.write('RIFF', 0);
  b.writeUInt32LE(36 + n * 2, 4);
  b.write('WAVEfmt ', 8);
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(1, 20); // PCM
  b.writeUInt16LE(1, 22); // mono
  b.writeUInt32LE(rate, 24);
  b.writeUInt32LE(rate * 2, 28);
  b.writeUInt16LE(2, 32);
  b.writeUInt16LE(16, 34);
  b.write('data', 36);
  b.writeUInt32LE(n * 2, 40);
  for (let i = 0; i < n; i++) b.writeInt16LE(Math.round(Math.sin((2 * Math.PI * hz * i) / rate) * 12000), 44 + i * 2);
  return b;
}

/** 30 frames of 320x240 at 15 fps: a light square moving across a dark picture (4:2:0). */
function y4m(frames = 30, w = 320, h = 240) {
  const header = Buffer.from(`YUV4MPEG2 W${w} H${h} F15:1 Ip A1:1 C420jpeg\n`);
  const parts = [header];
  for (let f = 0; f < frames; f++) {
    const y = Buffer.alloc(w * h, 40);
    const x0 = (f * 8) % (w - 60);
    for (let row = 90; row < 150; row++) y.fill(220, row * w + x0, row * w + x0 + 60);
    parts.push(Buffer.from('FRAME\n'), y, Buffer.alloc((w / 2) * (h / 2), 128), Buffer.alloc((w / 2) * (h / 2), 128));
  }
  return Buffer.concat(parts);
}

/** Writes the two files and returns Chromium's flags for them. */
export function fakeMediaFlags() {
  const dir = join(tmpdir(), 'opencasework-fake-media');
  mkdirSync(dir, { recursive: true });
  const audio = join(dir, 'tone.wav'),
    video = join(dir, 'square.y4m');
  writeFileSync(audio, wav());
  writeFileSync(video, y4m());
  return [
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-audio-capture=${audio}`,
    `--use-file-for-fake-video-capture=${video}`,
  ];
}

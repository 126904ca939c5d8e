import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryCaseStore } from '@opencasework/core';
import { sampleCase } from '@opencasework/core/sample';
import '@opencasework/core/define';
import '../src/define.js';
import { DraftStore, ReplaySpeechEngine } from '../src/index.js';

interface Args {
  allowCloudSpeech: boolean;
  allowClips: boolean;
  maxClipSeconds: number;
  dictation: 'replayed' | 'browser';
}

/** A store in memory with the sample case: a saved note lands in its chronology (nothing leaves the page). */
function storeWithSample(): MemoryCaseStore {
  const store = new MemoryCaseStore();
  void store.replace({ kind: 'case', id: sampleCase.case.id }, structuredClone(sampleCase), 'story');
  return store;
}

/** Dictation replayed from timed segments (what a host's tests use), so the story works without a microphone. */
const replayed = () =>
  new ReplaySpeechEngine([
    { at: 400, text: 'Tyler showed me', final: false },
    { at: 1200, text: 'Tyler showed me his room at his nan’s.', final: true },
    { at: 2000, text: 'He said', final: false },
    { at: 2800, text: 'He said he likes his new school.', final: true },
  ]);

/**
 * `<cw-quick-note>`: record a visit or a conversation in one place (when, where, who was there, whether the child was
 * seen and seen alone, the note typed or dictated, the child's own words, photos), then save it as a chronology entry
 * with a document per photo. Consent first: photos and dictation are offered once the practitioner confirms that
 * everyone present agreed. The draft is kept on this device as it is typed and deleted once saved or discarded.
 */
const meta: Meta<Args> = {
  title: 'Components/Quick note',
  component: 'cw-quick-note',
  tags: ['autodocs'],
  args: { allowCloudSpeech: false, allowClips: false, maxClipSeconds: 60, dictation: 'replayed' },
  argTypes: {
    allowCloudSpeech: { control: 'boolean', description: 'Let the browser send audio to its speech service (a notice says so).' },
    allowClips: { control: 'boolean', description: 'Offer short audio clips once consent is confirmed.' },
    maxClipSeconds: { control: 'number', description: 'The longest clip, in seconds.' },
    dictation: {
      control: 'inline-radio',
      options: ['replayed', 'browser'],
      description: 'Replayed segments (works anywhere), or the browser’s on-device speech recognition.',
    },
  },
  render: (args) => html`<cw-case case-id=${sampleCase.case.id} .store=${storeWithSample()} actor="Sophie Bennett">
    <cw-quick-note .draftStore=${new DraftStore('opencasework-drafts-stories')}
      .speechEngine=${args.dictation === 'replayed' ? replayed() : undefined}
      ?allow-cloud-speech=${args.allowCloudSpeech} ?allow-clips=${args.allowClips} max-clip-seconds=${args.maxClipSeconds}></cw-quick-note>
  </cw-case>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A visit to Tyler: tick consent, press Dictate, add a photo, Save. */
export const RecordAVisit: Story = {};

/** The same in Welsh. */
export const Welsh: Story = {
  render: (args, ctx) => html`<div lang="cy">${meta.render!(args, ctx)}</div>`,
};

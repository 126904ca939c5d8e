import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { parseCaseBundle } from '@opencasework/core';
import { ContentController } from '../src/content.js';
import { buildShelf, type ShelfItem } from '../src/shelf-model.js';
import { evansStore } from './evans.js';
import { until } from './fixtures.js';

async function setup() {
  const { store, bundle } = await evansStore();
  let updates = 0;
  const host = { addController: () => undefined, requestUpdate: () => void updates++ } as unknown as ReactiveControllerHost;
  const content = new ContentController(host, () => store);
  const items = buildShelf(parseCaseBundle(bundle).value, 'practitioner', 'en').items;
  const item = (id: string) => items.find((i) => i.id === id)!;
  return { content, item, updates: () => updates };
}

describe('ContentController: files read, and let go', () => {
  it('closes a thumbnail once its document is no longer shown, and reads it again when it is', async () => {
    const { content, item } = await setup();
    const photo: ShelfItem = item('d-photo');
    expect(content.thumbnail(photo)).to.equal(undefined);
    await until(() => !!content.thumbnail(photo));
    const bmp = content.thumbnail(photo)!;
    expect(bmp.height).to.equal(96);
    content.keepOnly([photo]);
    expect(bmp.height, 'kept while shown').to.equal(96);
    content.keepOnly([item('d-note')]);
    expect(bmp.height, 'closed').to.equal(0);
    expect(content.thumbnail(photo)).to.equal(undefined);
    await until(() => !!content.thumbnail(photo));
  });

  it('a missing file and a non-picture have no thumbnail', async () => {
    const { content, item } = await setup();
    content.thumbnail(item('d-gone'));
    await until(() => content.thumbnail(item('d-gone')) === null);
    expect(content.thumbnail(item('d-note'))).to.equal(null);
  });

  it('closes the preview’s bitmap when the preview closes, and when another opens', async () => {
    const { content, item } = await setup();
    await content.open(item('d-photo'));
    const state = content.preview!.state;
    expect(state.status).to.equal('bitmap');
    const bmp = (state as { bitmap: ImageBitmap }).bitmap;
    expect(bmp.width).to.equal(40);
    await content.open(item('d-note'));
    expect(bmp.width).to.equal(0);
    expect(content.preview!.state).to.include({ status: 'text' });
    content.closePreview();
    expect(content.preview).to.equal(undefined);
  });
});

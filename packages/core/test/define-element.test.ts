// defineElement: one definition per tag, and one console warning when two different versions define the same tag.
import { expect } from '@open-wc/testing';
import { defineElement, VERSION } from '@opencasework/core';

let n = 0;
const freshTag = () => `cw-version-test-${Date.now()}-${n++}`;

describe('defineElement', () => {
  let warnings: unknown[][];
  let original: typeof console.warn;
  beforeEach(() => {
    warnings = [];
    original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
  });
  afterEach(() => {
    console.warn = original;
  });

  it('defines a tag once; the same version again is silent', () => {
    const tag = freshTag();
    class A extends HTMLElement {}
    class B extends HTMLElement {}
    defineElement(tag, A, '1.2.0');
    defineElement(tag, B, '1.2.0');
    expect(customElements.get(tag)).to.equal(A);
    expect(warnings).to.have.length(0);
  });

  it('warns once, naming the tag and both versions, when a different version defines it again', () => {
    const tag = freshTag();
    const other = freshTag();
    class A extends HTMLElement {}
    defineElement(tag, A, '0.2.0');
    defineElement(other, class extends HTMLElement {}, '0.2.0');
    defineElement(tag, class extends HTMLElement {}, '0.3.0');
    // The same pair of versions again (another tag, or the same one): no second warning.
    defineElement(tag, class extends HTMLElement {}, '0.3.0');
    defineElement(other, class extends HTMLElement {}, '0.3.0');
    expect(customElements.get(tag)).to.equal(A, 'the first definition still wins');
    expect(warnings).to.have.length(1);
    const message = String(warnings[0]![0]);
    expect(message).to.include(`<${tag}>`);
    expect(message).to.include('0.2.0');
    expect(message).to.include('0.3.0');
    expect(warnings[0]).to.have.length(1, 'a message only: no objects (so no case data) logged');
  });

  it('defaults to this build’s version (source when run from TypeScript)', () => {
    expect(VERSION).to.equal('source');
    const tag = freshTag();
    defineElement(tag, class extends HTMLElement {});
    defineElement(tag, class extends HTMLElement {}, '9.9.9');
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.include('version source');
  });
});

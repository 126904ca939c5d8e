// The framework examples, mounted for real: properties in, events out, vetoes respected.
import { expect, waitUntil } from '@open-wc/testing';
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { createApp, type App as VueApp } from 'vue';
import { sampleCase } from '@opencasework/core/sample';
import { makeChange, type Change, type CwCase, type Person } from '@opencasework/core';
import { App as ReactApp } from '../examples/react/src/App.js';
import { App as VueExample } from '../examples/vue/src/App.js';

// A loaded WebKit once took over the default second to show the selection in the React example; a wait ends as soon as
// its condition holds.
const WAIT = { timeout: 10_000 };

const TAGS = ['cw-genogram', 'cw-chronology', 'cw-family-network', 'cw-safety-plan'];

interface Mounted {
  container: HTMLElement;
  unmount(): void;
}

function mountReact(onSave?: (c: Change) => boolean): Mounted {
  const container = document.createElement('div');
  document.body.append(container);
  let root: Root;
  flushSync(() => {
    root = createRoot(container);
    root.render(createElement(ReactApp, { bundle: sampleCase, onSave }));
  });
  return {
    container,
    unmount: () => {
      root.unmount();
      container.remove();
    },
  };
}

function mountVue(onSave?: (c: Change) => boolean): Mounted {
  const container = document.createElement('div');
  document.body.append(container);
  const app: VueApp = createApp(VueExample, { bundle: sampleCase, onSave });
  app.mount(container);
  return {
    container,
    unmount: () => {
      app.unmount();
      container.remove();
    },
  };
}

const text = (c: HTMLElement, id: string) => c.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';

for (const [name, mount] of [
  ['React 19', mountReact],
  ['Vue 3', mountVue],
] as const) {
  describe(`${name} example`, () => {
    let m: Mounted | undefined;
    afterEach(() => {
      m?.unmount();
      m = undefined;
    });

    it('passes the case in as a property and every component renders it', async () => {
      m = mount();
      const caseEl = m.container.querySelector('cw-case') as CwCase;
      await waitUntil(() => caseEl && (caseEl as unknown as { bundle: unknown }).bundle === sampleCase, 'bundle set as a property', WAIT);
      expect(caseEl.hasAttribute('bundle')).to.equal(false);
      expect(caseEl.value.case.id).to.equal(sampleCase.case.id);
      for (const tag of TAGS) {
        const el = m.container.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
        expect(customElements.get(tag), `${tag} is defined`).to.exist;
        await el.updateComplete;
        expect(el.shadowRoot!.textContent.trim().length, `${tag} rendered content`).to.be.greaterThan(0);
      }
    });

    it('hears cw-select from the shared selection', async () => {
      m = mount();
      const caseEl = m.container.querySelector('cw-case') as CwCase;
      const child = (sampleCase.people ?? []).find((p: Person) => p.id === sampleCase.case.subjectIds?.[0])!;
      caseEl.selection = { kind: 'person', id: child.id };
      await waitUntil(() => text(m!.container, 'selection') === `Selected person ${child.id}`, 'the host shows the selection', WAIT);
    });

    it('hears cw-change and can let a change through or veto it', async () => {
      const seen: Change[] = [];
      let allow = false;
      m = mount((c) => {
        seen.push(c);
        return allow;
      });
      const caseEl = m.container.querySelector('cw-case') as CwCase;
      await waitUntil(() => caseEl.value.people?.length, 'case loaded', WAIT);
      const person = caseEl.value.people![0]!;
      const vetoed = await caseEl.requestChange(makeChange('Person', 'update', 'test', person, { ...person, preferredName: 'Vetoed' }));
      expect(vetoed.ok).to.equal(false);
      expect(caseEl.value.people![0]!.preferredName).to.not.equal('Vetoed');
      allow = true;
      const applied = await caseEl.requestChange(makeChange('Person', 'update', 'test', person, { ...person, preferredName: 'Accepted' }));
      expect(applied.ok).to.equal(true);
      expect(caseEl.value.people![0]!.preferredName).to.equal('Accepted');
      expect(seen).to.have.length(2);
      await waitUntil(() => text(m!.container, 'saved') === '1 changes saved', 'the host counted the saved change', WAIT);
    });
  });
}

/// <reference types="vite/client" />
// Storybook preview: component docs from the generated Custom Elements Manifests, a language switch (en/cy)
// and axe checks against WCAG 2.2 AA.
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { normaliseLocale } from '@opencasework/core';

// Loaded through a glob, so a missing manifest (e.g. a package with no elements yet) cannot break the build or the type-check.
const manifests = import.meta.glob<{ default: { schemaVersion?: string; modules?: unknown[] } }>('../packages/*/custom-elements.json', {
  eager: true,
});
setCustomElementsManifest({
  schemaVersion: '2.1.0',
  readme: '',
  modules: Object.values(manifests).flatMap((m) => m.default.modules ?? []),
});

/** Sets `lang` on the story root; components follow the nearest `lang` through their LocalizeController. */
const withLang: Decorator = (story, context) => {
  const lang = normaliseLocale(String(context.globals['lang'] ?? 'en'));
  return html`<div class="cw-story-root" lang=${lang}>${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withLang],
  globalTypes: {
    lang: {
      description: 'Language of the components',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'cy', title: 'Cymraeg', right: 'cy' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en' },
  parameters: {
    controls: { expanded: true, matchers: { date: /(At|Date)$/ } },
    docs: { toc: true },
    a11y: {
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        // As in the test suite's sweep (test/support/axe.ts): a story is a fragment, not a page; the host page
        // supplies landmarks and the h1.
        rules: { region: { enabled: false }, 'page-has-heading-one': { enabled: false }, 'landmark-one-main': { enabled: false } },
      },
      test: 'error',
    },
  },
};

export default preview;

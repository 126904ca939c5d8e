/// <reference types="vite/client" />
// Storybook preview: component docs from the generated Custom Elements Manifests, a language switch (en/cy)
// and axe checks against WCAG 2.2 AA.
import { setCustomElementsManifest, type ArgTypesEnhancer, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { normaliseLocale } from '@opencasework/core';
import { applyArgs, declarationOf, enhanceArgTypes, sourceWithData, type Manifest } from './lib/cw-controls.js';

// Loaded through a glob, so a missing manifest (e.g. a package with no elements yet) cannot break the build or the type-check.
const manifests = import.meta.glob<{ default: { schemaVersion?: string; modules?: unknown[] } }>('../packages/*/custom-elements.json', {
  eager: true,
});
setCustomElementsManifest({
  schemaVersion: '2.1.0',
  readme: '',
  modules: Object.values(manifests).flatMap((m) => m.default.modules ?? []),
});
const allManifests = Object.values(manifests).map((m) => m.default as Manifest);
/** The package that defines a tag: '../packages/chronology/custom-elements.json' -> '@opencasework/chronology'. */
const packageOf = (tag: string): string => {
  const path = Object.keys(manifests).find((k) => declarationOf([manifests[k]!.default as Manifest], tag));
  return `@opencasework/${/packages\/([^/]+)\//.exec(path ?? '')?.[1] ?? 'core'}`;
};
const tagOf = (component: unknown): string => (typeof component === 'string' ? component : '');

/** Every writable property of the story's element gets a control (lib/cw-controls.ts). */
const withEveryProperty: ArgTypesEnhancer = (context) => {
  const { argTypes, component } = context as { argTypes: Parameters<typeof enhanceArgTypes>[0]; component?: unknown };
  return enhanceArgTypes(argTypes, declarationOf(allManifests, tagOf(component)));
};

/** A changed control reaches the story's element as a property, whatever the story's render passes. */
const withArgsOnElement: Decorator = (story, context) => {
  const tag = tagOf(context.component);
  const decl = tag ? declarationOf(allManifests, tag) : undefined;
  if (!decl) return story();
  // The marker follows the story; its ref runs while Lit renders (on a first render, before the template is in the
  // document), so look for the element once the render has finished.
  const apply = (marker: Element | undefined) =>
    void Promise.resolve().then(() => {
      const el = marker?.parentElement?.querySelector(tag);
      if (el) applyArgs(el, decl, context.args);
    });
  return html`${story()}<span hidden ${ref(apply)}></span>`;
};

/** Sets `lang` on the story root; components follow the nearest `lang` through their LocalizeController. */
const withLang: Decorator = (story, context) => {
  const lang = normaliseLocale(String(context.globals['lang'] ?? 'en'));
  return html`<div class="cw-story-root" lang=${lang}>${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withArgsOnElement, withLang],
  argTypesEnhancers: [withEveryProperty],
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
    docs: {
      toc: true,
      // "Show code" also shows how to set the data (bundle, board, issues: properties, not attributes).
      source: {
        excludeDecorators: true,
        transform: (code: string, context: { component?: unknown; args: Record<string, unknown> }) => {
          const tag = tagOf(context.component);
          return tag ? sourceWithData(code, tag, packageOf(tag), declarationOf(allManifests, tag), context.args) : code;
        },
      },
    },
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

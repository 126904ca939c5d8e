// A Vue 3 host. Written with render functions so it runs without a template compiler (and so under a strict CSP);
// in a single-file component the same is `<cw-case :bundle="bundle" @cw-select="onSelect">` with
// compilerOptions.isCustomElement = (tag) => tag.startsWith('cw-').
import { defineComponent, h, ref, type PropType } from 'vue';
import '@opencasework/core/define';
import '@opencasework/chronology/define';
import '@opencasework/genogram/define';
import '@opencasework/family-network/define';
import '@opencasework/safety-plan/define';
import type { CaseBundle, Change, CwChangeDetail, CwSelectDetail, Selection } from '@opencasework/core';

export const App = defineComponent({
  name: 'OpenCaseworkExample',
  props: {
    bundle: { type: Object as PropType<CaseBundle>, required: true },
    /** Where the host would save a change to its own system of record. Return false to veto it. */
    onSave: { type: Function as PropType<(change: Change) => boolean>, required: false },
  },
  setup(props) {
    const selection = ref<Selection>(null);
    const saved = ref(0);
    const onSelect = (e: CustomEvent<CwSelectDetail>) => {
      selection.value = e.detail.selection;
    };
    const onChange = (e: CustomEvent<CwChangeDetail>) => {
      if (props.onSave && !props.onSave(e.detail.change)) e.preventDefault();
      else saved.value += 1;
    };
    return () =>
      h('main', [
        h('h1', props.bundle.case.title ?? 'Case'),
        h(
          'p',
          { role: 'status', 'data-testid': 'selection' },
          selection.value ? `Selected ${selection.value.kind} ${selection.value.id}` : 'Nothing selected',
        ),
        h('p', { 'data-testid': 'saved' }, `${saved.value} changes saved`),
        // ".bundle" forces a DOM property (not an attribute); onCwSelect listens for "cw-select".
        h('cw-case', { '.bundle': props.bundle, actor: 'Vue example user', onCwSelect: onSelect, onCwChange: onChange }, [
          h('cw-genogram'),
          h('cw-chronology'),
          h('cw-family-network'),
          h('cw-safety-plan'),
        ]),
      ]);
  },
});

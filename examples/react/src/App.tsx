// A React 19 host: the elements are used directly (React 19 sets properties and listens for custom events).
import { useState } from 'react';
import '@opencasework/core/define';
import '@opencasework/chronology/define';
import '@opencasework/genogram/define';
import '@opencasework/family-network/define';
import '@opencasework/safety-plan/define';
import type { CaseBundle, Change, Selection } from '@opencasework/core';
// The React 19 JSX types each package ships, generated from its custom-elements.json (props, allowed values,
// `oncw-*` handlers with typed details).
import type {} from '@opencasework/core/react-jsx';
import type {} from '@opencasework/chronology/react-jsx';
import type {} from '@opencasework/genogram/react-jsx';
import type {} from '@opencasework/family-network/react-jsx';
import type {} from '@opencasework/safety-plan/react-jsx';

export interface AppProps {
  bundle: CaseBundle;
  /** Where the host would save a change to its own system of record. Return false to veto it. */
  onSave?: (change: Change) => boolean;
}

export function App({ bundle, onSave }: AppProps) {
  const [selection, setSelection] = useState<Selection>(null);
  const [saved, setSaved] = useState(0);
  return (
    <main>
      <h1>{bundle.case.title ?? 'Case'}</h1>
      <p role="status" data-testid="selection">
        {selection ? `Selected ${selection.kind} ${selection.id}` : 'Nothing selected'}
      </p>
      <p data-testid="saved">{`${saved} changes saved`}</p>
      <cw-case
        bundle={bundle}
        actor="React example user"
        oncw-select={(e) => setSelection(e.detail.selection)}
        oncw-change={(e) => {
          if (onSave && !onSave(e.detail.change)) e.preventDefault();
          else setSaved((n) => n + 1);
        }}
      >
        <cw-genogram></cw-genogram>
        <cw-chronology></cw-chronology>
        <cw-family-network></cw-family-network>
        <cw-safety-plan></cw-safety-plan>
      </cw-case>
    </main>
  );
}

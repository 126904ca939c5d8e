// Lets TypeScript accept Open Casework's elements in React 19 JSX: properties are set as properties, and
// `oncw-select` style props listen for the `cw-select` event (React 19 passes the name after "on" unchanged).
import type { CwCase, CwChangeDetail, CwSelectDetail, CwInvalidDetail } from '@opencasework/core';

type CwEvents = {
  'oncw-change'?: (e: CustomEvent<CwChangeDetail>) => void;
  'oncw-select'?: (e: CustomEvent<CwSelectDetail>) => void;
  'oncw-invalid'?: (e: CustomEvent<CwInvalidDetail>) => void;
};
type CwCaseProps = {
  bundle?: unknown;
  actor?: string;
  editable?: boolean;
  children?: React.ReactNode;
  ref?: React.Ref<CwCase>;
  id?: string;
  lang?: string;
} & CwEvents;
type CwComponentProps = { bundle?: unknown; editable?: boolean; actor?: string; id?: string; lang?: string } & CwEvents;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'cw-case': CwCaseProps;
      'cw-chronology': CwComponentProps;
      'cw-genogram': CwComponentProps;
      'cw-family-network': CwComponentProps;
      'cw-safety-plan': CwComponentProps;
    }
  }
}

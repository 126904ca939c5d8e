// React wrappers for hosts on React 18 or older, which cannot set properties or hear custom events on custom
// elements. React 19 hosts do not need these: use <cw-chronology bundle={...} oncw-select={...}> directly, with the
// JSX types each package ships (`import type {} from '@opencasework/chronology/react-jsx'`).
// Each wrapper's events come from the manifests (events.generated.ts): every event the element fires, with its detail.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { CwCase, CwErrorSummary, defineElement } from '@opencasework/core';
import { CwChronology } from '@opencasework/chronology';
import { CwGenogram } from '@opencasework/genogram';
import { CwSafetyPlan } from '@opencasework/safety-plan';
import { CwBlockageBoard } from '@opencasework/blockage-board';
import { CwFamilyNetwork } from '@opencasework/family-network';
import { CwDocuments } from '@opencasework/documents';
import { CwQuickNote } from '@opencasework/recording';
import { elementEvents } from './events.generated.js';

export { elementEvents };

/** Defines a tag (once) and wraps it. Importing this module registers the elements it wraps. */
function wrap<E extends HTMLElement, Ev extends Record<string, EventName | string>>(tag: string, elementClass: new () => E, events: Ev) {
  defineElement(tag, elementClass);
  return createComponent({ tagName: tag, elementClass, react: React, events });
}

export const Case = wrap('cw-case', CwCase, elementEvents['cw-case']);
export const ErrorSummary = wrap('cw-error-summary', CwErrorSummary, elementEvents['cw-error-summary']);
export const Chronology = wrap('cw-chronology', CwChronology, elementEvents['cw-chronology']);
export const Genogram = wrap('cw-genogram', CwGenogram, elementEvents['cw-genogram']);
export const SafetyPlan = wrap('cw-safety-plan', CwSafetyPlan, elementEvents['cw-safety-plan']);
export const BlockageBoard = wrap('cw-blockage-board', CwBlockageBoard, elementEvents['cw-blockage-board']);
export const FamilyNetwork = wrap('cw-family-network', CwFamilyNetwork, elementEvents['cw-family-network']);
export const Documents = wrap('cw-documents', CwDocuments, elementEvents['cw-documents']);
export const QuickNote = wrap('cw-quick-note', CwQuickNote, elementEvents['cw-quick-note']);

// React wrappers for hosts on React 18 or older, which cannot set properties or hear custom events on custom
// elements. React 19 hosts do not need these: use <cw-chronology bundle={...} onCw-select={...}> directly.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { CwCase, CwErrorSummary, defineElement, type CwChangeDetail, type CwInvalidDetail, type CwSelectDetail } from '@opencasework/core';
import { CwChronology } from '@opencasework/chronology';
import { CwGenogram } from '@opencasework/genogram';
import { CwSafetyPlan } from '@opencasework/safety-plan';
import { CwBlockageBoard } from '@opencasework/blockage-board';
import { CwFamilyNetwork } from '@opencasework/family-network';

const commonEvents = {
  onCwChange: 'cw-change' as EventName<CustomEvent<CwChangeDetail>>,
  onCwInvalid: 'cw-invalid' as EventName<CustomEvent<CwInvalidDetail>>,
  onCwSelect: 'cw-select' as EventName<CustomEvent<CwSelectDetail>>,
};

/** Defines a tag (once) and wraps it. Importing this module registers the elements it wraps. */
function wrap<E extends HTMLElement, Ev extends Record<string, EventName | string>>(tag: string, elementClass: new () => E, events: Ev) {
  defineElement(tag, elementClass);
  return createComponent({ tagName: tag, elementClass, react: React, events });
}

export const Case = wrap('cw-case', CwCase, commonEvents);
export const ErrorSummary = wrap('cw-error-summary', CwErrorSummary, {});
export const Chronology = wrap('cw-chronology', CwChronology, { ...commonEvents, onCwFilterChange: 'cw-filter-change' });
export const Genogram = wrap('cw-genogram', CwGenogram, commonEvents);
export const SafetyPlan = wrap('cw-safety-plan', CwSafetyPlan, commonEvents);
export const BlockageBoard = wrap('cw-blockage-board', CwBlockageBoard, commonEvents);
export const FamilyNetwork = wrap('cw-family-network', CwFamilyNetwork, commonEvents);

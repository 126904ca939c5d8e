import type { SpeechProblem } from '../speech.js';
import type { Localizer } from '../messages/index.js';
import type { DraftMedia, NoteError, NoteField, NotePeople, NoteValues } from '../note-model.js';

/** What the quick note's views are drawn from: values and handlers, no element. */
export interface NoteViewContext {
  l: Localizer;
  v: NoteValues;
  errors: NoteError[];
  people: NotePeople;
  /** Whom "Who was there?" offers: those likely at a visit to the child, then everyone else in the case. */
  present: { likely: [string, string][]; others: [string, string][] };
  today: string;
  /** An instant's time of day (HH:MM) in the case's time zone. */
  timeOf: (instant: string) => string;
  /** Shown in the alert under the error summary: a save or photo problem, in plain words. */
  problem: string | undefined;
  /** The polite status line: "Draft kept on this device at 10:31", "Saved to the chronology: …". */
  status: string;
  /** When a draft left unsaved was found (a time to show), or undefined. */
  recoveredAt: string | undefined;
  saving: boolean;
  /** The practitioner pressed Discard: ask before deleting. */
  confirmDiscard: boolean;
  /** Photos can be kept (the store takes files). */
  photos: boolean;
  dictation: { listening: boolean; offDevice: boolean; problem: SpeechProblem | undefined; partial: string };
  clips: { allowed: boolean; video: boolean; recording: boolean; recordingVideo: boolean; seconds: number; max: number };
  on: NoteHandlers;
}

export interface NoteHandlers {
  value: <K extends keyof NoteValues>(key: K, value: NoteValues[K]) => void;
  consent: (agreed: boolean) => void;
  dictate: () => void;
  stopDictating: () => void;
  photos: (files: File[]) => void;
  mediaKind: (id: string, kind: DraftMedia['kind']) => void;
  removeMedia: (id: string) => void;
  clip: () => void;
  video: () => void;
  stopClip: () => void;
  save: (e: Event) => void;
  discard: () => void;
  confirmDiscard: (yes: boolean) => void;
  focusField: (field: NoteField) => void;
}

/** The id of the control an error's link goes to. */
export const fieldId = (f: NoteField): string => (f === 'seen' ? 'n-seen-yes' : f === 'seenAlone' ? 'n-alone-yes' : `n-${f}`);

import { expect, oneEvent } from '@open-wc/testing';
import { emit, makeChange, type CwConflictDetail, type CwEvent, type CwEventMap } from '../src/index.js';

describe('emit', () => {
  it('fires a bubbling, composed, cancelable cw-change that a host can veto', async () => {
    const target = document.createElement('div');
    document.body.append(target);
    const change = makeChange('Person', 'create', 'Dee', null, { id: 'p1' });
    const heard: CwEvent<'cw-change'>[] = [];
    const listener = (e: CwEvent<'cw-change'>) => {
      heard.push(e);
      e.preventDefault();
    };
    document.body.addEventListener('cw-change', listener);
    const accepted = emit(target, 'cw-change', { change }, { cancelable: true });
    document.body.removeEventListener('cw-change', listener);
    target.remove();
    expect(accepted).to.equal(false);
    expect(heard).to.have.length(1);
    expect(heard[0]!.bubbles && heard[0]!.composed && heard[0]!.cancelable).to.equal(true);
    expect(heard[0]!.detail.change.actor).to.equal('Dee');
  });

  it('fires non-cancelable events by default, with the detail typed by the map', async () => {
    const target = document.createElement('div');
    const heard = oneEvent(target, 'cw-save-state');
    const result = emit(target, 'cw-save-state', { state: 'saving' });
    const e = (await heard) as CustomEvent<CwEventMap['cw-save-state']>;
    expect(result).to.equal(true);
    expect(e.cancelable).to.equal(false);
    expect(e.detail.state).to.equal('saving');
    const detail: CwConflictDetail = { id: 'b1', mine: { id: 'b1' }, theirs: undefined };
    expect(emit(target, 'cw-conflict', detail)).to.equal(true);
  });

  it('checks names and details at compile time', () => {
    const target = document.createElement('div');
    // @ts-expect-error: an unknown event name
    emit(target, 'cw-nothing', {});
    // @ts-expect-error: the wrong detail for cw-save-state
    emit(target, 'cw-save-state', { state: 'lost' });
    // @ts-expect-error: cw-select needs a selection
    emit(target, 'cw-select', {});
    expect(true).to.equal(true);
  });
});

import { expect } from '@open-wc/testing';
import { csvCell, toCsv } from '../src/index.js';

describe('csvCell', () => {
  it('writes text, numbers and booleans as they are, quoting commas, quotes and line breaks', () => {
    expect(csvCell('Jay Rivers')).to.equal('Jay Rivers');
    expect(csvCell('Rivers, Jay')).to.equal('"Rivers, Jay"');
    expect(csvCell('said "no"')).to.equal('"said ""no"""');
    expect(csvCell(42)).to.equal('42');
    expect(csvCell(Number.NaN)).to.equal('');
    expect(csvCell(true)).to.equal('true');
    expect(csvCell(null)).to.equal('');
  });

  it('never lets a cell become a spreadsheet formula', () => {
    expect(csvCell('=HYPERLINK("x")')).to.equal(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1+2')).to.equal("'-1+2");
    expect(csvCell(-3)).to.equal('-3');
  });

  it('writes an object a host handed in as its JSON, not as "[object Object]"', () => {
    expect(csvCell({ a: 1 })).to.equal('"{""a"":1}"');
    expect(csvCell(['x', 'y'])).to.equal('"[""x"",""y""]"');
    expect(csvCell(() => 1)).to.equal('');
    expect(toCsv([['a', { b: 2 }]])).to.equal('a,"{""b"":2}"\r\n');
  });
});

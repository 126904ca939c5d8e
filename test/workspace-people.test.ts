// The workspace's people list on the sample case: what each person is to the children, in the genogram's words, and a
// death said where an age would be. Seen in a review before this: Alan Hughes (died Feb 2021) with a blank age, as if
// alive, and no role for 32 of 35 people (37 since Peggy's parents were recorded), the children's mother, father and kinship carer among them.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sampleCase } from '@opencasework/core/sample';
import '@opencasework/core/define';
import { loadFamilyWords } from '../packages/workspace/src/components.js';
import '../packages/workspace/src/people-summary.js';

const TODAY = '2025-07-15';
const rowsOf = (el: Element) =>
  new Map(
    [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => {
      const [name, age, role] = [...tr.querySelectorAll('td')].map((td) => td.textContent.replace(/\s+/g, ' ').trim());
      return [name!, { age: age!, role: role! }] as const;
    }),
  );

describe('the workspace people list', () => {
  it('says who each person is to the children, and that Alan Hughes has died', async () => {
    // Written before running, from the sample's family: Peggy is the children's grandmother and Tyler's kinship carer.
    const family = await loadFamilyWords();
    expect(family).to.not.equal(null);
    const el = await fixture(html`<ws-people-summary .bundle=${sampleCase} .family=${family} today=${TODAY}></ws-people-summary>`);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const rows = rowsOf(el);
    expect(rows.get('Tyler Evans')).to.deep.equal({ age: '13', role: 'Child the case is about' });
    expect(rows.get('Alan Hughes')).to.deep.equal({ age: 'Died Feb 2021', role: "Tyler, Ruby and Megan's grandfather" });
    expect(rows.get('Peggy Hughes')!.role).to.equal("Tyler's kinship carer; Tyler, Ruby and Megan's grandmother");
    expect(rows.get('Kayleigh Hughes')!.role).to.equal("Tyler, Ruby and Megan's mother");
    expect(rows.get('Liam Evans')!.role).to.equal("Tyler, Ruby and Megan's father");
    // An ended step relation says so: Jordan was Tyler's stepfather from March 2021 until Tyler moved in May 2023.
    expect(rows.get('Jordan Price')!.role).to.contain("Tyler's stepfather (until 6 May 2023)");
    expect(rows.get('Jordan Price')!.role).not.to.match(/stepfather(?! \(until)/);
    // A stepbrother through Jordan (to May 2023) and through Kayleigh (to February 2024): as long as the longer.
    expect(rows.get('Mason Price')!.role).to.equal("Tyler, Ruby and Megan's stepbrother (until 9 Feb 2024)");
    // The family's informal supports, as recorded: they were blank (Gethin, Tyler's football coach, "c. 46" and nothing).
    expect(rows.get('Gethin Morris')!.role).to.equal('Informal support to Tyler Evans: football coach');
    expect(rows.get('Brenda Thomas')!.role).to.equal('Informal support to Kayleigh Hughes: neighbour');
    // Seven were blank: partners and parents of relatives, whom the kinship rules place nowhere. Each now says how
    // they join the family, as recorded, naming people whose own rows say who they are.
    expect(rows.get('Dan Ellis')!.role).to.equal('Partner of Siân Hughes');
    expect(rows.get('Hannah Evans')!.role).to.equal('Partner of Owen Evans; Mother of Lily Evans and Finley Evans');
    expect(rows.get('Chelsea Watkins')!.role).to.equal('Former partner of Jordan Price; Mother of Mason Price');
    expect(rows.get('Tom Pritchard')!.role).to.equal('Partner of Rhys Hughes; Adoptive father of Jac Hughes-Pritchard');
    expect(rows.get('Tracey Price')!.role).to.equal('Mother of Jordan Price');
    expect(rows.get('Lowri Bowen')!.role).to.equal('Partner of Dafydd Evans; Mother of Ffion Evans');
    // Glenys Parry, Peggy's sister, was blank: the sample did not record the parents who make them sisters. With
    // Gwilym and Nest Parry recorded, she is the children's great-aunt (a grandparent's sister), and they are the
    // children's great-grandparents, both dead.
    expect(rows.get('Glenys Parry')).to.deep.equal({ age: 'c. 69', role: "Tyler, Ruby and Megan's great-aunt" });
    expect(rows.get('Gwilym Parry')).to.deep.equal({ age: 'Died 2004', role: "Tyler, Ruby and Megan's great-grandfather" });
    expect(rows.get('Nest Parry')).to.deep.equal({ age: 'Died Nov 2016', role: "Tyler, Ruby and Megan's great-grandmother" });
  });

  it('names the roles in Welsh, and only the children’s without the genogram', async () => {
    const family = await loadFamilyWords();
    const cy = await fixture(
      html`<div lang="cy"><ws-people-summary .bundle=${sampleCase} .family=${family} today=${TODAY}></ws-people-summary></div>`,
    );
    const el = cy.firstElementChild!;
    await waitUntil(() => el.shadowRoot!.textContent.includes('Plentyn'), 'Welsh list', { timeout: 10_000 });
    await waitUntil(() => rowsOf(el).get('Kayleigh Hughes')?.role.startsWith('Mam'), 'Welsh kinship words', { timeout: 10_000 });
    expect(rowsOf(el).get('Kayleigh Hughes')!.role).to.equal('Mam Tyler, Ruby a Megan');
    expect(rowsOf(el).get('Alan Hughes')!.age).to.equal('Bu farw Chwef 2021');
    // An ended relation says when it ended after the whole phrase: it read "Llystad (tan 6 Mai 2023) Tyler".
    expect(rowsOf(el).get('Jordan Price')!.role).to.contain('Llystad Tyler (tan 6 Mai 2023)');
    expect(rowsOf(el).get('Chelsea Watkins')!.role).to.equal('Cyn-bartner Jordan Price; Mam Mason Price');
    expect(rowsOf(el).get('Tom Pritchard')!.role).to.equal('Partner Rhys Hughes; Tad mabwysiadol Jac Hughes-Pritchard');
    // A phrase takes the name inside it (the genogram's Welsh): it read "Gofalwr sy’n perthyn Tyler".
    expect(rowsOf(el).get('Peggy Hughes')!.role).to.contain('Gofalwr sy’n perthyn i Tyler');
    expect(rowsOf(el).get('Glenys Parry')!.role).to.equal('Hen fodryb Tyler, Ruby a Megan');
    const plain = await fixture(html`<ws-people-summary .bundle=${sampleCase} today=${TODAY}></ws-people-summary>`);
    await (plain as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(rowsOf(plain).get('Kayleigh Hughes')!.role).to.equal('');
    expect(rowsOf(plain).get('Ruby Evans')!.role).to.equal('Child the case is about');
  });
});
